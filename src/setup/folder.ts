/**
 * The folder init writes into, and the commit it makes there: refused when it is taken, and committed
 * with exactly the files init wrote.
 */

import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type GitOptions, GitRepository } from '../git/repository.js';
import { PreconditionError, UsageError } from '../lib/errors.js';
import { printable } from '../lib/printable.js';
import { type Message, message } from '../messages/catalogue.js';
import { AGREEMENT_PATH } from '../records/paths.js';
import { LOCK_FILE } from '../writing/lock.js';
import type { FileChange } from '../writing/write.js';
import { PACKAGE_NAME } from './repository-files.js';

/**
 * A folder init may write into: new, empty, or an empty clone (only .git, nothing uncommitted). Anything
 * else (a home folder, a repository with work in it) would have its files lie beside the records, and a
 * stray `git add` commit them; --allow-existing says that is meant. Never one that holds an agreement,
 * or any file init would write.
 */
export async function refuseTakenFolder(
  root: string,
  options: { allowExisting?: boolean },
  files: readonly FileChange[] = [],
): Promise<void> {
  if (existsSync(join(root, AGREEMENT_PATH))) {
    throw new PreconditionError(message('init/agreement-exists', { file: join(root, AGREEMENT_PATH), root }));
  }
  const existing = files.filter((file) => existsSync(join(root, file.path))).map((file) => file.path);
  if (existing.length > 0) {
    throw new PreconditionError(message('init/files-exist', { root, files: existing }));
  }
  if (!options.allowExisting) await refuseOccupiedFolder(root);
}

async function refuseOccupiedFolder(root: string): Promise<void> {
  const folder = lstatSync(root, { throwIfNoEntry: false });
  if (!folder) return;
  if (!folder.isDirectory()) throw new UsageError(message('init/not-a-folder', { root: printable(root) }));
  // The writers' lock is init's own while it holds it.
  const entries = readdirSync(root).filter((name) => name !== '.git' && !name.startsWith(LOCK_FILE));
  if (entries.length > 0) {
    const shown = entries.slice(0, 5).map(printable);
    throw new PreconditionError(
      message('init/folder-not-empty', { root: printable(root), shown, more: Math.max(0, entries.length - 5) }),
    );
  }
  const git = entries.length === 0 && existsSync(join(root, '.git')) ? await GitRepository.open(root) : undefined;
  const changed = git ? (await git.uncommittedPaths()).filter((path) => !path.startsWith(LOCK_FILE)) : [];
  if (changed.length > 0) {
    throw new PreconditionError(message('init/uncommitted', { root: printable(root) }));
  }
}

/** Commits exactly the files init wrote, whatever else the folder or the index holds. */
export async function firstCommit(
  root: string,
  paths: readonly string[],
  title: string,
  options: GitOptions,
): Promise<Message> {
  const isNew = !existsSync(join(root, '.git'));
  const git = await GitRepository.initialise(root, options);
  const problem = await git.identityProblem();
  if (problem) return message('init/commit-later', { problem });
  const commit = await git.commitPaths(paths, `${title}\n\npartnership init (${PACKAGE_NAME}).`);
  return message('init/committed', { commit, isNew });
}
