/** The history rule, in real git repositories: `validate --base main` on a branch with a change. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholderText } from '../../src/model/agreement-text.js';
import { runCli, spawnCli } from '../helpers/cli.js';
import { committedFixture, copyFixture, git, initGitRepository } from '../helpers/repository.js';

const NOTICE = 'agreement/notices/2019-forlengelse.md';

/** The 2018 records, renewed for 2019 by protocol, committed on main; a branch for the change. */
function repository(): string {
  const folder = committedFixture('ks-kmd-2018', { key: 'renewed for 2019', change: renewedFor2019 });
  git(folder, 'switch', '--quiet', '-c', 'change');
  return folder;
}

function renewedFor2019(folder: string) {
  const agreement = join(folder, 'agreement/agreement.md');
  writeFileSync(
    agreement,
    readFileSync(agreement, 'utf8').replace(
      'extensions: []',
      `extensions:\n  - { year: 2019, decided: 2018-11-15, notice: ${NOTICE} }`,
    ),
  );
  writeFileSync(join(folder, NOTICE), '# Protokoll om forlengelse\n\nPartene er enige.\n');
}

function edit(folder: string, path: string, from: string, to: string) {
  const text = readFileSync(join(folder, path), 'utf8');
  if (!text.includes(from)) throw new Error(`${path} has no "${from}"`);
  writeFileSync(join(folder, path), text.replace(from, to));
}

async function history(folder: string) {
  const { code, stdout, stderr } = await runCli(
    ['validate', '--format', 'json', '--base', 'main', '--today', '2018-12-01'],
    { cwd: folder },
  );
  const report = JSON.parse(stdout || '{"findings":[]}') as {
    findings: Array<{ file: string; line: number; rule: string; message: string }>;
  };
  return { code, stderr, findings: report.findings.filter((finding) => finding.rule === 'history') };
}

