import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, spawnCli } from '../helpers/cli.js';
import {
  committedFixture,
  copyFixture,
  fixturePath,
  git,
  initGitRepository,
  temporaryFolder,
} from '../helpers/repository.js';

const AGREEMENT = 'agreement/agreement.md';

/** A git repository holding the 2018 records, everything committed on main. */
function recordsRepository(edit?: (text: string) => string): string {
  if (!edit) return committedFixture();
  const folder = copyFixture();
  writeFileSync(join(folder, AGREEMENT), edit(readFileSync(join(folder, AGREEMENT), 'utf8')));
  return initGitRepository(folder);
}

function snapshot(folder: string) {
  return {
    agreement: readFileSync(join(folder, AGREEMENT), 'utf8'),
    notices: existsSync(join(folder, 'agreement/notices'))
      ? git(folder, 'ls-files', '--others', '--', 'agreement/notices')
      : '',
    status: git(folder, 'status', '--porcelain'),
    branches: git(folder, 'branch', '--list', '--format=%(refname:short)'),
    head: git(folder, 'rev-parse', 'HEAD'),
  };
}

async function expectRefused(folder: string, args: string[], message: RegExp) {
  const before = snapshot(folder);
  const { code, stdout, stderr } = await runCli(args, { cwd: folder });
  expect(code, stdout + stderr).toBe(1);
  expect(stderr).toMatch(message);
  expect(snapshot(folder)).toEqual(before);
}

describe('partnership renew', () => {
  it('prints the renewal protocol for the shipped agreement, in a fresh clone', () => {
    const { code, stdout, stderr } = spawnCli(['renew', '--year', '2019', '--today', '2018-11-15'], {
      cwd: fixturePath(),
    });
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^# Protokoll om forlengelse av samarbeidsavtale\n/);
    expect(stdout).toContain(
      'Partene er enige om følgende:\n\n1. Samarbeidsavtalen forlenges med ett år, til og med 31.\u00a0desember 2019.',
    );
    // The title after the name in lower case, though the record writes it as the signed text does.
    expect(stdout).toContain('Jan Tore Sanner, kommunal- og moderniseringsminister');
    // What was done, then who signs and why: signatories from a signing more than a year back are to be checked.
    expect(stderr.split('\n')).toEqual([
      'The records were not changed: add --write to record it, or --commit to record and commit it on a new branch.',
      "Signed for KMD by Jan Tore Sanner, kommunal- og moderniseringsminister: the record's signatory since 2017-09-07.",
      'Warning: KMD\'s signatory is the one from the signing on 2017-09-07, more than a year ago: check it is still who signs, or give --signatory kmd="NAME, TITLE".',
      "Signed for KS by Gunn Marit Helgesen, styreleder KS: the record's signatory since 2017-09-07.",
      'Warning: KS\'s signatory is the one from the signing on 2017-09-07, more than a year ago: check it is still who signs, or give --signatory ks="NAME, TITLE".',
      '',
    ]);
  });

  it('writes and commits the extension and the protocol on a new branch, and nothing else', async () => {
    const folder = recordsRepository();
    const before = readFileSync(join(folder, AGREEMENT), 'utf8');
    const { code, stderr } = await runCli(['renew', '--year', '2019', '--today', '2018-11-15', '--commit'], {
      cwd: folder,
    });
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(
      /^Wrote agreement\/notices\/2019-forlengelse.md\nWrote agreement\/agreement.md\nCommitted them as [0-9a-f]+ on the new branch renew-2019, ready for a pull request\n(Signed for [^\n]+\n(Warning: [^\n]+\n)?){2}$/,
    );

    expect(git(folder, 'branch', '--show-current').trim()).toBe('renew-2019');
    expect(git(folder, 'status', '--porcelain')).toBe('');
    expect(git(folder, 'diff', '--name-only', 'main', 'renew-2019').trim().split('\n')).toEqual([
      AGREEMENT,
      'agreement/notices/2019-forlengelse.md',
    ]);
    expect(git(folder, 'log', '-1', '--format=%s')).toBe('Extend the agreement from 2019 (§7)\n');

    const after = readFileSync(join(folder, AGREEMENT), 'utf8');
    expect(after).toBe(
      before.replace(
        'extensions: []\n',
        'extensions:\n  - { year: 2019, decided: 2018-11-15, notice: agreement/notices/2019-forlengelse.md }\n',
      ),
    );
    expect(readFileSync(join(folder, 'agreement/notices/2019-forlengelse.md'), 'utf8')).toContain(
      'til og med 31.\u00a0desember 2019',
    );
    expect((await runCli(['validate', '--strict', '--today', '2018-11-15'], { cwd: folder })).stdout).toBe(
      '✔ 6 records checked: no problems\n',
    );
  });

  it('refuses to renew the same year twice, changing nothing', async () => {
    const folder = recordsRepository();
    expect((await runCli(['renew', '--year', '2019', '--today', '2018-11-15', '--commit'], { cwd: folder })).code).toBe(
      0,
    );
    await expectRefused(
      folder,
      ['renew', '--year', '2019', '--today', '2018-11-20', '--commit'],
      /cannot renew for 2019: the agreement already runs through 2019-12-31 \(§7\)/,
    );
  });

  it.each([
    [
      'a year that is not the next one',
      ['--year', '2020', '--today', '2018-11-15'],
      undefined,
      /cannot renew for 2020: the agreement runs through 2018-12-31, so the next extension is from 2019: it is extended one year at a time \(§7\)/,
    ],
    [
      'after the term ran out',
      ['--year', '2019', '--today', '2019-01-02'],
      undefined,
      /decided 2019-01-02, after the term it extends ran out on 2018-12-31: a lapsed agreement cannot be extended, only replaced by a new one \(§7\)/,
    ],
    [
      'after the evaluation',
      ['--year', '2019', '--today', '2018-11-15'],
      (text: string) => text.replace('completed: null', 'completed: 2018-10-01'),
      /the evaluation was completed on 2018-10-01, before 2018-11-15, and the agreement is extended only while the evaluation is pending: a new agreement is needed/,
    ],
    [
      'a terminated agreement',
      ['--year', '2019', '--today', '2018-11-15'],
      (text: string) =>
        text.replace('termination: null', 'termination: { by: ks, notified: 2018-10-31, effective: 2018-11-30 }'),
      /KS gave notice of termination on 2018-10-31, before 2018-11-15: a terminated agreement is not extended/,
    ],
  ])('refuses %s with exit 1, touching nothing', async (_, args, edit, message) => {
    const folder = recordsRepository(edit);
    await expectRefused(folder, ['renew', ...args, '--commit'], message);
  });
});

