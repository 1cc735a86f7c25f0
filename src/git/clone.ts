/**
 * A records repository the portfolio names by its git URL, read from a clone of its own in the cache:
 * one branch, the last commit only, fetched again on every run. Nothing is written to where it came
 * from, no hook of it runs, and only the transports a records repository is served by are allowed
 * (never `ext::`, which runs a command).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of the clone of `url` at `branch` in the cache, the same on every run. */
export function cloneFolder(cache: string, url: string, branch: string): string {
  const key = createHash('sha256').update(`${url}\n${branch}`).digest('hex').slice(0, 20);
  return join(cache, 'repositories', key);
}

function git(args: readonly string[], cwd?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.hooksPath=/dev/null', '-c', 'protocol.allow=never', ...allowedProtocols(), ...args],
      {
        ...(cwd ? { cwd } : {}),
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1' },
        timeout: 120_000,
      },
      (error, _stdout, stderr) => {
        if (!error) resolve();
        else reject(new Error(stderr.trim().split('\n').at(-1) || error.message));
      },
    );
  });
}

function allowedProtocols(): string[] {
  return ['https', 'http', 'ssh', 'git', 'file'].flatMap((protocol) => ['-c', `protocol.${protocol}.allow=always`]);
}

/**
 * The branch's last commit, checked out in the cache: cloned the first time, fetched after. Rejects
 * with git's own reason when it cannot (no such repository or branch, no network).
 */
export async function cachedClone(cache: string, url: string, branch: string): Promise<string> {
  const folder = cloneFolder(cache, url, branch);
  if (existsSync(join(folder, '.git'))) {
    try {
      await git(
        ['fetch', '--quiet', '--depth', '1', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`],
        folder,
      );
      await git(['checkout', '--quiet', '--force', '--detach', `origin/${branch}`], folder);
      return folder;
    } catch {
      // A clone left broken by an earlier run is made again.
      rmSync(folder, { recursive: true, force: true });
    }
  }
  mkdirSync(join(cache, 'repositories'), { recursive: true });
  rmSync(folder, { recursive: true, force: true });
  await git(['clone', '--quiet', '--depth', '1', '--single-branch', '--branch', branch, '--', url, folder]);
  return folder;
}
