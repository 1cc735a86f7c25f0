import { TZDate } from '@date-fns/tz';
import { addMonths as dateFnsAddMonths } from 'date-fns/addMonths';
import { getISOWeek } from 'date-fns/getISOWeek';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  endOfMonth,
  FIRST_YEAR,
  isoDate,
  isoWeek,
  isoWeekday,
  isRealDate,
  LAST_YEAR,
  osloDate,
} from '../../src/lib/dates.js';
import { AVOIDABLE_PERIODS } from '../../src/model/schemas.js';
import { earliestMeetingDate } from '../../src/schedule/deadlines.js';
import { whyNotAWorkingDay, workingDays } from '../../src/schedule/holidays.js';
import { nextMeeting } from '../../src/schedule/next-meeting.js';
import { countYear } from '../../src/schedule/requirement.js';
import { rolesForTurn } from '../../src/schedule/rotation.js';
import { lastDayInForce, yearInForce } from '../../src/term/term.js';
import { noticePeriodEnd } from '../../src/term/termination.js';
import { agreement, meeting } from '../helpers/model.js';

const dayIn = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((offset) => addDays(from, offset));

const agreementArbitrary = fc
  .record({
    per_year: fc.integer({ min: 1, max: 4 }),
    roles: fc.constantFrom('together', 'split'),
    first: fc.constantFrom('kmd', 'ks'),
    notice_days: fc.integer({ min: 0, max: 30 }),
    avoid: fc.subarray([
      ...AVOIDABLE_PERIODS,
      { name: 'vinterferie', weeks: [8, 9] },
      { name: 'høstferie', from: '09-29', to: '10-10' },
    ]),
    extensionYears: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ per_year, roles, first, notice_days, avoid, extensionYears }) =>
    agreement({
      meetings: {
        per_year,
        level: 'administrative',
        convener: 'kmd',
        rotation: { roles, first },
        notice_days,
        documents_days: Math.floor(notice_days / 2),
        avoid,
      },
      extensions: Array.from({ length: extensionYears }, (_, index) => ({
        year: 2019 + index,
        decided: `${2018 + index}-11-15`,
        notice: 'x',
      })),
    }),
  );

const meetingsArbitrary = fc
  .uniqueArray(
    fc.record({ date: dayIn('2017-09-07', 365 * 5), status: fc.constantFrom('held', 'held', 'planned', 'cancelled') }),
    {
      maxLength: 10,
      selector: (entry) => entry.date,
    },
  )
  .map((entries) =>
    entries.sort((a, b) => a.date.localeCompare(b.date)).map(({ date, status }) => meeting(date, { status })),
  );

const todayArbitrary = dayIn('2017-01-01', 365 * 6);

