/** Oslo's wall-clock times as instants, by the summer-time rule, against the time-zone database. */
import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { osloInstant } from '../../src/schedule/ics.js';

const database = (date: string, time: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, 'Europe/Oslo').getTime()).toISOString();
};

describe('osloInstant', () => {
  it('agrees with the time-zone database on every day and minute, 1990–2100, the clock-change nights included', () => {
    const days = fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true });
    const changeNights = fc
      .integer({ min: 1996, max: 2100 })
      .chain((year) =>
        fc
          .constantFrom(`${year}-03`, `${year}-10`)
          .chain((month) => fc.integer({ min: 24, max: 31 }).map((day) => `${month}-${String(day).padStart(2, '0')}`)),
      );
    const date = fc.oneof(
      days.map((day) => day.toISOString().slice(0, 10)),
      changeNights,
    );
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([hours, minutes]) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);
    fc.assert(
      fc.property(date, time, (day, clock) => {
        expect(osloInstant(day, clock).toISOString(), `${day} ${clock}`).toBe(database(day, clock));
      }),
      { numRuns: 3_000 },
    );
  });

  it('on the nights the clocks change: the skipped and the repeated hour as winter time, the edges on each side', () => {
    expect(osloInstant('2019-03-31', '01:59').toISOString()).toBe('2019-03-31T00:59:00.000Z');
    expect(osloInstant('2019-03-31', '02:30').toISOString()).toBe('2019-03-31T01:30:00.000Z');
    expect(osloInstant('2019-03-31', '03:00').toISOString()).toBe('2019-03-31T01:00:00.000Z');
    expect(osloInstant('2019-10-27', '01:59').toISOString()).toBe('2019-10-26T23:59:00.000Z');
    expect(osloInstant('2019-10-27', '02:00').toISOString()).toBe('2019-10-27T01:00:00.000Z');
    expect(osloInstant('2019-10-27', '03:00').toISOString()).toBe('2019-10-27T02:00:00.000Z');
  });
});
