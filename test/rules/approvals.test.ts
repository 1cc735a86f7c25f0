/**
 * Two-party approval, checked by validate in a pull request: `--base main --approvals reviews.json`,
 * the reviews as GitHub's API lists them, in a real git repository whose main names who approves for
 * each party.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { committedFixture, git } from '../helpers/repository.js';

const AGREEMENT = 'agreement/agreement.md';
const NOTICE = 'agreement/notices/2019-forlengelse.md';

function edit(folder: string, path: string, from: string, to: string) {
  const text = readFileSync(join(folder, path), 'utf8');
  if (!text.includes(from)) throw new Error(`${path} has no "${from}"`);
  writeFileSync(join(folder, path), text.replace(from, to));
}

/** The 2018 records on main, KMD approving by two named people and KS by one; a branch for the change. */
function repository(ksGithub = '{ reviewers: [ola-ks] }'): string {
  const folder = committedFixture('ks-kmd-2018', {
    key: `approvers: ${ksGithub}`,
    change: (records) => {
      edit(
        records,
        AGREEMENT,
        '    unit: Planavdelingen\n',
        '    unit: Planavdelingen\n    github: { reviewers: [Kari-KMD, per-kmd] }\n',
      );
      edit(
        records,
        AGREEMENT,
        '    address: Postboks 1378 Vika',
        `    github: ${ksGithub}\n    address: Postboks 1378 Vika`,
      );
    },
  });
  git(folder, 'switch', '--quiet', '-c', 'change');
  return folder;
}

/** The renewal for 2019: a change to the agreement and a new notice, both final. */
function renew(folder: string) {
  edit(folder, AGREEMENT, 'extensions: []', `extensions:\n  - { year: 2019, decided: 2018-11-15, notice: ${NOTICE} }`);
  writeFileSync(join(folder, NOTICE), '# Protokoll om forlengelse\n\nPartene er enige.\n');
}

type Review = { user: { login: string } | null; state: string; submitted_at?: string };
const review = (login: string, state: string, submitted_at = '2018-11-16T10:00:00Z'): Review => ({
  user: { login },
  state,
  submitted_at,
});

async function approvals(folder: string, reviews: unknown, ...extra: string[]) {
  writeFileSync(join(folder, '..', 'reviews.json'), JSON.stringify(reviews));
  const { code, stdout, stderr } = await runCli(
    [
      'validate',
      '--format',
      'json',
      '--base',
      'main',
      '--approvals',
      '../reviews.json',
      '--today',
      '2018-11-16',
      ...extra,
    ],
    { cwd: folder },
  );
  const findings = stdout
    ? (JSON.parse(stdout) as { findings: Array<{ file: string; rule: string; message_id: string; message: string }> })
        .findings
    : [];
  return { code, stderr, findings: findings.filter((finding) => finding.rule === 'approvals') };
}