describe('the scheduler, over random records and todays', () => {
  it('proposes a working day, never inside the notice period, inside the lacking year when it can, for the party whose turn it is', () => {
    fc.assert(
      fc.property(agreementArbitrary, meetingsArbitrary, todayArbitrary, (terms, meetings, today) => {
        const next = nextMeeting(terms, meetings, today);
        expect(nextMeeting(terms, meetings, today), 'deterministic').toEqual(next);
        const turns = meetings.filter((candidate) => candidate.data.status !== 'cancelled');
        const ahead = turns.find(
          (candidate) =>
            candidate.data.date > today || (candidate.data.date === today && candidate.data.status === 'planned'),
        );
        if (ahead) {
          expect(next).toMatchObject({ source: 'planned', meeting: ahead.id, date: ahead.data.date });
          return;
        }
        if (today > lastDayInForce(terms)) {
          expect(next).toMatchObject({ source: 'none', date: null, in_term: false });
          return;
        }
        if (next.source !== 'proposed') throw new Error(`expected a proposal, got ${next.source}`);
        expect(whyNotAWorkingDay(next.date, terms.meetings.avoid)).toBeUndefined();
        const earliest = earliestMeetingDate(terms, today);
        expect(next.date >= earliest).toBe(true);
        expect({ chair: next.chair, minutes: next.minutes }).toEqual(rolesForTurn(terms, turns.length));

        const year = Number(today.slice(0, 4));
        const inForce = yearInForce(terms, year);
        const count =
          inForce &&
          countYear(
            inForce,
            meetings.filter((candidate) => candidate.data.date.startsWith(String(year))),
            today,
          );
        if (
          count &&
          count.to >= today &&
          count.missing > 0 &&
          workingDays(earliest, count.to, terms.meetings.avoid, 1).length > 0
        ) {
          expect(next.date <= count.to, `a day in ${year} still works`).toBe(true);
          expect(next.due_by).toBe(count.to);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('rotation', () => {
  it('alternates between two parties; split roles never give both to one party', () => {
    fc.assert(
      fc.property(agreementArbitrary, fc.nat(200), (terms, turn) => {
        const roles = rolesForTurn(terms, turn);
        const following = rolesForTurn(terms, turn + 1);
        expect(following.chair).not.toBe(roles.chair);
        expect(rolesForTurn(terms, turn + 2)).toEqual(roles);
        if (terms.meetings.rotation.roles === 'together') expect(roles.minutes).toBe(roles.chair);
        else expect(roles.minutes).toBe(following.chair);
      }),
    );
  });
});

describe('date arithmetic', () => {
  const anyDate = dayIn('1990-01-01', 365 * 60);

  it("same-date notice: the same day N months later, or that month's last day", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 24 }), (notified, months) => {
        const effective = noticePeriodEnd(notified, months, 'same-date');
        const [year, month, day] = notified.split('-').map(Number) as [number, number, number];
        const targetYear = year + Math.floor((month - 1 + months) / 12);
        const targetMonth = ((month - 1 + months) % 12) + 1;
        expect(effective).toBe(isoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth))));
      }),
    );
  });

  it('end-of-month notice: the last day of the Nth month after receipt', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 24 }), (notified, months) => {
        const effective = noticePeriodEnd(notified, months, 'end-of-month');
        const sameDate = noticePeriodEnd(notified, months, 'same-date');
        expect(effective.slice(0, 7)).toBe(sameDate.slice(0, 7));
        expect(addDays(effective, 1).endsWith('-01')).toBe(true);
      }),
    );
  });

  it("adding days, counting days between and the weekday agree with JavaScript's calendar, in every supported year", () => {
    const supported = dayIn(`${FIRST_YEAR}-01-01`, daysBetween(`${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`));
    fc.assert(
      fc.property(supported, fc.integer({ min: -800, max: 800 }), (date, days) => {
        const [year, month, day] = date.split('-').map(Number) as [number, number, number];
        const expected = new Date(Date.UTC(2000, 0, 1));
        expected.setUTCFullYear(year, month - 1, day + days);
        const moved = addDays(date, days);
        expect(moved).toBe(isoDate(expected.getUTCFullYear(), expected.getUTCMonth() + 1, expected.getUTCDate()));
        expect(daysBetween(date, moved)).toBe(days);
        expect(isoWeekday(moved)).toBe(expected.getUTCDay() === 0 ? 7 : expected.getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });

  it('months added, the end of a month and the ISO week agree with date-fns, in every supported year', () => {
    const supported = dayIn(`${FIRST_YEAR}-01-01`, daysBetween(`${FIRST_YEAR}-01-01`, `${LAST_YEAR - 3}-12-31`));
    const local = (date: string) => {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      const value = new Date(2000, 0, 1);
      value.setFullYear(year, month - 1, day);
      return value;
    };
    const iso = (value: Date) => isoDate(value.getFullYear(), value.getMonth() + 1, value.getDate());
    fc.assert(
      fc.property(supported, fc.integer({ min: -40, max: 40 }), (date, months) => {
        expect(addMonths(date, months)).toBe(iso(dateFnsAddMonths(local(date), months)));
        expect(endOfMonth(date)).toBe(iso(lastDayOfMonth(local(date))));
        expect(isoWeek(date)).toBe(getISOWeek(local(date)));
      }),
      { numRuns: 2000 },
    );
  });

  it('the Oslo date of any instant agrees with @date-fns/tz', () => {
    const instants = fc.oneof(
      fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
      // The hours around Oslo's midnight, where the UTC date and Oslo's differ or are about to.
      fc
        .tuple(fc.integer({ min: 0, max: 130 * 365 }), fc.integer({ min: 20 * 60, max: 24 * 60 - 1 }))
        .map(([day, minute]) => new Date(Date.UTC(1970, 0, 1 + day, 0, minute))),
    );
    fc.assert(
      fc.property(instants, (instant) => {
        const oslo = new TZDate(instant.getTime(), 'Europe/Oslo');
        expect(osloDate(instant)).toBe(isoDate(oslo.getFullYear(), oslo.getMonth() + 1, oslo.getDate()));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('calendar dates', () => {
  it("are real exactly when JavaScript's calendar has them", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const date = new Date(Date.UTC(2000, 0, 1));
          date.setUTCFullYear(year, month - 1, day);
          const exists =
            date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          expect(isRealDate(isoDate(year, month, day))).toBe(exists);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