describe('records in a folder of a larger git repository', () => {
  it('commits the renewal there, paths and all', async () => {
    const outer = temporaryFolder();
    copyFixture('ks-kmd-2018', join(outer, 'records'));
    initGitRepository(outer);
    const { code, stderr } = await runCli(
      ['renew', '--year', '2019', '--decided', '2018-11-15', '--today', '2018-11-20', '--commit'],
      {
        cwd: join(outer, 'records'),
      },
    );
    expect(code, stderr).toBe(0);
    expect(git(outer, 'show', '--name-only', '--format=', 'renew-2019').trim().split('\n').sort()).toEqual([
      'records/agreement/agreement.md',
      'records/agreement/notices/2019-forlengelse.md',
    ]);
  });
});

describe('partnership renew --decided', () => {
  it('records the day the parties agreed, though the command runs later, and dates the protocol by it', async () => {
    const folder = recordsRepository();
    const { code, stdout, stderr } = await runCli(
      [
        'renew',
        '--year',
        '2019',
        '--decided',
        '2018-12-20',
        '--today',
        '2019-01-10',
        '--write',
        '--signatory',
        'kmd=Kari Nordmann, statssekretær',
      ],
      { cwd: folder },
    );
    expect(code, stderr).toBe(0);
    expect(readFileSync(join(folder, AGREEMENT), 'utf8')).toContain(
      '- { year: 2019, decided: 2018-12-20, notice: agreement/notices/2019-forlengelse.md }',
    );
    expect(stdout).toContain('20.\u00a0desember 2018');
    expect(stdout).toContain('Kari Nordmann');
    expect(stdout).not.toContain('Jan Tore Sanner');
  });

  it('refuses a decision after the term it extends ran out, and a signatory of no party', async () => {
    const folder = recordsRepository();
    await expectRefused(
      folder,
      ['renew', '--year', '2019', '--decided', '2019-01-02', '--today', '2019-01-10', '--write'],
      /cannot renew for 2019: decided 2019-01-02, after the term it extends ran out on 2018-12-31/,
    );
    const wrong = await runCli(
      ['renew', '--year', '2019', '--decided', '2018-12-20', '--signatory', 'kdd=Kari Nordmann, statssekretær'],
      { cwd: folder },
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--signatory takes PARTY=NAME, TITLE with a party of kmd, ks/);
  });
});

