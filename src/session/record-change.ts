/**
 * Recording a notice (renewal, termination): the notice file and the agreement
 * that now refers to it are written together (--write) and committed on a
 * branch of their own (--commit). Every check first, then all files or none,
 * then the commit; a failure at any step leaves files and branches as they were.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { clearIntent, recordIntent } from '../git/interrupted-commit.js';
import { GitRepository } from '../git/repository.js';
import { InputError, isExpectedError, PreconditionError, writeFailureReason } from '../lib/errors.js';
import { type Message, message } from '../messages/catalogue.js';
import type { SourceFile } from '../records/types.js';
import { restoreFiles, writeFilesAtomically } from '../writing/write.js';
import type { CommandContext } from './context.js';
import { ensureStillValid } from './documents.js';
import type { CleanRecords } from './records.js';
import { gitOptions } from './write-session.js';

export interface NoticeChange {
  /** The new notice, under agreement/notices/; a notice is written once. */
  notice: SourceFile;
  /** The agreement's new text, recording the notice: edited only when the change is written. */
  agreement: () => string;
  /** The branch for --commit: renew-2019, terminate-2019-03-10. */
  branch: string;
  commitMessage: string;
}

export interface WriteOptions {
  write: boolean;
  commit: boolean;
}

/** Records the notice as the options say, and tells on standard error what was done. */
export async function recordNotice(
  records: CleanRecords,
  change: NoticeChange,
  options: WriteOptions,
  context: CommandContext,
): Promise<void> {
  const done = await apply(records, change, options, context);
  context.io.stderr(`${done.map(context.say).join('\n')}\n`);
}

async function apply(
  records: CleanRecords,
  change: NoticeChange,
  options: WriteOptions,
  context: CommandContext,
): Promise<Message[]> {
  if (!options.write && !options.commit) return [message('change/not-recorded')];
  const root = context.repositoryRoot();
  const files = [change.notice, { path: records.agreement.file, text: change.agreement() }];
  const paths = files.map((file) => file.path);

  if (existsSync(join(root, change.notice.path)))
    throw new PreconditionError(message('change/notice-exists', { path: change.notice.path }));
  const git = await GitRepository.open(root, gitOptions(context));
  if (git) {
    const dirty = await git.uncommitted(paths);
    if (dirty.length > 0) throw new PreconditionError(message('change/uncommitted', { files: dirty }));
  }
  if (options.commit) {
    if (!git) throw new PreconditionError(message('change/not-git', { root }));
    const busy = await git.busy();
    if (busy) throw new PreconditionError(message('change/git-busy', { busy }));
    if (!(await git.hasCommits())) throw new PreconditionError(message('change/no-commits'));
    if (await git.branchExists(change.branch))
      throw new PreconditionError(message('change/branch-exists', { branch: change.branch }));
    const identity = await git.identityProblem();
    if (identity) throw new PreconditionError(message('change/identity', { problem: identity }));
  }
  ensureStillValid(records.files, files, context);

  const originals = files.map((file) => ({
    path: join(root, file.path),
    original: records.files.find((read) => read.path === file.path)?.text ?? null,
  }));
  const returnTo = options.commit && git ? await git.currentRef() : undefined;
  const description = change.commitMessage.split('\n')[0] ?? change.branch;
  const checkpoint = (step: string) => context.io.checkpoint?.(step);
  if (git && returnTo !== undefined) {
    // What this run is about to do, on the disk before it does it: a run stopped part way is finished or undone by the next.
    recordIntent(root, { description, branch: change.branch, returnTo, start: await git.head(), paths });
    checkpoint('intent recorded');
    try {
      await git.createBranchAndSwitch(change.branch);
    } catch (error) {
      await git.abandonBranch(change.branch, returnTo);
      clearIntent(root);
      throw new PreconditionError(message('change/branch-failed', { branch: change.branch, detail: detailOf(error) }));
    }
    checkpoint('switched');
  }

  try {
    writeFilesAtomically(
      root,
      files.map((file) => ({ path: file.path, content: file.text })),
      description,
      checkpoint,
    );
  } catch (error) {
    if (git && returnTo !== undefined) {
      await git.abandonBranch(change.branch, returnTo);
      clearIntent(root);
    }
    throw new InputError(
      message('write/cannot-write-files', { files: paths, reason: writeFailureReason(error), changed: false }),
    );
  }
  checkpoint('written');
  const done = paths.map((path) => message('change/wrote', { path }));
  if (!git || returnTo === undefined) return done;

  try {
    const commit = await git.commitPaths(paths, change.commitMessage);
    checkpoint('committed');
    clearIntent(root);
    return [...done, message('change/committed', { commit, branch: change.branch })];
  } catch (error) {
    restoreFiles(originals);
    await git.abandonBranch(change.branch, returnTo);
    clearIntent(root);
    throw new PreconditionError(message('change/commit-failed', { detail: detailOf(error) }));
  }
}

/** What git or a hook said, or the tool's own words for it (a hook that hung, a commit a hook stopped). */
function detailOf(error: unknown): string | Message {
  return isExpectedError(error) ? error.text : (error as Error).message.trim();
}