describe('approvals', () => {
  it('refuses a change to final records until each party has approved it, by the people main names', async () => {
    const folder = repository();
    renew(folder);
    const none = await approvals(folder, []);
    expect(none.code).toBe(1);
    expect(none.findings.map((finding) => [finding.file, finding.message_id])).toEqual([
      [AGREEMENT, 'approvals/party-not-approved'],
      [AGREEMENT, 'approvals/party-not-approved'],
    ]);
    expect(none.findings[0]?.message).toBe(
      `this pull request changes final records (${AGREEMENT}, ${NOTICE}), and both parties must agree: it needs an approval from KMD, by Kari-KMD, per-kmd as the agreement names them, and none of them has approved it yet`,
    );

    const one = await approvals(folder, [review('kari-kmd', 'APPROVED'), review('someone-else', 'APPROVED')]);
    expect(one.findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('it needs an approval from KS, by ola-ks'),
    ]);
    const both = await approvals(folder, [
      review('ola-ks', 'COMMENTED'),
      review('kari-kmd', 'APPROVED'),
      review('ola-ks', 'APPROVED'),
    ]);
    expect(both).toMatchObject({ code: 0, findings: [] });
  });

  it('takes back an approval the reviewer later dismissed or followed by a request for changes; a comment leaves it', async () => {
    const folder = repository();
    renew(folder);
    const later = await approvals(
      folder,
      [
        review('ola-ks', 'APPROVED', '2018-11-16T09:00:00Z'),
        review('kari-kmd', 'APPROVED', '2018-11-16T09:00:00Z'),
        review('kari-kmd', 'COMMENTED', '2018-11-16T11:00:00Z'),
        // Listed first, submitted last: the time decides.
        review('ola-ks', 'DISMISSED', '2018-11-16T12:00:00Z'),
      ].reverse(),
    );
    expect(later.findings.map((finding) => finding.message)).toEqual([expect.stringContaining('from KS, by ola-ks')]);
    const changes = await approvals(folder, [
      review('ola-ks', 'APPROVED'),
      review('kari-kmd', 'APPROVED'),
      review('per-kmd', 'CHANGES_REQUESTED'),
    ]);
    expect(changes.findings).toEqual([]);
  });

  it('counts who approves as main has it: a pull request cannot name its own approver', async () => {
    const folder = repository();
    renew(folder);
    edit(folder, AGREEMENT, '[ola-ks]', '[ola-ks, mallory]');
    const result = await approvals(folder, [review('kari-kmd', 'APPROVED'), review('mallory', 'APPROVED')]);
    expect(result.findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('from KS, by ola-ks as'),
    ]);
  });

  it('asks nothing of an ordinary change: a meeting planned, minutes not yet held', async () => {
    const folder = repository();
    writeFileSync(
      join(folder, 'meetings/2018-11-20.md'),
      readFileSync(join(folder, 'meetings/2018-09-20.md'), 'utf8')
        .replace('date: 2018-09-20', 'date: 2018-11-20')
        .replace('status: held', 'status: planned')
        .replace(/minutes_approved: .*/, 'minutes_approved: null')
        .replace(/minutes_approved_via: .*\n/, ''),
    );
    // Other rules may have their say about the copy; this one asks for nothing.
    expect((await approvals(folder, [])).findings).toEqual([]);
  });

  it('makes a meeting held, or its minutes approved, a change both approve', async () => {
    const folder = repository();
    edit(folder, 'meetings/2018-09-20.md', 'minutes_approved: 2018-10-04', 'minutes_approved: 2018-10-05');
    const result = await approvals(folder, [review('ola-ks', 'APPROVED')]);
    expect(result.findings.map((finding) => [finding.file, finding.message])).toEqual([
      ['meetings/2018-09-20.md', expect.stringContaining('from KMD')],
    ]);
  });

  it('says where to name the approvers of a party the agreement names no one for; a team the ruleset requires by id is left to it', async () => {
    const folder = repository('{ team: "@ks-no/plan" }');
    renew(folder);
    const result = await approvals(folder, [review('kari-kmd', 'APPROVED')]);
    expect(result.findings.map((finding) => finding.message_id)).toEqual(['approvals/party-without-reviewers']);
    expect(result.findings[0]?.message).toContain('list their GitHub logins in parties[1].github.reviewers');

    const byRuleset = repository('{ team: "@ks-no/plan", team_id: 4242 }');
    renew(byRuleset);
    expect(await approvals(byRuleset, [review('kari-kmd', 'APPROVED')])).toMatchObject({ code: 0, findings: [] });
  });

  it('refuses --approvals without --base, and a file that is not reviews, with exit 2', async () => {
    const folder = repository();
    const withoutBase = await runCli(['validate', '--approvals', 'reviews.json'], { cwd: folder });
    expect(withoutBase.code).toBe(2);
    expect(withoutBase.stderr).toMatch(/--approvals checks what a pull request changes.*give --base too/);
    const notReviews = await approvals(folder, { message: 'Not Found' });
    expect(notReviews.code).toBe(2);
    expect(notReviews.stderr).toMatch(/is not a list of reviews as GitHub's API gives it/);
    writeFileSync(join(folder, '..', 'broken.json'), '[{');
    const broken = await runCli(['validate', '--base', 'main', '--approvals', '../broken.json'], { cwd: folder });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/cannot read the reviews in \.\.\/broken\.json/);
    expect(broken.stderr).not.toMatch(/at .*\.js:\d+/);
    const missing = await runCli(['validate', '--base', 'main', '--approvals', 'nowhere.json'], { cwd: folder });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/there is no file nowhere\.json: write the pull request's reviews there first/);
  });
});