describe('partnership terminate', () => {
  it('writes and commits the termination with its effective date and rule', async () => {
    const folder = recordsRepository();
    const { code, stdout, stderr } = await runCli(
      ['terminate', '--by', 'ks', '--notified', '2018-10-31', '--today', '2018-11-01', '--commit'],
      { cwd: folder },
    );
    expect(code, stderr).toBe(0);
    expect(stderr.split('\n')[0]).toBe(
      "Effective 2018-11-30: notice received 2018-10-31, plus 1 month's notice (notice_rule: same-date: the same day of the month, or the last day of a shorter month).",
    );
    expect(stdout).toContain(
      'Mottas oppsigelsen 31.\u00a0oktober 2018, gjelder avtalen til og med 30.\u00a0november 2018.',
    );
    // The sender cannot know when it arrives: the letter asks, and never states the day as a fact.
    expect(stdout).toContain('Vi ber om skriftlig bekreftelse på hvilken dag oppsigelsen ble mottatt');
    expect(stdout).not.toMatch(/ble mottatt \d/);
    expect(git(folder, 'branch', '--show-current').trim()).toBe('terminate-2018-10-31');
    expect(git(folder, 'status', '--porcelain')).toBe('');
    expect(git(folder, 'diff', '--name-only', 'main', 'terminate-2018-10-31').trim().split('\n')).toEqual([
      AGREEMENT,
      'agreement/notices/2018-10-31-oppsigelse.md',
    ]);
    expect(git(folder, 'diff', 'main', '--', AGREEMENT)).toContain(
      '-termination: null\n+termination:\n+  by: ks\n+  notified: 2018-10-31\n+  effective: 2018-11-30\n+  notice: agreement/notices/2018-10-31-oppsigelse.md\n',
    );
    expect((await runCli(['validate', '--today', '2018-11-01'], { cwd: folder })).code).toBe(0);
  });

  it("cites the agreement's own clause in the commit message, never one written in the code", async () => {
    const folder = initGitRepository(copyFixture('ks-kdd-digital'));
    const { code, stderr } = await runCli(
      ['terminate', '--by', 'ks', '--notified', '2025-09-20', '--today', '2025-09-22', '--commit'],
      { cwd: folder },
    );
    expect(code, stderr).toBe(0);
    const message = git(folder, 'log', '-1', '--format=%B');
    expect(message).toContain("The agreement ends on 3 months' notice (§9.2)");
    expect(message).not.toMatch(/§7|§2/);
  });

  it('takes 31 January to 28 February, after a renewal', async () => {
    const folder = recordsRepository();
    expect((await runCli(['renew', '--year', '2019', '--today', '2018-11-15', '--write'], { cwd: folder })).code).toBe(
      0,
    );
    git(folder, 'commit', '--quiet', '-am', 'renewed');
    git(folder, 'add', '-A');
    git(folder, 'commit', '--quiet', '-m', 'notice');
    const { code, stderr } = await runCli(
      ['terminate', '--by', 'kmd', '--notified', '2019-01-31', '--today', '2019-02-01', '--write'],
      { cwd: folder },
    );
    expect(code, stderr).toBe(0);
    expect(readFileSync(join(folder, AGREEMENT), 'utf8')).toContain('effective: 2019-02-28');
    expect((await runCli(['validate', '--today', '2019-02-01'], { cwd: folder })).code).toBe(0);
  });

  it.each([
    [['--by', 'kdd', '--notified', '2018-10-31'], /unknown party "kdd": use one of kmd, ks/],
    [
      ['--by', 'ks', '--notified', '2017-08-01'],
      /cannot terminate: notice received 2017-08-01, before the agreement was signed on 2017-09-07 \(§7\)/,
    ],
    [
      ['--by', 'ks', '--notified', '2019-01-31'],
      /notice received 2019-01-31, after the term had already ended on 2018-12-31: there is nothing left to terminate/,
    ],
  ])('refuses %j with exit 1, touching nothing', async (args, message) => {
    await expectRefused(recordsRepository(), ['terminate', ...args, '--commit'], message);
  });

  it('refuses an agreement already terminated', async () => {
    const folder = recordsRepository();
    expect(
      (await runCli(['terminate', '--by', 'ks', '--notified', '2018-10-31', '--commit'], { cwd: folder })).code,
    ).toBe(0);
    await expectRefused(
      folder,
      ['terminate', '--by', 'kmd', '--notified', '2018-11-05', '--write'],
      /already terminated by KS \(notice received 2018-10-31, effective 2018-11-30\)/,
    );
  });
});

