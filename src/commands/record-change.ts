/**
 * Writing a change to the records (--write) and committing it on a branch of
 * its own (--commit): every check first, then all files or none, then the
 * commit; a failure at any step leaves the files and the branches as they were.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandContext } from '../cli/context.js';
import { InputError, PreconditionError } from '../errors.js';
import { GitRepository } from '../git/repository.js';
import type { SourceFile } from '../records/load.js';
import { readText } from '../records/repository.js';
import { restoreFiles, writeFilesAtomically } from '../records/write.js';
import { ensureStillValid } from './documents.js';

export interface RecordChange {
  /** The repository's files as they are, read with templates and notices. */
  current: readonly SourceFile[];
  /** The files to write, relative to the repository root. */
  files: SourceFile[];
  /** Files that must not exist yet (a notice is written once). */
  newFiles: string[];
  /** The branch for --commit: renew-2019, terminate-2019-03-10. */
  branch: string;
  commitMessage: string;
}

export interface WriteOptions {
  write: boolean;
  commit: boolean;
}

export async function applyRecordChange(change: RecordChange, options: WriteOptions, context: CommandContext): Promise<string[]> {
  if (!options.write && !options.commit) return ['Nothing was written: add --write to record it, or --commit to record and commit it on a new branch.'];
  const root = context.repositoryRoot();
  const paths = change.files.map((file) => file.path);

  for (const path of change.newFiles) {
    if (existsSync(join(root, path))) throw new PreconditionError(`${path} already exists: nothing was written`);
  }
  const git = await GitRepository.open(root);
  if (git) {
    const dirty = await git.uncommitted(paths);
    if (dirty.length > 0) throw new PreconditionError(`${dirty.join(', ')} ${dirty.length === 1 ? 'has' : 'have'} uncommitted changes: commit or stash them first. Nothing was written`);
  }
  if (options.commit) {
    if (!git) throw new PreconditionError(`${root} is not a git repository: --commit needs one (--write alone works without git). Nothing was written`);
    if (!(await git.hasCommits())) throw new PreconditionError('the git repository has no commits yet: commit the records first. Nothing was written');
    if (await git.branchExists(change.branch)) throw new PreconditionError(`the branch ${change.branch} already exists: delete it, or merge it if it holds this change. Nothing was written`);
    const identity = await git.identityProblem();
    if (identity) throw new PreconditionError(`${identity}. Nothing was written`);
  }
  ensureStillValid(change.current, change.files, context);

  const writes = change.files.map((file) => ({ path: join(root, file.path), content: file.text }));
  const originals = change.files.map((file) => ({ path: join(root, file.path), original: existsSync(join(root, file.path)) ? readText(root, file.path) : null }));
  const returnTo = options.commit && git ? await git.currentRef() : undefined;
  if (git && returnTo !== undefined) await git.createBranchAndSwitch(change.branch);

  try {
    writeFilesAtomically(writes);
  } catch (error) {
    if (git && returnTo !== undefined) await git.abandonBranch(change.branch, returnTo);
    throw new InputError(`cannot write ${paths.join(' and ')}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Nothing was changed`);
  }
  const done = paths.map((path) => `Wrote ${path}`);
  if (!git || returnTo === undefined) return done;

  try {
    const commit = await git.commitPaths(paths, change.commitMessage);
    return [...done, `Committed them as ${commit} on the new branch ${change.branch}, ready for a pull request`];
  } catch (error) {
    restoreFiles(originals);
    await git.abandonBranch(change.branch, returnTo);
    throw new PreconditionError(`git could not commit: ${(error as Error).message.trim()}. Nothing was changed`);
  }
}
