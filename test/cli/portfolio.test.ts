/**
 * partnership portfolio over both agreements in the fixtures, a broken copy and a folder that is no
 * repository: every format names all of them, sorted by what comes due first; the JSON is what the field
 * reference documents; one calendar of all, its UIDs unique; a git URL in a list, cloned into the cache
 * and fetched again when the records change.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { portfolioReportSchema } from '../../src/model/portfolio.js';
import { runCli } from '../helpers/cli.js';
import { portfolioRepositories } from '../helpers/portfolio.js';
import { copyFixture, git, initGitRepository, temporaryFolder } from '../helpers/repository.js';

const TODAY = ['--today', '2025-09-01'];

/** Two agreements, a copy of the first with an error, and a folder with no records. */
function portfolioFolder(): string {
  const parent = portfolioRepositories();
  mkdirSync(join(parent, 'empty'));
  return parent;
}

describe('partnership portfolio', () => {
  it('reports every agreement, names the broken and the unreadable, in every format, with exit 2', async () => {
    const parent = portfolioFolder();
    const repos = ['kmd', 'digital', 'broken', 'empty'];
    const json = await runCli(['portfolio', ...repos, '--format', 'json', ...TODAY], { cwd: parent });
    expect(json.code, json.stderr).toBe(2);
    const report = JSON.parse(json.stdout);
    expect(z.safeParse(portfolioReportSchema, report).success).toBe(true);
    expect(report.agreements.map((entry: { source: string; state: string }) => [entry.source, entry.state])).toEqual([
      ['kmd', 'ok'],
      ['digital', 'ok'],
      ['broken', 'errors'],
      ['empty', 'unreadable'],
    ]);
    const [kmd, digital, broken, empty] = report.agreements;
    // Sorted by what comes due first: the 2018 agreement's evaluation before the digital one's.
    expect(kmd.next_due).toMatchObject({ date: '2018-12-31', kind: 'evaluation', overdue: true });
    expect(digital.next_due.date > kmd.next_due.date).toBe(true);
    // The names in force today: the ministry renamed in 2024.
    expect(digital.agreement.parties.map((party: { short: string }) => party.short)).toEqual(['KS', 'DFD']);
    expect(digital.agreement).toMatchObject({
      in_force: true,
      last_day: '2025-12-31',
      renewal: { year: 2026, decide_by: '2025-12-31' },
    });
    expect(digital.meetings_this_year).toEqual({ year: 2025, required: 3, held: 1, planned: 1 });
    expect(digital.next_meeting).toMatchObject({ date: '2025-09-16', source: 'planned' });
    expect(digital.minutes_awaiting_approval).toEqual(['2025-02-11']);
    expect(broken.problem).toMatch(
      /^agreement\/agreement\.md:\d+:\d+: meetings\.per_year: expected per_year as a whole number/,
    );
    expect(empty.problem).toBe('there is no agreement/agreement.md in empty: it is not a records repository');

    // The same in status, for one of them: one home.
    const status = JSON.parse((await runCli(['status', '--json', ...TODAY], { cwd: join(parent, 'digital') })).stdout);
    expect(digital.minutes_awaiting_approval).toEqual(status.minutes_awaiting_approval);
    expect(digital.agreement.last_day).toBe(status.agreement.last_day);

    const text = await runCli(['portfolio', ...repos, ...TODAY], { cwd: parent });
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/^4 agreements on 2025-09-01, sorted by what comes due first\n/);
    expect(text.stdout).toMatch(/\n2018-12-31 {2}the evaluation \(due 2018-12-31\) \(overdue\) +KMD–KS /);
    expect(text.stdout).toContain('broken has 1 error (run partnership validate there), the first:');
    expect(text.stdout).toContain('empty cannot be read: there is no agreement/agreement.md in empty');

    const markdown = await runCli(['portfolio', ...repos, '-o', 'portefolje.md', ...TODAY], { cwd: parent });
    expect(markdown.stdout).toBe('Wrote the portfolio (md) to portefolje.md\n');
    const md = readFileSync(join(parent, 'portefolje.md'), 'utf8');
    expect(md).toMatch(/^# 4 agreements on 2025-09-01/);
    expect(md.split('\n').filter((line) => line.startsWith('| ')).length).toBe(6);

    const html = await runCli(['portfolio', ...repos, '--format', 'html', '--lang', 'nb', ...TODAY], { cwd: parent });
    expect(html.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="nb">/);
    expect(html.stdout).toContain('<th scope="row">KS–DFD<br><span class="title">');
    expect(html.stdout).toContain('empty kan ikke leses');
    expect(html.stdout).not.toMatch(/<script/);

    // Only errors, none unreadable: exit 1; all well: exit 0.
    expect((await runCli(['portfolio', 'kmd', 'broken', ...TODAY], { cwd: parent })).code).toBe(1);
    expect((await runCli(['portfolio', 'kmd', 'digital', ...TODAY], { cwd: parent })).code).toBe(0);
  });

  it("writes one calendar of every agreement's meetings and deadlines, no UID twice", async () => {
    const parent = portfolioFolder();
    copyFixture('ks-kdd-digital', join(parent, 'digital-copy'));
    // The digital records in git, its next meeting changed once since: SEQUENCE 1 in its own feed.
    const digital = initGitRepository(join(parent, 'digital'));
    const meeting = join(digital, 'meetings/2025-09-16.md');
    writeFileSync(meeting, readFileSync(meeting, 'utf8').replace('time: "09:30"', 'time: "10:00"'));
    git(digital, 'commit', '--quiet', '-am', 'Flyttet til kl. 10');
    const result = await runCli(
      ['portfolio', 'kmd', 'digital', 'digital-copy', '--ics', 'avtaler.ics', '--today', '2025-06-01'],
      {
        cwd: parent,
      },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^Wrote \d+ dates of every agreement to avtaler\.ics\n$/);
    expect(result.stdout).toMatch(/^3 agreements on 2025-06-01/);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(parent, 'avtaler.ics'), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent');
    const uids = events.map((event) => String(event.getFirstPropertyValue('uid')));
    expect(uids.length).toBeGreaterThan(2);
    expect(new Set(uids).size).toBe(uids.length);
    // Each agreement's events under its own UIDs, the feed's: those of the one repository as calendar writes them.
    const own = await runCli(['calendar', '--ics', '-', '--today', '2025-06-01'], { cwd: join(parent, 'digital') });
    const ownUids = new ICAL.Component(ICAL.parse(own.stdout))
      .getAllSubcomponents('vevent')
      .map((event) => String(event.getFirstPropertyValue('uid')));
    for (const uid of ownUids) expect(uids).toContain(uid);
    const sequenceOf = (component: ICAL.Component, uid: string) =>
      component
        .getAllSubcomponents('vevent')
        .find((event) => event.getFirstPropertyValue('uid') === uid)
        ?.getFirstPropertyValue('sequence');
    const meetingUid = 'meeting-2025-09-16.ks-kdd-digitalisering@partnership';
    expect(sequenceOf(new ICAL.Component(ICAL.parse(own.stdout)), meetingUid)).toBe(2);
    expect(sequenceOf(calendar, meetingUid)).toBe(2);
    expect(
      events
        .map((event) => String(event.getFirstPropertyValue('summary')))
        .every((summary) => /^(KS–DFD|KMD–KS|Samarbeidsmøte KS–DFD|Samarbeidsmøte)/.test(summary)),
    ).toBe(true);
  });

  it('reads a list with a path and a git URL, cloned read-only into the cache and fetched again when it changes', async () => {
    const parent = portfolioFolder();
    const origin = copyFixture('ks-kdd-digital', join(parent, 'origin'));
    initGitRepository(origin);
    const bare = join(parent, 'digital.git');
    git(parent, 'clone', '--quiet', '--bare', origin, bare);
    writeFileSync(
      join(parent, 'avtaler.yaml'),
      `agreements:\n  - path: kmd\n  - url: ${bare}\n    branch: main\n    name: KS–DFD (git)\n  - url: ${join(parent, 'nowhere.git')}\n`,
    );
    const cache = temporaryFolder();
    const run = () =>
      runCli(['portfolio', '--from', 'avtaler.yaml', '--format', 'json', ...TODAY], {
        cwd: parent,
        env: { XDG_CACHE_HOME: cache },
      });
    const first = await run();
    expect(first.code, first.stderr).toBe(2);
    const entries = JSON.parse(first.stdout).agreements;
    const cloned = entries.find((entry: { source: string }) => entry.source === 'KS–DFD (git)');
    expect(cloned).toMatchObject({ state: 'ok', next_meeting: { date: '2025-09-16' } });
    expect(entries.find((entry: { source: string }) => entry.source.endsWith('nowhere.git#main'))).toMatchObject({
      state: 'unreadable',
      problem: expect.stringMatching(/^git could not fetch its branch main: /),
    });

    // The records change where they came from; the next run reads the change, and the origin is untouched.
    expect(cloned.minutes_awaiting_approval).toEqual(['2025-02-11']);
    const meeting = join(origin, 'meetings/2025-02-11.md');
    writeFileSync(
      meeting,
      readFileSync(meeting, 'utf8').replace(
        'minutes_approved: null',
        'minutes_approved: 2025-03-01\nminutes_approved_via: email',
      ),
    );
    git(origin, 'commit', '--quiet', '-am', 'Referatet godkjent');
    git(origin, 'push', '--quiet', bare, 'main');
    const before = git(bare, 'rev-parse', 'main');
    const second = JSON.parse((await run()).stdout).agreements.find(
      (entry: { source: string }) => entry.source === 'KS–DFD (git)',
    );
    expect(second.minutes_awaiting_approval).toEqual([]);
    expect(git(bare, 'rev-parse', 'main')).toBe(before);
  });

  it('refuses nothing to read, and a list that is not one, with exit 2', async () => {
    const parent = portfolioFolder();
    const nothing = await runCli(['portfolio'], { cwd: parent });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(
      /give the records repositories to read \(folders\), or a list of them with --from FILE/,
    );
    for (const list of ['agreements: [{ folder: kmd }]', 'agreements:\n  - url: --upload-pack=touch x', ': : :']) {
      writeFileSync(join(parent, 'list.yaml'), list);
      const refused = await runCli(['portfolio', '--from', 'list.yaml'], { cwd: parent });
      expect(refused.code, list).toBe(2);
      expect(refused.stderr, list).toMatch(/list\.yaml/);
    }
  });

  it("prints a stranger's control characters escaped: in a name the list gives and in a record's file name", async () => {
    const parent = portfolioFolder();
    writeFileSync(join(parent, 'kmd', 'meetings', '2018-12-01\u001b[31m.md'), '');
    writeFileSync(join(parent, 'list.yaml'), 'agreements:\n  - path: kmd\n    name: "KMD\\e[31m"\n');
    for (const format of ['text', 'md', 'html', 'json']) {
      const result = await runCli(['portfolio', '--from', 'list.yaml', '--format', format, ...TODAY], { cwd: parent });
      expect(result.code, format).toBe(1);
      expect(result.stdout, format).not.toContain('\u001b');
      expect(result.stdout, format).toContain(format === 'json' ? 'KMD\\\\u001b[31m' : 'KMD\\u001b[31m');
    }
  });
});
