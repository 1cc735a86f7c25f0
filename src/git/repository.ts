/**
 * The git edge. simple-git 4 drops inherited GIT_* variables (a hook's GIT_DIR
 * must not redirect us to another repository); the identity variables are let
 * through, since CI often sets its identity that way. Every ref and path we
 * pass stands after --end-of-options, so none can be read as an option.
 */

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type SimpleGit, simpleGit } from 'simple-git';
import { InputError, PreconditionError } from '../lib/errors.js';
import { type Message, message } from '../messages/catalogue.js';
import type { MeetingRecord } from '../records/types.js';

const IDENTITY_VARIABLES = [
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_AUTHOR_DATE',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
  'GIT_COMMITTER_DATE',
];

/** Files git leaves while it is busy, or while an operation waits for the user, and what each means. */
const BUSY_STATES: ReadonlyArray<[file: string, state: Message]> = [
  ['index.lock', message('git/busy', { state: 'index-lock' })],
  ['MERGE_HEAD', message('git/busy', { state: 'merge' })],
  ['rebase-merge', message('git/busy', { state: 'rebase' })],
  ['rebase-apply', message('git/busy', { state: 'apply' })],
  ['CHERRY_PICK_HEAD', message('git/busy', { state: 'cherry-pick' })],
  ['REVERT_HEAD', message('git/busy', { state: 'revert' })],
];

/** How long a git command that runs the user's hooks (commit, switch) may take: a hook that never ends must not hold the records' lock for ever. */
export const HOOK_TIMEOUT_MS = 120_000;

export interface GitOptions {
  /** The bound on a command that runs hooks, in milliseconds. */
  hookTimeoutMs?: number;
}

/** The environment git runs in: the identity variables kept, every other GIT_* dropped, as simple-git does. */
function gitEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_') || IDENTITY_VARIABLES.includes(name)),
  );
}

export class GitRepository {
  private constructor(
    private readonly git: SimpleGit,
    private readonly folder: string,
    private readonly hookTimeoutMs: number,
  ) {}

  /** The repository holding `folder`, or undefined when it is not inside one. */
  static async open(folder: string, options: GitOptions = {}): Promise<GitRepository | undefined> {
    const git = simpleGit({ baseDir: folder, allowEnvironment: IDENTITY_VARIABLES });
    try {
      return (await git.checkIsRepo())
        ? new GitRepository(git, folder, options.hookTimeoutMs ?? HOOK_TIMEOUT_MS)
        : undefined;
    } catch (error) {
      if (/\bENOENT\b/.test(String((error as Error).message))) throw new InputError(message('git/not-installed'));
      return undefined;
    }
  }

  /** A new repository in `folder`, on a branch named main. */
  static async initialise(folder: string, options: GitOptions = {}): Promise<GitRepository> {
    const git = simpleGit({ baseDir: folder, allowEnvironment: IDENTITY_VARIABLES });
    await git.raw(['init', '--quiet', '--initial-branch=main']);
    return new GitRepository(git, folder, options.hookTimeoutMs ?? HOOK_TIMEOUT_MS);
  }

