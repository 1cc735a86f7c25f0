import { type IsoDate, isRealDate } from '../lib/dates.js';
import { UsageError } from '../lib/errors.js';

export function parseDateOption(value: string, name: string): IsoDate {
  if (!isRealDate(value)) throw new UsageError(`${name} must be a real date written as YYYY-MM-DD, not "${value}"`);
  return value;
}
