/**
 * One writer at a time. A command that changes the records holds a lock file
 * in the repository from its first read to its last rename or commit, so a
 * second one waits and then works on what the first left, never on what it
 * read before. A lock whose process is gone (on this machine) or that is older
 * than any run could be is stale and taken over.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { PreconditionError } from '../lib/errors.js';

export const LOCK_FILE = '.partnership.lock';

/** How long a second writer waits for the first before it gives up. */
const WAIT_MS = 15_000;
const POLL_MS = 25;
/** No run takes this long: a lock this old was left by a run that died on another machine. */
const STALE_AFTER_MS = 60 * 60 * 1000;

interface Holder {
  pid: number;
  host: string;
  since: number;
  token: string;
}

export interface RepositoryLock {
  release(): void;
}

/** `now` is the clock, passed in: milliseconds since the epoch. */
export async function acquireLock(root: string, now: () => number): Promise<RepositoryLock> {
  const path = join(root, LOCK_FILE);
  const holder: Holder = { pid: process.pid, host: hostname(), since: now(), token: randomBytes(8).toString('hex') };
  const deadline = now() + WAIT_MS;
  for (;;) {
    if (tryCreate(path, holder)) return { release: () => releaseIfOurs(path, holder.token) };
    const current = readHolder(path);
    if (current && isStale(current, now())) {
      releaseIfOurs(path, current.token);
      continue;
    }
    if (now() > deadline) {
      const who = current
        ? ` (process ${current.pid} on ${current.host}, since ${new Date(current.since).toISOString()})`
        : '';
      throw new PreconditionError(
        `another partnership command is changing the records${who}: wait for it to finish and run this again. If none is running, remove ${LOCK_FILE}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Creates the lock whole or not at all: written to a file of its own, then linked into place, which fails if one exists. */
function tryCreate(path: string, holder: Holder): boolean {
  const temporary = `${path}.${holder.token}`;
  const descriptor = openSync(temporary, 'wx');
  try {
    writeSync(descriptor, JSON.stringify(holder));
  } finally {
    closeSync(descriptor);
  }
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

function readHolder(path: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number' &&
      typeof holder.host === 'string' &&
      typeof holder.since === 'number' &&
      typeof holder.token === 'string'
      ? (holder as Holder)
      : undefined;
  } catch {
    return undefined;
  }
}

function isStale(holder: Holder, now: number): boolean {
  if (now - holder.since > STALE_AFTER_MS) return true;
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function releaseIfOurs(path: string, token: string): void {
  if (readHolder(path)?.token === token) rmSync(path, { force: true });
}
