/** The CLI run in-process (fast, for most tests) or as the built program (for what a user sees). */
import { spawnSync } from 'node:child_process';
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

export function spawnCli(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): CliResult {
  const { PARTNERSHIP_TODAY: _today, NO_COLOR: _noColor, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { ...inherited, ...options.env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A stack trace has lines like "    at fn (file:1:2)". */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[:(].*\d+:\d+\)?$/m.test(text);
}