describe('--write and --commit', () => {
  const renew = ['renew', '--year', '2019', '--today', '2018-11-15'];

  it('refuse a file with uncommitted changes', async () => {
    const folder = recordsRepository();
    writeFileSync(join(folder, AGREEMENT), `${readFileSync(join(folder, AGREEMENT), 'utf8')}\nEn lokal endring.\n`);
    await expectRefused(
      folder,
      [...renew, '--write'],
      /agreement\/agreement.md has uncommitted changes: commit or stash them first. Nothing was written/,
    );
  });

  it('--commit refuses outside a git repository; --write works there', async () => {
    const folder = copyFixture('ks-kmd-2018', join(temporaryFolder(), 'records'));
    const before = readFileSync(join(folder, AGREEMENT), 'utf8');
    const refused = await runCli([...renew, '--commit'], { cwd: folder });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /is not a git repository: --commit needs one \(--write alone works without git\). Nothing was written/,
    );
    expect(readFileSync(join(folder, AGREEMENT), 'utf8')).toBe(before);
    expect((await runCli([...renew, '--write'], { cwd: folder })).code).toBe(0);
    expect(existsSync(join(folder, 'agreement/notices/2019-forlengelse.md'))).toBe(true);
  });

  it('--commit refuses when the branch exists', async () => {
    const folder = recordsRepository();
    git(folder, 'branch', 'renew-2019');
    await expectRefused(
      folder,
      [...renew, '--commit'],
      /the branch renew-2019 already exists: delete it, or merge it if it holds this change. Nothing was written/,
    );
  });

  it('--commit refuses when git has no identity', () => {
    const folder = recordsRepository();
    git(folder, 'config', '--unset', 'user.name');
    git(folder, 'config', '--unset', 'user.email');
    git(folder, 'config', 'user.useConfigOnly', 'true');
    const before = snapshot(folder);
    const home = temporaryFolder();
    const { code, stderr } = spawnCli([...renew, '--commit'], {
      cwd: folder,
      env: { HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1' },
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      'partnership: git does not know who is committing: set it with git config user.name "Name" and git config user.email "name@example.org". Nothing was written\n',
    );
    expect(snapshot(folder)).toEqual(before);
  });

  it('commits with the identity CI sets in the environment, and ignores an inherited GIT_DIR', () => {
    const folder = recordsRepository();
    git(folder, 'config', '--unset', 'user.name');
    git(folder, 'config', '--unset', 'user.email');
    git(folder, 'config', 'user.useConfigOnly', 'true');
    const elsewhere = committedFixture();
    const home = temporaryFolder();
    const { code, stderr } = spawnCli([...renew, '--commit'], {
      cwd: folder,
      env: {
        HOME: home,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'CI',
        GIT_AUTHOR_EMAIL: 'ci@example.org',
        GIT_COMMITTER_NAME: 'CI',
        GIT_COMMITTER_EMAIL: 'ci@example.org',
        GIT_DIR: join(elsewhere, '.git'),
      },
    });
    expect(code, stderr).toBe(0);
    expect(git(folder, 'log', '-1', '--format=%an <%ae>').trim()).toBe('CI <ci@example.org>');
    expect(git(elsewhere, 'branch', '--list', 'renew-2019')).toBe('');
  });

  it('leave the records and branches as they were when the commit fails after writing, with no stack trace', () => {
    const folder = recordsRepository();
    writeFileSync(
      join(folder, '.git/hooks/pre-commit'),
      '#!/bin/sh\necho "the secretariat\'s hook says no" >&2\nexit 1\n',
      { mode: 0o755 },
    );
    const before = snapshot(folder);
    const { code, stdout, stderr } = spawnCli([...renew, '--commit'], { cwd: folder });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^partnership: git could not commit: .*the secretariat's hook says no.*Nothing was changed\n$/s,
    );
    expect(hasStackTrace(stdout + stderr)).toBe(false);
    expect(snapshot(folder)).toEqual(before);
    expect(git(folder, 'branch', '--show-current').trim()).toBe('main');
    expect(existsSync(join(folder, 'agreement/notices/2019-forlengelse.md'))).toBe(false);
  });

  it('create the notices folder when it is missing', async () => {
    const folder = copyFixture();
    rmSync(join(folder, 'agreement/notices'), { recursive: true });
    expect((await runCli([...renew, '--write'], { cwd: folder })).code).toBe(0);
    expect(existsSync(join(folder, 'agreement/notices/2019-forlengelse.md'))).toBe(true);
  });
});
