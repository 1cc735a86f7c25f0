import { FIRST_YEAR, type IsoDate, isInSupportedYears, isRealDate, LAST_YEAR } from '../lib/dates.js';
import { UsageError } from '../lib/errors.js';

export function parseDateOption(value: string, name: string): IsoDate {
  if (!isRealDate(value)) throw new UsageError(`${name} must be a real date written as YYYY-MM-DD, not "${value}"`);
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