describe('history', () => {
  it('lets an ordinary change pass: a new meeting, a correction to minutes not yet approved', async () => {
    const folder = repository();
    writeFileSync(
      join(folder, 'meetings/2018-11-20.md'),
      readFileSync(join(folder, 'meetings/2018-09-20.md'), 'utf8').replace('date: 2018-09-20', 'date: 2018-11-20'),
    );
    expect((await history(folder)).findings).toEqual([]);
  });

  it('keeps approved minutes final, front matter and body, at the changed line', async () => {
    const folder = repository();
    writeFileSync(
      join(folder, 'meetings/2018-03-14.md'),
      `${readFileSync(join(folder, 'meetings/2018-03-14.md'), 'utf8')}\nEndret i ettertid.\n`,
    );
    const { findings } = await history(folder);
    expect(findings).toEqual([
      expect.objectContaining({
        file: 'meetings/2018-03-14.md',
        message: expect.stringMatching(/^the minutes of 2018-03-14 were approved 2018-09-20 and are final/),
      }),
    ]);
    expect(findings[0]!.line).toBeGreaterThan(1);
  });

  it('sees an edit git is told to overlook (skip-worktree, assume-unchanged): files are compared by content', async () => {
    const folder = repository();
    git(folder, 'update-index', '--skip-worktree', 'meetings/2018-03-14.md');
    git(folder, 'update-index', '--assume-unchanged', 'meetings/2018-09-20.md');
    edit(folder, 'meetings/2018-03-14.md', 'Konklusjon:', 'Konklusjon (endret):');
    edit(folder, 'meetings/2018-09-20.md', 'Konklusjon:', 'Konklusjon (endret):');
    const { findings } = await history(folder);
    expect([...new Set(findings.map((finding) => finding.file))].sort()).toEqual([
      'meetings/2018-03-14.md',
      'meetings/2018-09-20.md',
    ]);
  });

  it('keeps a held meeting: not deleted, not turned back to planned', async () => {
    const folder = repository();
    rmSync(join(folder, 'meetings/2017-11-20.md'));
    edit(folder, 'meetings/2018-09-20.md', 'minutes_approved: 2018-10-04', 'minutes_approved: null');
    expect((await history(folder)).findings.map(({ file, message }) => [file, message.slice(0, 40)])).toEqual([
      ['meetings/2017-11-20.md', 'the file was deleted, but its minutes we'],
      ['meetings/2018-09-20.md', 'the minutes of 2018-09-20 were approved '],
    ]);
  });

  it("keeps the extensions, the notices and the agreement's text", async () => {
    const folder = repository();
    edit(folder, 'agreement/agreement.md', 'decided: 2018-11-15', 'decided: 2018-11-16');
    edit(folder, 'agreement/agreement.md', 'Formålet med avtalen er å etablere', 'Formålet med avtalen er å opprette');
    rmSync(join(folder, NOTICE));
    const messages = (await history(folder)).findings.map(({ message }) => message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^the extension from 2019, decided 2018-11-15, is recorded history/),
        expect.stringMatching(/^the notice was written and is part of the record: restore it/),
        expect.stringMatching(/^the agreement's text is the text the parties signed/),
      ]),
    );
  });

  it("takes the signed text in place of init's placeholder once, and a later correction only with its reason", async () => {
    const folder = copyFixture();
    const path = join(folder, 'agreement/agreement.md');
    const signed = readFileSync(path, 'utf8');
    const fence = signed.indexOf('\n---\n', 4) + 5;
    writeFileSync(path, `${signed.slice(0, fence)}${placeholderText('Samarbeidsavtale', 'nb')}`);
    initGitRepository(folder);
    git(folder, 'switch', '--quiet', '-c', 'avtaletekst');
    writeFileSync(path, signed);
    expect((await history(folder)).findings).toEqual([]);
    git(folder, 'commit', '--quiet', '-am', 'Avtaleteksten');
    git(folder, 'switch', '--quiet', 'main');
    git(folder, 'merge', '--quiet', 'avtaletekst');
    git(folder, 'switch', '--quiet', '-c', 'rettelse');

    edit(folder, 'agreement/agreement.md', 'Formålet med avtalen er å etablere', 'Formålet med avtalen er å opprette');
    expect((await history(folder)).findings.map(({ message }) => message)).toEqual([
      expect.stringMatching(
        /^the agreement's text is the text the parties signed: .*add the correction to text_corrections/,
      ),
    ]);
    edit(
      folder,
      'agreement/agreement.md',
      'termination: null\n',
      'termination: null\ntext_corrections:\n  - { date: 2018-12-01, reason: Skrivefeil i formålet ved innskrivingen }\n',
    );
    expect((await history(folder)).findings).toEqual([]);
    git(folder, 'commit', '--quiet', '-am', 'Rettelse');
    git(folder, 'switch', '--quiet', 'main');
    git(folder, 'merge', '--quiet', 'rettelse');
    git(folder, 'switch', '--quiet', '-c', 'fjerne');
    edit(
      folder,
      'agreement/agreement.md',
      '  - { date: 2018-12-01, reason: Skrivefeil i formålet ved innskrivingen }\n',
      '',
    );
    edit(folder, 'agreement/agreement.md', 'text_corrections:\n', '');
    expect((await history(folder)).findings.map(({ message }) => message)).toEqual([
      expect.stringMatching(/^the correction of the text on 2018-12-01 is recorded history/),
    ]);
  });

  it('warns about a saksliste changed after its innkalling went out, until a corrected one is recorded as sent', async () => {
    const folder = copyFixture();
    writeFileSync(
      join(folder, 'meetings/2018-11-20.md'),
      '---\ndate: 2018-11-20\ntime: "10:00"\nplace: KS, Oslo\nstatus: planned\nchair: ks\nminutes: ks\nnotice_sent: 2018-11-05\nagenda:\n  - { title: Plankapasitet, focus: A, proposed_by: ks }\n---\n',
    );
    initGitRepository(folder);
    git(folder, 'switch', '--quiet', '-c', 'ny-sak');
    edit(
      folder,
      'meetings/2018-11-20.md',
      'agenda:\n',
      'agenda:\n  - { title: Rekruttering, focus: B, proposed_by: kmd }\n',
    );
    const changed = await runCli(['validate', '--format', 'json', '--base', 'main', '--today', '2018-11-10'], {
      cwd: folder,
    });
    expect(changed.code).toBe(0);
    expect(JSON.parse(changed.stdout).findings).toContainEqual(
      expect.objectContaining({
        rule: 'history',
        severity: 'warning',
        message: expect.stringMatching(
          /^the saksliste of 2018-11-20 changed after its innkalling went out on 2018-11-05: send the parties a corrected innkalling/,
        ),
      }),
    );
    edit(folder, 'meetings/2018-11-20.md', 'notice_sent: 2018-11-05', 'notice_sent: 2018-11-09');
    const resent = await runCli(['validate', '--format', 'json', '--base', 'main', '--today', '2018-11-10'], {
      cwd: folder,
    });
    expect(
      JSON.parse(resent.stdout).findings.filter((finding: { rule: string }) => finding.rule === 'history'),
    ).toEqual([]);
  });

  it('says what to name when the ref does not exist: a near name, the branches there are, or to fetch (exit 2)', async () => {
    const folder = repository();
    const { code, stderr } = await runCli(['validate', '--base', 'origin/main'], { cwd: folder });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /there is no commit "origin\/main" here: this repository has no remote branches of "origin": name a branch it has \(change, main\)/,
    );
    git(folder, 'update-ref', 'refs/remotes/origin/main', 'main');
    const stale = await runCli(['validate', '--base', 'origin/mian'], { cwd: folder });
    expect(stale.stderr).toMatch(/there is no commit "origin\/mian" here: did you mean --base origin\/main\?/);
    const typo = await runCli(['validate', '--base', 'mian'], { cwd: folder });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/there is no commit "mian" here: did you mean --base main\?/);
    const far = await runCli(['validate', '--base', 'release-2017'], { cwd: folder });
    expect(far.stderr).toMatch(
      /there is no commit "release-2017" here: fetch the base branch first .* \(change, main, origin\/main\)/,
    );
  });
});

