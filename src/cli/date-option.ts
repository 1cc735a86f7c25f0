import { CLOCK_TIME, FIRST_YEAR, type IsoDate, isInSupportedYears, isRealDate, LAST_YEAR } from '../lib/dates.js';
import { UsageError } from '../lib/errors.js';
import { clockTimeFrom, isoFromNorwegianDate } from '../lib/norwegian.js';
import { message } from '../messages/catalogue.js';

export function parseDateOption(value: string, name: string): IsoDate {
  if (!isRealDate(value)) {
    const meant = isoFromNorwegianDate(value);
    throw new UsageError(
      message('option/not-a-date', { name, value, meant: meant && isRealDate(meant) ? meant : null }),
    );
  }
  if (!isInSupportedYears(value))
    throw new UsageError(message('option/date-out-of-range', { name, value, first: FIRST_YEAR, last: LAST_YEAR }));
  return value;
}

export function parseYearOption(value: string, name: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new UsageError(message('option/not-a-year', { name, value, first: FIRST_YEAR, last: LAST_YEAR }));
  }
  return year;
}

export function parseTimeOption(value: string, name: string): string {
  if (CLOCK_TIME.test(value)) return value;
  throw new UsageError(message('option/not-a-time', { name, value, meant: clockTimeFrom(value) ?? null }));
}
