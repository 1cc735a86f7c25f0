import { CLOCK_TIME, FIRST_YEAR, type IsoDate, isInSupportedYears, isRealDate, LAST_YEAR } from '../lib/dates.js';
import { UsageError } from '../lib/errors.js';
import { clockTimeFrom, isoFromNorwegianDate } from '../lib/norwegian.js';

export function parseDateOption(value: string, name: string): IsoDate {
  if (!isRealDate(value)) {
    const meant = isoFromNorwegianDate(value);
    const hint = meant && isRealDate(meant) ? `: did you mean ${name} ${meant}?` : '';
    throw new UsageError(`${name} must be a real date written as YYYY-MM-DD, not "${value}"${hint}`);
  }
  if (!isInSupportedYears(value))
    throw new UsageError(`${name} must be a date in the years ${FIRST_YEAR}–${LAST_YEAR}, not "${value}"`);
  return value;
}

export function parseYearOption(value: string, name: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new UsageError(`${name} must be a year from ${FIRST_YEAR} to ${LAST_YEAR}, such as 2019, not "${value}"`);
  }
  return year;
}

export function parseTimeOption(value: string, name: string): string {
  if (CLOCK_TIME.test(value)) return value;
  const meant = clockTimeFrom(value);
  throw new UsageError(
    `${name} takes a time as HH:MM, e.g. 10:00, not "${value}"${meant ? `: did you mean ${name} ${meant}?` : ''}`,
  );
}
