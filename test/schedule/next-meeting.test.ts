import { describe, expect, it } from 'vitest';
import { say } from '../../src/messages/catalogue.js';
import { nextMeeting as answer } from '../../src/schedule/next-meeting.js';

/** The answer with its reasons in English words, as next-meeting prints them. */
function nextMeeting(...args: Parameters<typeof answer>) {
  const next = answer(...args);
  return { ...next, reasons: next.reasons.map((reason) => say(reason, 'en')) };
}

import { agreement, agreementWithMeetings, meeting, rotating } from '../helpers/model.js';

const HISTORY = ['2017-11-20', '2018-03-14', '2018-09-20'];

describe('next-meeting', () => {
  it('shows a planned meeting ahead, checks its roles and notice', () => {
    const meetings = [
      ...rotating(HISTORY),
      meeting('2018-11-20', {
        status: 'planned',
        chair: 'kmd',
        minutes: 'kmd',
        notice_sent: null,
        documents_sent: null,
      }),
    ];
    const next = nextMeeting(agreement(), meetings, '2018-11-08');
    expect(next).toMatchObject({
      source: 'planned',
      meeting: '2018-11-20',
      date: '2018-11-20',
      chair: 'kmd',
      minutes: 'kmd',
      convener: 'kmd',
      notice_by: '2018-11-06',
      documents_by: '2018-11-13',
      in_term: true,
    });
    expect(next.reasons).toContain(
      'by the rotation (turn 4) KS chairs and takes the minutes, but the record says chair: kmd, minutes: kmd: correct it or explain it in rotation_note',
    );
    expect(next.reasons).toContain('the notice should have gone out by 2018-11-06 and is not recorded as sent');
    expect(next.reasons).toContain('the case documents must go out by 2018-11-13');
  });

  it('proposes a date inside a year that still lacks a meeting, spaced after the last one', () => {
    const next = nextMeeting(agreement(), rotating(['2017-11-20', '2018-03-14']), '2018-05-02');
    expect(next).toMatchObject({
      source: 'proposed',
      meeting: null,
      date: '2018-09-14',
      due_by: '2018-12-31',
      chair: 'kmd',
      minutes: 'kmd',
      in_term: true,
    });
    expect(next.reasons).toEqual([
      '2018 has 1 held and 0 planned of the 2 meetings the agreement requires that year (§2); the next is due by 2018-12-31',
      "no meeting is planned ahead; the earliest date with 14 days' notice is 2018-05-16",
      '6 months after the last meeting (2018-03-14) is 2018-09-14',
      'proposed 2018-09-14, a working day',
      'turn 3 in the rotation (together roles, first turn KMD): KMD chairs and takes the minutes',
    ]);
  });

  it('keeps the proposal inside the lacking year when the spacing would pass its end', () => {
    const next = nextMeeting(agreement(), rotating(['2017-11-20', '2018-08-14']), '2018-11-01');
    expect(next).toMatchObject({ date: '2018-11-15', due_by: '2018-12-31', in_term: true });
  });

  it('looks to the next year when this one is complete', () => {
    const extended = agreement({ extensions: [{ year: 2019, decided: '2018-11-15', notice: 'x' }] });
    const next = nextMeeting(extended, rotating(HISTORY), '2018-10-01');
    expect(next).toMatchObject({
      source: 'proposed',
      date: '2019-03-20',
      due_by: '2019-12-31',
      chair: 'ks',
      minutes: 'ks',
      in_term: true,
    });
    expect(next.reasons[0]).toBe('2018 has the 2 meetings the agreement requires (§2) (2 held, 0 planned)');
  });

  it('marks a proposal after the end of the term, with the renew command to run', () => {
    const next = nextMeeting(agreement(), rotating(HISTORY), '2018-10-01');
    expect(next).toMatchObject({ date: '2019-03-20', in_term: false });
    expect(next.reasons.at(-1)).toBe(
      'the agreement ends 2018-12-31: to meet on 2019-03-20, extend it first with partnership renew --year 2019 (§7)',
    );
  });

  it('says a lapsed agreement cannot be renewed, and a terminated one has no more meetings', () => {
    expect(nextMeeting(agreement(), rotating(HISTORY), '2026-11-25')).toMatchObject({
      source: 'none',
      date: null,
      due_by: null,
      in_term: false,
      reasons: [
        'the agreement ran out on 2018-12-31 and was not extended: no meeting is due under it; a lapsed agreement can only be replaced by a new one (§7)',
      ],
    });
    const ended = agreement({ termination: { by: 'ks', notified: '2018-10-01', effective: '2018-11-01' } });
    expect(nextMeeting(ended, rotating(HISTORY), '2018-11-02')).toMatchObject({
      source: 'none',
      reasons: ['the agreement was terminated by KS and ended on 2018-11-01: no meeting is due under it (§7)'],
    });
    const terminated = agreement({
      termination: { by: 'ks', notified: '2018-10-01', effective: '2018-11-01', notice: 'x' },
    });
    const next = nextMeeting(terminated, rotating(HISTORY), '2018-10-05');
    expect(next.in_term).toBe(false);
    expect(next.reasons.at(-1)).toBe(
      'the agreement was terminated by KS with effect from 2018-11-01: there is no meeting under it after that',
    );
  });

  it('gives split roles: one party chairs, the other takes the minutes', () => {
    const split = agreementWithMeetings({ rotation: { roles: 'split', first: 'ks' } });
    expect(nextMeeting(split, [], '2017-09-07')).toMatchObject({ chair: 'ks', minutes: 'kmd' });
    expect(nextMeeting(split, rotating(['2017-11-20']), '2018-01-02')).toMatchObject({ chair: 'kmd', minutes: 'ks' });
  });

  it('gives a cancelled meeting no turn', () => {
    const meetings = [
      ...rotating(['2017-11-20', '2018-03-14']),
      meeting('2018-06-12', { status: 'cancelled', chair: 'kmd', minutes: 'kmd' }),
    ];
    expect(nextMeeting(agreement(), meetings, '2018-06-13')).toMatchObject({ chair: 'kmd', minutes: 'kmd' });
  });

  it.each([
    [
      'skjærtorsdag, langfredag and 2. påskedag',
      '2018-03-15',
      '2018-04-03',
      '2018-03-29 is a public holiday (skjærtorsdag); 2018-03-30 is a public holiday (langfredag); 2018-04-02 is a public holiday (andre påskedag)',
    ],
    ['Kristi himmelfartsdag', '2018-04-26', '2018-05-11', '2018-05-10 is a public holiday (Kristi himmelfartsdag)'],
    ['2. pinsedag', '2018-05-07', '2018-05-22', '2018-05-21 is a public holiday (andre pinsedag)'],
    ['17. mai', '2018-05-03', '2018-05-18', '2018-05-17 is a public holiday (grunnlovsdag 17. mai)'],
    [
      'fellesferie, and deadlines in it',
      '2018-06-25',
      '2018-08-13',
      '2018-07-09 is in fellesferie; 2018-07-10 is in fellesferie; 2018-07-11 is in fellesferie; from 2018-07-30, the notice or the documents would be due in fellesferie or romjul',
    ],
  ])('moves past %s around the earliest possible date', (_, today, expected, skipped) => {
    const next = nextMeeting(agreement(), rotating(['2017-11-20']), today);
    expect(next.date).toBe(expected);
    expect(next.reasons).toContain(
      `proposed ${expected}, the first working day from ${next.reasons.find((reason) => reason.startsWith('no meeting'))?.slice(-10)} (${skipped})`,
    );
  });

  it('moves past romjul into the next year when the year has no working day left', () => {
    const extended = agreement({ extensions: [{ year: 2019, decided: '2018-11-15', notice: 'x' }] });
    const next = nextMeeting(extended, rotating(['2017-11-20', '2018-03-14']), '2018-12-10');
    // 2 January would have its documents due on 2. juledag, moved to 24 December: in romjul too.
    expect(next).toMatchObject({ date: '2019-01-16', due_by: '2018-12-31', in_term: true, notice_by: '2019-01-02' });
    expect(next.reasons).toContain(
      '2018 has no working day left between 2018-12-24 and 2018-12-31 for its missing meeting',
    );
  });

  it('points out a meeting still marked planned after its date', () => {
    const meetings = [
      ...rotating(['2017-11-20']),
      meeting('2018-03-14', { status: 'planned', chair: 'ks', minutes: 'ks' }),
    ];
    expect(nextMeeting(agreement(), meetings, '2018-04-01').reasons[0]).toBe(
      'meeting 2018-03-14 is still "planned" though its date has passed: record it as held or cancelled',
    );
  });
});
