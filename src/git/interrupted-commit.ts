/**
 * A `--commit` stopped part way (a kill, a closed laptop, a power cut) is finished or undone by the next
 * writing run, so that running the command again works. Before it creates its branch, the command
 * writes what it is about to do (`.partnership.intent`: the branch, where it started, the commit it
 * started from, the paths it changes), flushed to the disk; it removes it when the commit stands. The
 * next run finds the intent and either sees the commit whole (and leaves it: the change is done), or
 * puts back the files as the starting commit has them, takes them out of the index, returns to where
 * the run started, and removes the branch if it holds nothing but that start.
 */

import { existsSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { printable } from '../lib/printable.js';
import { type Message, message } from '../messages/catalogue.js';
import { INTENT_FILE, restoreFiles, writeFileAtomic } from '../writing/write.js';
import { GitRepository } from './repository.js';

export interface CommitIntent {
  description: string;
  branch: string;
  /** The branch (or commit) the run started on, to return to. */
  returnTo: string;
  /** The commit HEAD was when the run started. */
  start: string;
  /** Relative to the repository's root. */
  paths: string[];
}

export function recordIntent(root: string, intent: CommitIntent): void {
  writeFileAtomic(join(root, INTENT_FILE), JSON.stringify(intent, null, 2));
}

export function clearIntent(root: string): void {
  rmSync(join(root, INTENT_FILE), { force: true });
}

function readIntent(path: string): CommitIntent | undefined {
  try {
    const intent = JSON.parse(readFileSync(path, 'utf8')) as CommitIntent;
    const safePath = (value: unknown) =>
      typeof value === 'string' && !isAbsolute(value) && !value.split(/[\\/]/).includes('..');
    return typeof intent.description === 'string' &&
      typeof intent.branch === 'string' &&
      typeof intent.returnTo === 'string' &&
      /^[0-9a-f]{40,64}$/.test(intent.start) &&
      Array.isArray(intent.paths) &&
      intent.paths.every(safePath)
      ? intent
      : undefined;
  } catch {
    return undefined;
  }
}

/** Finishes or undoes a commit an earlier run was stopped in; returns what was done, to be told. */
export async function recoverInterruptedCommit(root: string): Promise<Message[]> {
  const path = join(root, INTENT_FILE);
  if (!existsSync(path)) return [];
  const intent = readIntent(path);
  const git = intent ? await GitRepository.open(root) : undefined;
  if (!intent || !git) {
    clearIntent(root);
    return [message('recovery/removed-intent', { file: INTENT_FILE })];
  }
  const description = printable(intent.description.slice(0, 200));
  const branch = printable(intent.branch);
  const tip = await git.commitOf(`refs/heads/${intent.branch}`);
  if (tip && tip !== intent.start && (await git.isCommitOn(tip, intent.start, intent.paths))) {
    clearIntent(root);
    return [message('recovery/commit-whole', { description, commit: tip.slice(0, 7), branch })];
  }
  if (tip && tip !== intent.start) {
    clearIntent(root);
    return [message('recovery/branch-moved-on', { description, branch })];
  }
  const originals = await Promise.all(
    intent.paths.map(async (file) => ({
      path: join(root, file),
      original: await git.textAtOrNull(intent.start, file),
    })),
  );
  restoreFiles(originals);
  await git.unstage(intent.paths);
  if (tip || (await git.currentRef()) === intent.branch) await git.abandonBranch(intent.branch, intent.returnTo);
  clearIntent(root);
  return [message('recovery/undid', { description, branch })];
}
