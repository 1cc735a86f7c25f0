/**
 * `remind`: the duties coming due and overdue, each with its date, clause and what settles it, from the
 * same homes as status and the calendar (so the three agree on the same day), as text, JSON or one
 * GitHub issue a week; and the calendar's reminders weeks ahead of the renewal decision.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyFixture } from '../helpers/repository.js';

interface DutyRow {
  key: string;
  kind: string;
  date: string;
  clause: string | null;
  overdue: boolean;
  subject: string;
  settle: { command: string | null; field: string | null; file: string | null };
}

async function remindJson(folder: string, today: string, ...more: string[]): Promise<DutyRow[]> {
  const { code, stdout, stderr } = await runCli(['remind', '--format', 'json', '--today', today, ...more], {
    cwd: folder,
  });
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout).duties;
}

/** The calendar's events for the same day, by their uid's first part ("notice-2025-09-16"). */
async function calendarOn(folder: string, today: string): Promise<Map<string, { date: string; alarms: number[] }>> {
  const written = await runCli(['calendar', '--ics', 'cal.ics', '--today', today], { cwd: folder });
  expect(written.code, written.stderr).toBe(0);
  const events = new ICAL.Component(ICAL.parse(readFileSync(join(folder, 'cal.ics'), 'utf8'))).getAllSubcomponents(
    'vevent',
  );
  return new Map(
    events.map((event) => [
      String(event.getFirstPropertyValue('uid')).split('.')[0] ?? '',
      {
        date: String(event.getFirstPropertyValue('dtstart')).slice(0, 10),
        alarms: event
          .getAllSubcomponents('valarm')
          .map((alarm) => -(alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() / 86_400),
      },
    ]),
  );
}

describe('partnership remind', () => {
  it('lists exactly the duties due in the window and those overdue, on the dates status and the calendar give', async () => {
    const folder = copyFixture('ks-kdd-digital');
    const today = '2025-09-01';
    const duties = await remindJson(folder, today);
    expect(duties.map(({ key, date, overdue, clause }) => ({ key, date, overdue, clause }))).toEqual([
      { key: 'evaluation', date: '2023-12-31', overdue: true, clause: '§8' },
      { key: 'notice-2025-09-16', date: '2025-08-26', overdue: true, clause: '§3.1' },
      { key: 'documents-2025-09-16', date: '2025-09-05', overdue: false, clause: '§3.1' },
      { key: 'minutes-2025-02-11', date: '2025-09-16', overdue: false, clause: '§3.1' },
    ]);
    // One home: status names the same minutes, the calendar the same deadlines on the same days.
    const status = JSON.parse((await runCli(['status', '--json', '--today', today], { cwd: folder })).stdout);
    expect(duties.filter((duty) => duty.kind === 'minutes-approval').map((duty) => duty.subject)).toEqual(
      status.minutes_awaiting_approval,
    );
    expect(status.agreement.evaluation.due).toBe('2023-12-31');
    const calendar = await calendarOn(folder, today);
    // The notice's deadline has passed, so the calendar (upcoming dates only) no longer shows it; the documents' is there.
    const documents = [...calendar.entries()].filter(([key]) => key.startsWith('documents-'));
    expect(documents.map(([, entry]) => entry.date)).toEqual(['2025-09-05']);
    expect([...calendar.keys()].filter((key) => key.startsWith('notice-'))).toEqual([]);
  });

  it('agrees with the calendar on the renewal decision, and reminds of it weeks ahead', async () => {
    const folder = copyFixture('ks-kmd-2018');
    const today = '2018-11-01';
    const duties = await remindJson(folder, today, '--within', '60');
    expect(duties.map(({ key, date, clause }) => ({ key, date, clause }))).toEqual([
      { key: 'last-notice-2018-12-31', date: '2018-11-30', clause: '§7' },
      { key: 'evaluation', date: '2018-12-31', clause: '§6' },
      { key: 'renewal-2019', date: '2018-12-31', clause: '§7' },
    ]);
    expect(duties.find((duty) => duty.kind === 'renewal-decision')?.settle).toEqual({
      command: 'partnership renew --year 2019',
      field: null,
      file: null,
    });
    // status raises it once the notice period's month is reached; its date is remind's.
    const status = JSON.parse((await runCli(['status', '--json', '--today', '2018-12-01'], { cwd: folder })).stdout);
    expect(status.renewal_due).toEqual({ year: 2019, decide_by: '2018-12-31' });
    const calendar = await calendarOn(folder, today);
    // The decision eight and four weeks ahead, not two days: two ministries need weeks for it.
    expect(calendar.get('renewal-2019')).toEqual({ date: '2018-12-31', alarms: [56, 28] });
    expect(calendar.get('evaluation')?.date).toBe('2018-12-31');
    // Nothing else is due in October: a window of 20 days from 1 October lists nothing.
    expect(await remindJson(folder, '2018-10-01', '--within', '20')).toEqual([]);
  });

  it('reminds of the notice deadline a week ahead in the calendar', async () => {
    const folder = copyFixture('ks-kdd-digital');
    const calendar = await calendarOn(folder, '2025-08-01');
    const notice = [...calendar.entries()].find(([key]) => key.startsWith('notice-'));
    expect(notice?.[1]).toEqual({ date: '2025-08-26', alarms: [7, 2] });
  });

  it('says it in words in bokmål, with the command or the field that settles each', async () => {
    const folder = copyFixture('ks-kdd-digital');
    const { stdout } = await runCli(['--lang', 'nb', 'remind', '--today', '2025-09-01', '--no-color'], { cwd: folder });
    expect(stdout).toBe(
      [
        'Forfalt',
        '  2023-12-31  evalueringen (frist 2023-12-31) (§8): partnership report, og før så inn evaluation.completed i agreement/agreement.md',
        '  2025-08-26  send innkallingen til møtet 2025-09-16 (§3.1): partnership render agenda 2025-09-16, og før så inn notice_sent i meetings/2025-09-16.md',
        'Forfaller snart, til 2025-10-01',
        '  2025-09-05  send saksdokumentene til møtet 2025-09-16 (§3.1): før inn documents_sent i meetings/2025-09-16.md',
        '  2025-09-16  få referatet fra møtet 2025-02-11 godkjent (§3.1): partnership approve 2025-02-11',
        '',
      ].join('\n'),
    );
  });

  it('gives one GitHub issue a week: the same title all week, another the next, none when nothing is due', async () => {
    const folder = copyFixture('ks-kdd-digital');
    const issue = async (today: string) =>
      (await runCli(['remind', '--format', 'github', '--today', today], { cwd: folder })).stdout;
    const monday = await issue('2025-09-01');
    const friday = await issue('2025-09-05');
    const [title] = monday.split('\n');
    expect(title).toBe('Duties under the agreement, week 36 of 2025');
    expect(friday.split('\n')[0]).toBe(title);
    expect((await issue('2025-09-08')).split('\n')[0]).toBe('Duties under the agreement, week 37 of 2025');
    expect(monday).toContain('- [ ] 2025-08-26  send the notice (innkalling) of meeting 2025-09-16 (§3.1)');
    // 29 December 2025 is in ISO week 1 of 2026.
    expect((await issue('2025-12-29')).split('\n')[0]).toBe('Duties under the agreement, week 1 of 2026');
    // After the evaluation is recorded and with nothing else open, nothing is due: no issue.
    const quiet = copyFixture('ks-kmd-2018');
    expect(
      (await runCli(['remind', '--format', 'github', '--today', '2018-10-01', '--within', '20'], { cwd: quiet }))
        .stdout,
    ).toBe('');
  });

  it('refuses a window that is not a number of days', async () => {
    const { code, stderr } = await runCli(['remind', '--within', 'a month'], { cwd: copyFixture() });
    expect(code).toBe(2);
    expect(stderr).toContain('--within takes a number of days (0 to 9999), not "a month"');
  });
});
