import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../../src/lib/dates.js';
import { earliestMeetingDate, meetingDeadlines, overdue, sentLate } from '../../src/schedule/deadlines.js';
import { isWorkingDay } from '../../src/schedule/holidays.js';
import { agreementWithMeetings } from '../helpers/model.js';

const terms = agreementWithMeetings({ notice_days: 14, documents_days: 7 });

describe("the convener's deadlines", () => {
  it.each([
    ['skjærtorsdag', '2019-05-02', 'notice', '2019-04-18', '2019-04-17'],
    ['17. mai', '2019-05-31', 'notice', '2019-05-17', '2019-05-16'],
    ['Kristi himmelfartsdag', '2019-06-13', 'notice', '2019-05-30', '2019-05-29'],
    ['2. juledag', '2019-01-02', 'documents', '2018-12-26', '2018-12-24'],
    ['a Sunday', '2018-09-23', 'notice', '2018-09-09', '2018-09-07'],
  ])('move from %s to the working day before', (_, meeting, which, onTheDay, moved) => {
    expect(addDays(meeting, which === 'notice' ? -14 : -7)).toBe(onTheDay);
    expect(meetingDeadlines(terms, meeting)[which as 'notice' | 'documents'].dueBy).toBe(moved);
  });

  it('fall on working days, no later than the days ahead require and no earlier than needed (2000–2100)', () => {
    const date = fc
      .record({ year: fc.integer({ min: 2000, max: 2100 }), day: fc.integer({ min: 0, max: 364 }) })
      .map(({ year, day }) => addDays(isoDate(year, 1, 1), day));
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (meeting, noticeDays, documentsDays) => {
          const deadlines = meetingDeadlines(
            agreementWithMeetings({ notice_days: noticeDays, documents_days: documentsDays }),
            meeting,
          );
          for (const { days, dueBy } of [deadlines.notice, deadlines.documents]) {
            const latest = addDays(meeting, -days);
            expect(isWorkingDay(dueBy)).toBe(true);
            expect(dueBy <= latest).toBe(true);
            for (let day = addDays(dueBy, 1); day <= latest; day = addDays(day, 1))
              expect(isWorkingDay(day)).toBe(false);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('leave time for the notice from today: the earliest meeting has its notice due today or later', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 20 }), (offset) => {
        const today = addDays('2017-09-07', offset);
        const earliest = earliestMeetingDate(terms, today);
        expect(meetingDeadlines(terms, earliest).notice.dueBy >= today).toBe(true);
        expect(
          meetingDeadlines(terms, addDays(earliest, -1)).notice.dueBy < today || addDays(earliest, -1) < terms.signed,
        ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('judge late and overdue on the deadline moved to a working day, the day itself on time', () => {
    // 2018-09-20 with 18 days' notice: 2 September is a Sunday, so the notice is due Friday 31 August.
    const { notice } = meetingDeadlines(agreementWithMeetings({ notice_days: 18, documents_days: 7 }), '2018-09-20');
    expect(notice.dueBy).toBe('2018-08-31');
    expect(sentLate(notice, '2018-08-31')).toBe(false);
    expect(sentLate(notice, '2018-09-01')).toBe(true);
    expect(overdue(notice, null, '2018-08-31')).toBe(false);
    expect(overdue(notice, null, '2018-09-01')).toBe(true);
    expect(overdue(notice, '2018-08-30', '2018-09-10')).toBe(false);
  });
});
