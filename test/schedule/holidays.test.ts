import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { say } from '../../src/messages/catalogue.js';
import type { AvoidablePeriod } from '../../src/model/schemas.js';
import { easterSunday, inPeriod, publicHolidays, whyNotAWorkingDay as why } from '../../src/schedule/holidays.js';

/** Why a day is no working day, in the English words messages give it. */
function whyNotAWorkingDay(date: string, avoid: readonly AvoidablePeriod[]) {
  const reason = why(date, avoid);
  return reason && { ...reason, description: say(reason.description, 'en') };
}

describe('Norwegian public holidays', () => {
  it('agree with date-holidays on every public holiday, every year from 1990 to 2100 and every seventh from 1900 to 2200', () => {
    const reference = new Holidays('NO');
    // Every year a record is likely to hold, and a sample across the rest (Easter repeats only every 5.7 million years).
    const years = new Set<number>();
    for (let year = 1990; year <= 2100; year += 1) years.add(year);
    for (let year = 1900; year <= 2200; year += 7) years.add(year);
    years.add(1913).add(2008).add(2200);
    for (const year of years) {
      // A set of dates: in 1913 and 2008, Kristi himmelfartsdag fell on 1 May.
      const theirs = new Set(
        reference
          .getHolidays(year)
          .filter((holiday) => holiday.type === 'public')
          .map((holiday) => holiday.date.slice(0, 10)),
      );
      expect(new Set(publicHolidays(year).keys()), String(year)).toEqual(theirs);
    }
  });

  it('puts Easter where the tables do', () => {
    expect(['1900', '2018', '2019', '2038', '2200'].map((year) => easterSunday(Number(year)))).toEqual([
      '1900-04-15',
      '2018-04-01',
      '2019-04-21',
      '2038-04-25',
      '2200-04-06',
    ]);
  });

  it('names why a day is not a working day', () => {
    expect(whyNotAWorkingDay('2018-03-29', [])).toEqual({
      kind: 'holiday',
      description: 'a public holiday (skjærtorsdag)',
    });
    expect(whyNotAWorkingDay('2018-05-17', [])).toEqual({
      kind: 'holiday',
      description: 'a public holiday (grunnlovsdag 17. mai)',
    });
    expect(whyNotAWorkingDay('2018-06-02', [])).toEqual({ kind: 'weekend', description: 'a Saturday' });
    expect(whyNotAWorkingDay('2018-07-16', ['fellesferie'])).toEqual({
      kind: 'avoided',
      description: 'in fellesferie',
    });
    expect(whyNotAWorkingDay('2018-07-16', [])).toBeUndefined();
    expect(whyNotAWorkingDay('2018-12-27', ['romjul'])).toEqual({ kind: 'avoided', description: 'in romjul' });
  });

  it('takes fellesferie as ISO weeks 28–30 and romjul as 24 December – 1 January', () => {
    expect(inPeriod('2018-07-08', 'fellesferie')).toBe(false);
    expect(inPeriod('2018-07-09', 'fellesferie')).toBe(true);
    expect(inPeriod('2018-07-29', 'fellesferie')).toBe(true);
    expect(inPeriod('2018-07-30', 'fellesferie')).toBe(false);
    // In 2021 week 30 ended on Sunday 1 August: fellesferie is the weeks, not the month.
    expect(inPeriod('2021-08-01', 'fellesferie')).toBe(true);
    expect(inPeriod('2021-08-02', 'fellesferie')).toBe(false);
    expect(inPeriod('2021-07-11', 'fellesferie')).toBe(false);
    expect(inPeriod('2021-07-12', 'fellesferie')).toBe(true);
    expect(inPeriod('2018-12-23', 'romjul')).toBe(false);
    expect(inPeriod('2018-12-24', 'romjul')).toBe(true);
    expect(inPeriod('2019-01-01', 'romjul')).toBe(true);
    expect(inPeriod('2019-01-02', 'romjul')).toBe(false);
  });

  it('takes påske from palmesøndag to 2. påskedag, each year as Easter falls', () => {
    // Easter Sunday 2025 is 20 April, 2026 is 5 April.
    expect(
      ['2025-04-12', '2025-04-13', '2025-04-16', '2025-04-21', '2025-04-22'].map((day) => inPeriod(day, 'påske')),
    ).toEqual([false, true, true, true, false]);
    expect(inPeriod('2026-03-30', 'påske')).toBe(true);
    expect(whyNotAWorkingDay('2025-04-15', ['påske'])).toEqual({ kind: 'avoided', description: 'in påske' });
  });

  it("takes the parties' own periods, by ISO weeks or by days of the year that may run into January", () => {
    const vinterferie = { name: 'vinterferie', weeks: [8] };
    expect(inPeriod('2025-02-17', vinterferie)).toBe(true);
    expect(inPeriod('2025-02-24', vinterferie)).toBe(false);
    const hostferie = { name: 'høstferie', from: '09-29', to: '10-03' };
    expect(['2025-09-28', '2025-09-29', '2025-10-03', '2025-10-04'].map((day) => inPeriod(day, hostferie))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    const aroundNewYear = { name: 'nyttår', from: '12-30', to: '01-03' };
    expect(['2025-12-29', '2025-12-31', '2026-01-03', '2026-01-04'].map((day) => inPeriod(day, aroundNewYear))).toEqual(
      [false, true, true, false],
    );
    expect(whyNotAWorkingDay('2025-02-18', [vinterferie])).toEqual({ kind: 'avoided', description: 'in vinterferie' });
  });
});