  /**
   * A git command that runs the user's hooks, bounded in time. Past the bound git is asked to stop
   * (SIGTERM, on which it removes its index.lock), then made to, and our ends of its pipes are closed,
   * so a hook that never ends (and holds them open) cannot keep this process waiting.
   */
  private runWithHooks(args: readonly string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', [...args], {
        cwd: this.folder,
        env: gitEnvironment(),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
      });
      child.stdout.resume();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
        child.stdout.destroy();
        child.stderr.destroy();
      }, this.hookTimeoutMs);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      // Settled only once git has gone: until then it holds index.lock, and undoing what was staged would fail.
      child.on('exit', (code) => {
        clearTimeout(timer);
        // A background process a hook left may hold the pipes open: they are not waited for.
        setImmediate(() => {
          child.stdout.destroy();
          child.stderr.destroy();
        });
        if (timedOut)
          reject(
            new PreconditionError(
              message('git/hook-timeout', {
                command: String(args[0]),
                seconds: Math.round(this.hookTimeoutMs / 1000),
              }),
            ),
          );
        else if (code === 0) resolve();
        else {
          const what = args[0] === 'commit' ? 'make the commit' : args[0];
          reject(new Error(stderr.trim() || `git did not ${what} (a hook may have stopped it without a message)`));
        }
      });
    });
  }

  /**
   * Which of these paths (relative to the folder) differ from what HEAD holds, compared by content:
   * `git update-index --assume-unchanged` or `--skip-worktree` cannot hide an edit from this.
   */
  async uncommitted(paths: readonly string[]): Promise<string[]> {
    // What HEAD holds, by path relative to this folder (ls-tree takes and gives paths relative to it)...
    const listing = (await this.hasCommits()) ? await this.git.raw(['ls-tree', '-z', 'HEAD', '--', ...paths]) : '';
    const committed = new Map(
      listing
        .split('\0')
        .filter(Boolean)
        .map((entry) => {
          const [meta = '', path = ''] = entry.split('\t');
          return [path, meta.split(' ')[2]] as const;
        }),
    );
    // ...against the blobs the files would make now, hashed by git from their content.
    const current = await this.currentBlobs(paths);
    return paths.filter((path) => committed.get(path) !== current.get(path));
  }

  /** Why git cannot take a commit now (a lock, a merge or rebase in progress), or undefined when it can. */
  async busy(): Promise<Message | undefined> {
    const gitDir = (await this.git.raw(['rev-parse', '--absolute-git-dir'])).trim();
    return BUSY_STATES.find(([file]) => existsSync(join(gitDir, file)))?.[1];
  }

  /** The files (blobs: never a submodule's gitlink) under these folders at `ref`, with their blob ids, by path relative to the records' folder. */
  async blobsAt(ref: string, folders: readonly string[]): Promise<Array<{ path: string; blob: string }>> {
    const listing = await this.git.raw(['ls-tree', '-r', '-z', '--end-of-options', ref, '--', ...folders]);
    return listing
      .split('\0')
      .filter(Boolean)
      .map((entry) => /^\d+ (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry))
      .filter((match): match is RegExpExecArray => match?.[1] === 'blob')
      .map((match) => ({ path: match[3] as string, blob: match[2] as string }));
  }

  /** The blob id each of these files' content would have now, hashed by git from the file; absent files left out. */
  async currentBlobs(paths: readonly string[]): Promise<Map<string, string>> {
    const present = paths.filter((path) => existsSync(join(this.folder, path)));
    const hashes = present.length > 0 ? (await this.git.raw(['hash-object', '--', ...present])).trim().split('\n') : [];
    return new Map(present.map((path, index) => [path, hashes[index] ?? '']));
  }

  /** The contents of these blobs, as bytes, from one git process however many there are. */
  readBlobs(ids: readonly string[]): Promise<Map<string, Buffer>> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['cat-file', '--batch'], { cwd: this.folder, env: gitEnvironment() });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) return reject(new Error(`git cat-file failed (${code})`));
        const output = Buffer.concat(chunks);
        const blobs = new Map<string, Buffer>();
        let at = 0;
        while (at < output.length) {
          const headerEnd = output.indexOf(10, at);
          const [id = '', type, size] = output.toString('utf8', at, headerEnd).split(' ');
          if (type === 'missing' || size === undefined) {
            at = headerEnd + 1;
            continue;
          }
          const start = headerEnd + 1;
          blobs.set(id, output.subarray(start, start + Number(size)));
          at = start + Number(size) + 1;
        }
        resolve(blobs);
      });
      child.stdin.end(ids.map((id) => `${id}\n`).join(''));
    });
  }

  /**
   * How many commits changed each of these files, following each across renames (a meeting moved to
   * another day), in one walk of the history of their folders: a git process for all of them, not one a
   * file. It only grows as the history does, so a calendar's SEQUENCE taken from it rises with every change.
   */
  async commitCounts(paths: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map(paths.map((path) => [path, 0]));
    const folders = [...new Set(paths.map((path) => path.split('/')[0] ?? path))];
    const log = await this.git
      .raw(['-c', 'core.quotePath=false', 'log', '-M', '--relative', '--name-status', '--format=>%H', '--', ...folders])
      .catch(() => '');
    // Which file of today each path of the history was: walking back, a rename hands the name on, and
    // the commit that added a file ends it (an older file of that name was another one).
    const lineage = new Map<string, string | null>(paths.map((path) => [path, path]));
    let touched = new Set<string>();
    const count = () => {
      for (const path of touched) counts.set(path, (counts.get(path) ?? 0) + 1);
      touched = new Set();
    };
    for (const line of log.split('\n')) {
      if (line.startsWith('>')) {
        count();
        continue;
      }
      const [status = '', first = '', second] = line.split('\t');
      const current = lineage.get(second ?? first);
      if (!current) continue;
      touched.add(current);
      if (status.startsWith('R') && second !== undefined) {
        lineage.set(first, current);
        lineage.set(second, null);
      } else if (status === 'A') {
        lineage.set(first, null);
      }
    }
    count();
    return counts;
  }

  /** The commit HEAD points at, in full. */
  async head(): Promise<string> {
    return (await this.git.raw(['rev-parse', '--verify', 'HEAD'])).trim();
  }

  /** Why git could not commit as someone, or undefined when it can. */
  async identityProblem(): Promise<Message | undefined> {
    try {
      await this.git.raw(['var', 'GIT_AUTHOR_IDENT']);
      await this.git.raw(['var', 'GIT_COMMITTER_IDENT']);
      return undefined;
    } catch {
      return message('git/no-identity');
    }
  }

  /** The paths staged, changed or untracked in the work tree. */
  async uncommittedPaths(): Promise<string[]> {
    const status = await this.git.raw(['status', '--porcelain', '-z', '--untracked-files=all']);
    return status
      .split('\0')
      .filter(Boolean)
      .map((entry) => entry.slice(3));
  }

  async hasCommits(): Promise<boolean> {
    return this.resolves('HEAD');
  }

  /** The names a commit can be given by here: branches, remote-tracking branches and tags. */
  async refNames(): Promise<string[]> {
    const listing = await this.git.raw([
      'for-each-ref',
      '--format=%(refname:short)',
      'refs/heads',
      'refs/remotes',
      'refs/tags',
    ]);
    return listing.split('\n').filter((name) => name !== '' && !name.endsWith('/HEAD'));
  }

  async branchExists(branch: string): Promise<boolean> {
    return this.resolves(`refs/heads/${branch}`);
  }

  /** The current branch, or the commit when HEAD is detached. */
  async currentRef(): Promise<string> {
    const branch = (await this.git.raw(['branch', '--show-current'])).trim();
    return branch || (await this.git.raw(['rev-parse', 'HEAD'])).trim();
  }

  /** A new branch from HEAD, checked out; checked afterwards, since git can fail without a word (a ref lock, a name clash). */
  async createBranchAndSwitch(branch: string): Promise<void> {
    await this.git.raw(['branch', '--end-of-options', branch]);
    await this.runWithHooks(['switch', '--quiet', '--end-of-options', branch]);
    const current = (await this.git.raw(['branch', '--show-current'])).trim();
    if (current !== branch) throw new Error(`git did not create and switch to the branch ${branch}`);
  }

  /**
   * Commits exactly these paths, whatever else is staged or lies in the folder, and checks that it
   * did: HEAD is a new commit on top of the old one (or the first) holding exactly these paths. A hook
   * that fails without a word makes git exit non-zero with nothing on stderr, which simple-git takes
   * for success.
   */
  async commitPaths(paths: readonly string[], commitMessage: string): Promise<string> {
    const before = (await this.hasCommits()) ? await this.head() : '';
    try {
      await this.git.raw(['add', '--end-of-options', ...paths]);
      await this.runWithHooks([
        'commit',
        '--quiet',
        '--message',
        commitMessage,
        '--only',
        '--end-of-options',
        ...paths,
      ]);
      const after = (await this.hasCommits()) ? await this.head() : '';
      const parent =
        after === before || !before ? '' : (await this.git.raw(['rev-parse', '--verify', `${after}^`])).trim();
      const changed =
        after === before
          ? ''
          : await this.git.raw(['diff-tree', '--root', '--no-commit-id', '--name-only', '--relative', '-r', after]);
      const committed = changed.split('\n').filter(Boolean).sort();
      if (after === before || parent !== before || committed.join('\n') !== [...paths].sort().join('\n')) {
        if (after !== before) {
          const undo = before ? ['reset', '--quiet', '--soft', before] : ['update-ref', '-d', 'HEAD'];
          await this.git.raw(undo).catch(() => undefined);
        }
        throw new PreconditionError(message('git/no-commit-made'));
      }
      return after.slice(0, 7);
    } catch (error) {
      // Take back what we staged, so the index is as it was.
      await this.git.raw(['reset', '--quiet', '--', ...paths]).catch(() => undefined);
      throw error;
    }
  }

  /** Back to where we started, and the new branch gone: the undo of createBranchAndSwitch. */
  async abandonBranch(branch: string, returnTo: string): Promise<void> {
    const detached = /^[0-9a-f]{40}$/.test(returnTo);
    await this.runWithHooks([
      'switch',
      '--quiet',
      ...(detached ? ['--detach'] : []),
      '--end-of-options',
      returnTo,
    ]).catch(() => undefined);
    await this.git.raw(['branch', '--delete', '--force', '--end-of-options', branch]).catch(() => undefined);
  }

  /** The commit a ref names, in full, or '' when it names none. */
  async commitOf(ref: string): Promise<string> {
    const output = await this.git
      .raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
      .catch(() => '');
    return output.trim();
  }

  /** Whether `commit` is one commit on `parent` changing exactly `paths`: the commit a --commit makes. */
  async isCommitOn(commit: string, parent: string, paths: readonly string[]): Promise<boolean> {
    if ((await this.commitOf(`${commit}^`)) !== parent) return false;
    const changed = await this.git.raw(['diff-tree', '--no-commit-id', '--name-only', '--relative', '-r', commit]);
    return changed.split('\n').filter(Boolean).sort().join('\n') === [...paths].sort().join('\n');
  }

  /** A file's text at a commit, or null when the commit does not hold it. */
  async textAtOrNull(commit: string, path: string): Promise<string | null> {
    return this.git.raw(['show', '--end-of-options', `${commit}:./${path}`]).catch(() => null);
  }

  /** Takes these paths out of the index, as HEAD has them. */
  async unstage(paths: readonly string[]): Promise<void> {
    await this.git.raw(['reset', '--quiet', '--', ...paths]).catch(() => undefined);
  }

  /** simple-git takes a failure without output on stderr (as with --quiet) for success: read the output instead. */
  private async resolves(ref: string): Promise<boolean> {
    const output = await this.git.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', ref]).catch(() => '');
    return output.trim() !== '';
  }
}

/** How often each meeting's record changed, from git; none outside git, where calendars see sequence 0. */
export async function meetingSequences(root: string, meetings: readonly MeetingRecord[]): Promise<Map<string, number>> {
  const git = meetings.length > 0 ? await GitRepository.open(root) : undefined;
  const sequences = new Map<string, number>();
  if (!git) return sequences;
  const files = meetings.map((meeting) => meeting.file);
  const [commits, changed] = await Promise.all([git.commitCounts(files), git.uncommitted(files)]);
  const uncommitted = new Set(changed);
  // One more for a change not yet committed: the calendar a user exports now already shows it.
  for (const meeting of meetings)
    sequences.set(meeting.id, (commits.get(meeting.file) ?? 0) + (uncommitted.has(meeting.file) ? 1 : 0));
  return sequences;
}
