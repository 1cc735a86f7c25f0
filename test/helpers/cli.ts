/** The CLI run in-process (fast, for most tests) or as the built program (for what a user sees). */
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { PROJECT_ROOT } from './repository.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  tty?: boolean;
  now?: Date;
}

export async function runCli(args: readonly string[], options: CliOptions): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTTY: options.tty ?? false,
    now: () => options.now ?? new Date('2018-10-01T10:00:00Z'),
  });
  return { code, stdout, stderr };
}

export const BIN = join(PROJECT_ROOT, 'bin', 'partnership.js');

export interface SpawnOptions {
  cwd: string;
  env?: Record<string, string>;
  /** A bound on the run: past it the process is killed and the code is -1. */
  timeout?: number;
}

/** The tests' environment without what would change a run: a date, colours, or a git identity the machine or another test set. */
function environment(options: SpawnOptions): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !['PARTNERSHIP_TODAY', 'NO_COLOR', 'FORCE_COLOR'].includes(name) && !/^GIT_(AUTHOR|COMMITTER)_/.test(name),
    ),
  );
  return { ...inherited, ...options.env };
}

export function spawnCli(args: readonly string[], options: SpawnOptions): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: environment(options),
    encoding: 'utf8',
    timeout: options.timeout ?? 20_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The built CLI as a process of its own, not waited for: for two at once. */
export function spawnCliAsync(args: readonly string[], options: SpawnOptions): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd, env: environment(options), encoding: 'utf8', timeout: options.timeout ?? 20_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A stack trace has lines like "    at fn (file:1:2)". */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[:(].*\d+:\d+\)?$/m.test(text);
}
