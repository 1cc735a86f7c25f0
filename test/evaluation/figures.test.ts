/**
 * The evaluation figures, checked against numbers counted by hand from the fixtures' files (each count's
 * reasoning in a comment), for the shipped agreement and for the second one.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyFixture } from '../helpers/repository.js';

async function figures(fixture: 'ks-kmd-2018' | 'ks-kdd-digital', today: string) {
  const { code, stdout, stderr } = await runCli(['report', '--format', 'json', '--today', today], {
    cwd: copyFixture(fixture),
  });
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout);
}

describe('report --format json', () => {
  it('counts the 2017–2018 records of the KS–KMD agreement', async () => {
    const report = await figures('ks-kmd-2018', '2018-12-31');
    expect(report).toMatchObject({
      agreement: 'ks-kmd-planlegging',
      from: '2017-09-07',
      to: '2018-12-31',
      consultations: 1, // tolkning-punkt-5, brought 2018-05-03
      consultations_brought: 1,
      obligations: { done: 3, open: 0 }, // three duties, all done in 2017
      extensions: 0,
    });
    expect(report.years).toEqual([
      {
        year: 2017,
        complete: true,
        required: 1, // 2 a year × 116 days (7 September – 31 December) / 365 = 0.64, to the nearest: 1
        held: 1, // 2017-11-20
        planned: 0,
        cancelled: 0,
        chair: { kmd: 1, ks: 0 },
        minutes: { kmd: 1, ks: 0 },
        attendance: { kmd: 1, ks: 1 },
        // Oppstart (no focus, KMD), Årsplan for 2018 (A, KMD), SEVS (B, KS)
        items: { by_focus: { A: 1, B: 1, C: 0 }, by_party: { kmd: 2, ks: 1 }, outside_focus: 1 },
        notice_days: [14], // notice 2017-11-06
        notice_late: [false],
        held_meetings: ['2017-11-20'],
        actions: { opened: 0, done: 0, open: 0 },
        plan: null,
      },
      {
        year: 2018,
        complete: true,
        required: 2,
        held: 2, // 2018-03-14 (KS's turn), 2018-09-20 (KMD's)
        planned: 0,
        cancelled: 1, // 2018-06-12
        chair: { kmd: 1, ks: 1 },
        minutes: { kmd: 1, ks: 1 },
        attendance: { kmd: 2, ks: 2 },
        // March: A (KS), A (KS), C (KMD); September: A (KMD), B (KS), the evaluation (no focus, KMD)
        items: { by_focus: { A: 3, B: 1, C: 1 }, by_party: { kmd: 3, ks: 3 }, outside_focus: 1 },
        notice_days: [14, 14], // notices 2018-02-28 and 2018-09-06
        notice_late: [false, false],
        held_meetings: ['2018-03-14', '2018-09-20'],
        actions: { opened: 0, done: 0, open: 0 },
        // the 2018 plan: capacity done, recruitment ongoing, the conference dropped
        plan: { status: 'adopted', priorities: 3, done: 1, ongoing: 1, planned: 0, dropped: 1 },
      },
    ]);
    expect(report.timeline.map((event: { date: string; kind: string }) => `${event.date} ${event.kind}`)).toEqual([
      '2017-09-07 signed',
      '2017-11-20 meeting-held',
      '2017-11-20 plan',
      '2018-03-14 meeting-held',
      '2018-03-14 consultation',
      '2018-05-03 consultation',
      '2018-06-12 meeting-cancelled',
      '2018-09-20 meeting-held',
      '2018-12-31 term-end',
    ]);
  });

  it('counts the second agreement: three a year, split roles, a cancelled meeting, a renamed ministry', async () => {
    const report = await figures('ks-kdd-digital', '2025-06-02');
    expect(report).toMatchObject({
      agreement: 'ks-kdd-digitalisering',
      from: '2022-03-01',
      to: '2025-06-02',
      consultations: 0,
      obligations: { done: 1, open: 0 },
      extensions: 1, // two years from 2024
      deviations: [expect.objectContaining({ rule: 'meetings-per-year', year: 2023 })],
    });
    // The ministry by the name in force on the report's last day, with each short name it had in the period.
    expect(report.parties).toEqual([
      { id: 'ks', short: 'KS', name: 'KS – Kommunesektorens organisasjon', short_names: ['KS'] },
      {
        id: 'dep',
        short: 'DFD',
        name: 'Digitaliserings- og forvaltningsdepartementet',
        short_names: ['KDD', 'DFD'],
      },
    ]);
    expect(report.renamed).toEqual([{ from: '2024-01-01', previous: 'KDD', short: 'DFD' }]);
    const years = report.years.map((year: Record<string, unknown>) => {
      const { held_meetings, attendance, ...rest } = year;
      return rest;
    });
    expect(years).toEqual([
      {
        year: 2022,
        complete: true,
        required: 3, // 3 a year × 306 days (1 March – 31 December) / 365 = 2.5, to the nearest: 3
        held: 3,
        planned: 0,
        cancelled: 0,
        chair: { ks: 1, dep: 2 }, // split roles from dep: dep chairs, KS minutes; then the other way
        minutes: { ks: 2, dep: 1 },
        items: { by_focus: { A: 3, B: 3, C: 0, D: 0 }, by_party: { ks: 3, dep: 3 }, outside_focus: 0 },
        notice_days: [21, 21, 21],
        notice_late: [false, false, false],
        actions: { opened: 0, done: 0, open: 0 },
        plan: null,
      },
      {
        year: 2023,
        complete: true,
        required: 3,
        held: 2, // 2023-05-09, 2023-11-21; 2023-09-12 cancelled (the deviation)
        planned: 0,
        cancelled: 1,
        chair: { ks: 1, dep: 1 },
        minutes: { ks: 1, dep: 1 },
        // November adds "Årsplan for 2024", proposed by the ministry, in no focus area
        items: { by_focus: { A: 2, B: 2, C: 0, D: 0 }, by_party: { ks: 2, dep: 3 }, outside_focus: 1 },
        notice_days: [21, 21],
        notice_late: [false, false],
        actions: { opened: 0, done: 0, open: 0 },
        plan: null,
      },
      {
        year: 2024,
        complete: true,
        required: 3,
        held: 3,
        planned: 0,
        cancelled: 0,
        chair: { ks: 2, dep: 1 },
        minutes: { ks: 1, dep: 2 },
        items: { by_focus: { A: 3, B: 3, C: 0, D: 0 }, by_party: { ks: 3, dep: 3 }, outside_focus: 0 },
        notice_days: [21, 21, 21],
        notice_late: [false, false, false],
        actions: { opened: 1, done: 1, open: 0 }, // the vulnerability report, sent 2024-12-10
        plan: { status: 'adopted', priorities: 1, done: 0, ongoing: 1, planned: 0, dropped: 0 },
      },
      {
        year: 2025,
        complete: false, // the report ends on 2 June; the agreement runs through the year
        required: 3,
        held: 1, // 2025-02-11; 2025-09-16 is planned
        planned: 1,
        cancelled: 0,
        chair: { ks: 0, dep: 1 },
        minutes: { ks: 1, dep: 0 },
        items: { by_focus: { A: 1, B: 1, C: 0, D: 0 }, by_party: { ks: 1, dep: 1 }, outside_focus: 0 },
        notice_days: [21],
        notice_late: [false],
        actions: { opened: 0, done: 0, open: 0 },
        plan: null,
      },
    ]);
  });

  it('ends the period at the termination', async () => {
    const folder = copyFixture();
    const { code } = await runCli(
      ['terminate', '--by', 'ks', '--notified', '2018-10-31', '--today', '2018-10-31', '--write'],
      { cwd: folder },
    );
    expect(code).toBe(0);
    const { stdout } = await runCli(['report', '--format', 'json', '--today', '2019-06-01'], { cwd: folder });
    const report = JSON.parse(stdout);
    expect(report.to).toBe('2018-11-30');
    expect(report.termination).toEqual({ by: 'ks', notified: '2018-10-31', effective: '2018-11-30' });
    expect(report.years.map((year: { year: number }) => year.year)).toEqual([2017, 2018]);
  });
});