/** Adds a deviation to the agreement's front matter, as a pull request would. */
function addDeviation(folder: string, deviation: string) {
  const path = join(folder, 'agreement/agreement.md');
  const text = readFileSync(path, 'utf8');
  const close = text.indexOf('\n---\n', 4);
  writeFileSync(path, `${text.slice(0, close)}\ndeviations:\n  - ${deviation}${text.slice(close)}`);
}

/** A planned meeting whose chair breaks the rotation: two rotation errors, at its file. */
async function meetingAgainstTheRotation(folder: string) {
  const made = await runCli(['new', 'meeting', '--date', '2018-11-20', '--today', '2018-10-01'], { cwd: folder });
  expect(made.code, made.stderr).toBe(0);
  edit(folder, 'meetings/2018-11-20.md', 'chair: ks', 'chair: kmd');
}

async function validateJson(folder: string, ...base: string[]) {
  const { code, stdout } = await runCli(['validate', '--format', 'json', ...base, '--today', '2018-11-01'], {
    cwd: folder,
  });
  const report = JSON.parse(stdout) as { findings: Array<{ rule: string }>; explained: Array<{ rule: string }> };
  return {
    code,
    rules: report.findings.map((finding) => finding.rule),
    explained: report.explained.map((e) => e.rule),
  };
}

describe('deviations under review', () => {
  it('never explain a history finding: a pull request cannot accept its own edit of approved minutes', async () => {
    const folder = repository();
    edit(folder, 'meetings/2018-03-14.md', 'Konklusjon:', 'Konklusjon (endret):');
    addDeviation(folder, 'rule: history\n    meeting: 2018-03-14\n    reason: Vi retter referatet.');
    const { code, findings } = await history(folder);
    expect(code).toBe(1);
    expect(findings.map((finding) => finding.file)).toEqual(['meetings/2018-03-14.md']);
  });

  it('added by the change, explain nothing the change did; once merged, they explain as any other', async () => {
    const folder = repository();
    await meetingAgainstTheRotation(folder);
    addDeviation(folder, 'rule: rotation\n    meeting: 2018-11-20\n    reason: KMD leder to ganger.');
    const underReview = await validateJson(folder, '--base', 'main');
    expect(underReview.code).toBe(1);
    expect(underReview.rules).toContain('rotation');
    expect(underReview.explained).toEqual([]);
    const merged = await validateJson(folder);
    expect(merged).toMatchObject({ code: 0, explained: ['rotation'] });
  });

  it('added by the change, explain what the base already found', async () => {
    const folder = repository();
    await meetingAgainstTheRotation(folder);
    git(folder, 'add', '-A');
    git(folder, 'commit', '--quiet', '-m', 'Møtet i november');
    git(folder, 'switch', '--quiet', '-c', 'accept');
    addDeviation(folder, 'rule: rotation\n    meeting: 2018-11-20\n    reason: KMD leder to ganger.');
    const accepted = await validateJson(folder, '--base', 'change');
    expect(accepted).toMatchObject({ code: 0, explained: ['rotation'] });
  });
});

describe('git as --base meets it', () => {
  it('a range, a base holding a submodule, and no git at all are plain answers, never an internal error', async () => {
    const folder = repository();
    const range = await runCli(['validate', '--base', 'HEAD..HEAD'], { cwd: folder });
    expect(range).toMatchObject({
      code: 2,
      stderr: 'partnership: --base takes one commit, such as main or origin/main, not "HEAD..HEAD"\n',
    });

    // A gitlink (a submodule's entry) where a meeting would be: it is not a file, and is passed over.
    const head = git(folder, 'rev-parse', 'HEAD').trim();
    git(folder, 'update-index', '--add', '--cacheinfo', `160000,${head},meetings/2018-12-01.md`);
    git(folder, 'commit', '--quiet', '-m', 'Med en undermodul');
    git(folder, 'rm', '--quiet', '--cached', 'meetings/2018-12-01.md');
    git(folder, 'commit', '--quiet', '-m', 'Uten');
    const gitlink = await runCli(['validate', '--base', 'HEAD~1', '--today', '2018-12-01'], { cwd: folder });
    expect(gitlink.stderr).not.toMatch(/internal error/);
    expect(gitlink.code).toBe(0);

    const noGit = spawnCli(['validate', '--base', 'main'], { cwd: folder, env: { PATH: '/nonexistent' } });
    expect(noGit.stderr).toBe(
      'partnership: git is not installed here (there is no git on the PATH): install git, and run this again\n',
    );
    expect(noGit.code).toBe(2);
  });
});
