/** The agreement's term (§7): when it is in force, and what a notice does to it. */
import { daysBetween, endOfYear, type IsoDate, maxDate, minDate, startOfYear, yearOf } from '../lib/dates.js';
import type { Agreement } from '../model/schemas.js';

/** The last day an extension covers: it starts with its year and runs `extension_years` years. */
export function extensionEnd(agreement: Pick<Agreement, 'term'>, year: number): IsoDate {
  return endOfYear(year + agreement.term.extension_years - 1);
}

/** The end of the term including recorded extensions, ignoring any termination. */
export function extendedEnd(agreement: Pick<Agreement, 'term' | 'extensions'>): IsoDate {
  return agreement.extensions.reduce(
    (end, extension) => maxDate(end, extensionEnd(agreement, extension.year)),
    agreement.term.end,
  );
}

/** The last day the agreement is in force: the extended end, or the termination's effective date if earlier. */
export function lastDayInForce(agreement: Agreement): IsoDate {
  const end = extendedEnd(agreement);
  return agreement.termination ? minDate(end, agreement.termination.effective) : end;
}

/** The term as the answers give it (status, the portfolio, the report, the site's data): its last day, the extensions and a termination. */
export function termFacts(agreement: Agreement) {
  const { termination } = agreement;
  return {
    last_day: lastDayInForce(agreement),
    extensions: agreement.extensions.map(({ year, decided }) => ({ year, decided })),
    termination: termination
      ? { by: termination.by, notified: termination.notified, effective: termination.effective }
      : null,
  };
}

export function isInForce(agreement: Agreement, date: IsoDate): boolean {
  return date >= agreement.signed && date <= lastDayInForce(agreement);
}

export interface YearInForce {
  year: number;
  from: IsoDate;
  to: IsoDate;
  /** The yearly minimum for this year: per_year, pro rata for a part year, rounded to the nearest whole meeting. */
  required: number;
}

/** The part of a calendar year the agreement is in force, or undefined when it is not in force that year. */
export function yearInForce(agreement: Agreement, year: number): YearInForce | undefined {
  const from = maxDate(agreement.signed, startOfYear(year));
  const to = minDate(lastDayInForce(agreement), endOfYear(year));
  if (from > to) return undefined;
  const daysInYear = daysBetween(startOfYear(year), endOfYear(year)) + 1;
  const daysInForce = daysBetween(from, to) + 1;
  // Rounded to the nearest whole meeting: a stub of a few days needs none, a third of a year one of two.
  return { year, from, to, required: Math.round((agreement.meetings.per_year * daysInForce) / daysInYear) };
}

export function yearsInForce(agreement: Agreement, untilYear = Infinity): YearInForce[] {
  const years: YearInForce[] = [];
  const last = Math.min(yearOf(lastDayInForce(agreement)), untilYear);
  for (let year = yearOf(agreement.signed); year <= last; year += 1) {
    const inForce = yearInForce(agreement, year);
    if (inForce) years.push(inForce);
  }
  return years;
}
