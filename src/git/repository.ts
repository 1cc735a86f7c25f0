/**
 * The git edge. simple-git 4 drops inherited GIT_* variables (a hook's GIT_DIR
 * must not redirect us to another repository); the identity variables are let
 * through, since CI often sets its identity that way. Every ref and path we
 * pass stands after --end-of-options, so none can be read as an option.
 */
import { type SimpleGit, simpleGit } from 'simple-git';

const IDENTITY_VARIABLES = [
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_AUTHOR_DATE',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
  'GIT_COMMITTER_DATE',
];

export class GitRepository {
  private constructor(private readonly git: SimpleGit) {}

  /** The repository holding `folder`, or undefined when it is not inside one. */
  static async open(folder: string): Promise<GitRepository | undefined> {
    const git = simpleGit({ baseDir: folder, allowEnvironment: IDENTITY_VARIABLES });
    try {
      return (await git.checkIsRepo()) ? new GitRepository(git) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Which of these paths (relative to the folder) have changes git has not committed. */
  async uncommitted(paths: readonly string[]): Promise<string[]> {
    const output = await this.git.raw([
      'status',
      '--porcelain=v1',
      '-z',
      '--untracked-files=all',
      '--end-of-options',
      ...paths,
    ]);
    return output
      .split('\0')
      .filter((entry) => entry.length > 3)
      .map((entry) => entry.slice(3));
  }

  /** Why git could not commit as someone, or undefined when it can. */
  async identityProblem(): Promise<string | undefined> {
    try {
      await this.git.raw(['var', 'GIT_AUTHOR_IDENT']);
      await this.git.raw(['var', 'GIT_COMMITTER_IDENT']);
      return undefined;
    } catch {
      return 'git does not know who is committing: set it with git config user.name "Name" and git config user.email "name@example.org"';
    }
  }

  async hasCommits(): Promise<boolean> {
    return this.resolves('HEAD');
  }

  async branchExists(branch: string): Promise<boolean> {
    return this.resolves(`refs/heads/${branch}`);
  }

  /** The current branch, or the commit when HEAD is detached. */
  async currentRef(): Promise<string> {
    const branch = (await this.git.raw(['branch', '--show-current'])).trim();
    return branch || (await this.git.raw(['rev-parse', 'HEAD'])).trim();
  }

  async createBranchAndSwitch(branch: string): Promise<void> {
    await this.git.raw(['branch', '--end-of-options', branch]);
    await this.git.raw(['switch', '--quiet', '--end-of-options', branch]);
  }

  /** Commits exactly these paths, whatever else is staged. */
  async commitPaths(paths: readonly string[], message: string): Promise<string> {
    await this.git.raw(['add', '--end-of-options', ...paths]);
    try {
      await this.git.raw(['commit', '--quiet', '--message', message, '--only', '--end-of-options', ...paths]);
    } catch (error) {
      // Take back what we staged, so the index is as it was.
      await this.git.raw(['reset', '--quiet', '--', ...paths]).catch(() => undefined);
      throw error;
    }
    return (await this.git.raw(['rev-parse', '--short', 'HEAD'])).trim();
  }

  /** Back to where we started, and the new branch gone: the undo of createBranchAndSwitch. */
  async abandonBranch(branch: string, returnTo: string): Promise<void> {
    const detached = /^[0-9a-f]{40}$/.test(returnTo);
    await this.git
      .raw(['switch', '--quiet', ...(detached ? ['--detach'] : []), '--end-of-options', returnTo])
      .catch(() => undefined);
    await this.git.raw(['branch', '--delete', '--force', '--end-of-options', branch]).catch(() => undefined);
  }

  /** simple-git takes a failure without output on stderr (as with --quiet) for success: read the output instead. */
  private async resolves(ref: string): Promise<boolean> {
    const output = await this.git.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', ref]).catch(() => '');
    return output.trim() !== '';
  }
}
