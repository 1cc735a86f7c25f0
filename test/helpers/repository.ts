/** Real folders and real git repositories in the temporary directory, removed after each test. */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import type { SourceFile } from '../../src/records/load.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'partnership-test-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

export function writeRepository(files: readonly SourceFile[], folder = temporaryFolder()): string {
  for (const file of files) {
    mkdirSync(dirname(join(folder, file.path)), { recursive: true });
    writeFileSync(join(folder, file.path), file.text);
  }
  return folder;
}

/** A copy of this project's own records: the real agreement and its illustrative history. */
export function copyShippedRecords(folder = temporaryFolder()): string {
  for (const path of ['agreement', 'meetings', 'annual-plans', 'templates']) {
    if (existsSync(join(PROJECT_ROOT, path))) cpSync(join(PROJECT_ROOT, path), join(folder, path), { recursive: true });
  }
  return folder;
}

export function git(folder: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: folder, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
}

export function initGitRepository(folder: string): string {
  git(folder, 'init', '--quiet', '--initial-branch=main');
  git(folder, 'config', 'user.name', 'Sekretariatet');
  git(folder, 'config', 'user.email', 'sekretariat@example.org');
  git(folder, 'config', 'commit.gpgsign', 'false');
  git(folder, 'add', '-A');
  git(folder, 'commit', '--quiet', '-m', 'Records');
  return folder;
}
