/**
 * One writer at a time. A command that changes the records holds a lock file
 * in the repository from its first read to its last rename or commit, so a
 * second one waits and then works on what the first left, never on what it
 * read before. A lock whose process is gone (on this machine), that is older
 * than any run could be, or that names no run at all is taken over, with a note.
 */

import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { fileSystemFailure, PreconditionError } from '../lib/errors.js';
import { printable } from '../lib/printable.js';
import { type Message, message } from '../messages/catalogue.js';

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

/**
 * `now` is the clock, passed in: milliseconds since the epoch. `note` tells the user when a lock that
 * no live run holds is taken over.
 */
export async function acquireLock(
  root: string,
  now: () => number,
  note: (text: Message) => void,
): Promise<RepositoryLock> {
  const path = join(root, LOCK_FILE);
  const holder: Holder = { pid: process.pid, host: hostname(), since: now(), token: randomBytes(8).toString('hex') };
  const deadline = now() + WAIT_MS;
  for (;;) {
    if (tryCreate(path, holder)) return { release: () => releaseIfOurs(path, holder.token) };
    const text = readLock(path);
    if (text === undefined) continue;
    const current = parseHolder(text);
    // A run's lock appears whole (it is linked into place), so one that names no run was never a live run's.
    if (!current || isStale(current, now())) {
      if (takeOver(path, text)) note(takeOverNote(current));
      continue;
    }
    if (now() > deadline) {
      throw new PreconditionError(
        message('write/locked', {
          pid: current.pid,
          host: printable(current.host),
          since: new Date(current.since).toISOString(),
          lock: LOCK_FILE,
        }),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function takeOverNote(holder: Holder | undefined): Message {
  return holder
    ? message('lock/took-over', { lock: LOCK_FILE, pid: holder.pid, host: printable(holder.host) })
    : message('lock/took-over-unnamed', { lock: LOCK_FILE });
}

/**
 * Creates the lock whole or not at all: written to a file of its own, then linked into place, which
 * fails if one exists. Whatever fails (a full disk, a folder it may not write), the file of its own is gone.
 */
function tryCreate(path: string, holder: Holder): boolean {
  const temporary = `${path}.${holder.token}`;
  try {
    writeFileSync(temporary, JSON.stringify(holder), { flag: 'wx' });
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && (error as NodeJS.ErrnoException).syscall === 'link')
      return false;
    throw fileSystemFailure(error, dirname(path)) ?? error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** The lock's text, or undefined when it is gone (released meanwhile). */
function readLock(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function parseHolder(text: string): Holder | undefined {
  try {
    const holder = JSON.parse(text) as Partial<Holder>;
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

/**
 * Removes the lock judged from `text`, and only that one: moved aside first, so a lock another run
 * made in the meantime is put back rather than removed.
 */
function takeOver(path: string, text: string): boolean {
  const aside = `${path}.${randomBytes(8).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch {
    return false;
  }
  try {
    if (readFileSync(aside, 'utf8') === text) return true;
    linkSync(aside, path);
    return false;
  } catch {
    return false;
  } finally {
    rmSync(aside, { force: true });
  }
}

function releaseIfOurs(path: string, token: string): void {
  const text = readLock(path);
  if (text !== undefined && parseHolder(text)?.token === token) rmSync(path, { force: true });
}
