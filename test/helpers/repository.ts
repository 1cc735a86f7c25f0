/** Real folders and real git repositories in the temporary directory, removed after each test. */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'partnership-test-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/**
 * The test fixtures: records frozen for the tests, so that the live records at the project's root can
 * change (a meeting held, a renewal merged) without a test noticing. `ks-kmd-2018` is the KS–KMD
 * agreement as it stood at the end of 2018; `ks-kdd-digital` a second agreement, unlike it in every
 * number, clause, party and period (three months' notice to the end of a month, two-year
 * extensions, split roles, KS convening, a ministry renamed and new signatories mid-way).
 */
export type FixtureName = 'ks-kmd-2018' | 'ks-kdd-digital';

export function fixturePath(name: FixtureName = 'ks-kmd-2018'): string {
  return join(PROJECT_ROOT, 'test', 'fixtures', name);
}

/** A copy of a fixture in a temporary folder, for tests that change records. */
export function copyFixture(name: FixtureName = 'ks-kmd-2018', folder = temporaryFolder()): string {
  cpSync(fixturePath(name), folder, { recursive: true });
  return folder;
}

export function git(folder: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
  });
}

export function initGitRepository(folder: string): string {
  git(folder, 'init', '--quiet', '--initial-branch=main');
  // The identity written into the repository's config as git config would, without three more processes.
  appendFileSync(
    join(folder, '.git', 'config'),
    '[user]\n\tname = Sekretariatet\n\temail = sekretariat@example.org\n[commit]\n\tgpgsign = false\n',
  );
  git(folder, 'add', '-A');
  git(folder, 'commit', '--quiet', '-m', 'Records');
  return folder;
}

const committed = new Map<string, string>();

/**
 * A copy of the records committed on main in a git repository: each kind (the fixture, changed by
 * `prepare` before the commit) is made once in each test process and copied for every test, three git
 * processes fewer a test than making it anew.
 */
export function committedFixture(
  fixture: FixtureName = 'ks-kmd-2018',
  prepare?: { key: string; change: (folder: string) => void },
): string {
  const key = `${fixture}\n${prepare?.key ?? ''}`;
  let template = committed.get(key);
  if (!template) {
    template = mkdtempSync(join(tmpdir(), 'partnership-committed-'));
    cpSync(fixturePath(fixture), template, { recursive: true });
    prepare?.change(template);
    initGitRepository(template);
    const made = template;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
    committed.set(key, template);
  }
  const folder = temporaryFolder();
  cpSync(template, folder, { recursive: true });
  return folder;
}
