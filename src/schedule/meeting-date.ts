/**
 * The search for the next meeting's date, as facts: the year that still lacks a meeting, the earliest
 * day the notice can still go out on time, the spacing after the last meeting, and the first working
 * day from there (preferring one whose deadlines fall outside the avoided periods). What the search
 * found is said in words by `next-meeting-reasons.ts`, never here.
 */

import { addDays, addMonths, endOfYear, type IsoDate, maxDate, minDate, yearOf } from '../lib/dates.js';
import type { Message } from '../messages/catalogue.js';
import type { Agreement } from '../model/schemas.js';
import { yearInForce } from '../term/term.js';
import { deadlinesInAvoidedPeriod, earliestMeetingDate } from './deadlines.js';
import { whyNotAWorkingDay } from './holidays.js';
import { countYear, type MeetingLike, meetingsByYear, type YearCount } from './requirement.js';

/** How many years ahead to look for one that lacks a meeting; planned meetings rarely reach further. */
const YEARS_AHEAD = 10;

export interface DueYear {
  /** The first year from today's that lacks a meeting, counted; undefined when that year is not in force. */
  count: YearCount | undefined;
  year: number;
  dueBy: IsoDate;
  /** The years looked at before it that have the meetings they require, and the lacking one last. */
  counted: YearCount[];
}

export function dueYear(agreement: Agreement, meetings: readonly MeetingLike[], today: IsoDate): DueYear {
  const byYear = meetingsByYear(meetings);
  const counted: YearCount[] = [];
  const first = yearOf(today);
  for (let year = first; year <= first + YEARS_AHEAD; year += 1) {
    const inForce = yearInForce(agreement, year);
    if (!inForce) return { count: undefined, year, dueBy: endOfYear(year), counted };
    const count = countYear(inForce, byYear.get(year) ?? [], today);
    if (count.to < today) continue;
    counted.push(count);
    if (count.missing > 0) return { count, year, dueBy: count.to, counted };
  }
  const year = first + YEARS_AHEAD + 1;
  return { count: undefined, year, dueBy: endOfYear(year), counted };
}

export interface ProposedDate {
  date: IsoDate;
  /** The day the search started from: the earliest, the spacing after the last meeting, within the lacking year. */
  ideal: IsoDate;
  /** The first day a meeting can be held with its notice on time. */
  earliest: IsoDate;
  /** The spacing after the last meeting that takes a turn, when there is one. */
  spacing: { months: number; last: IsoDate; date: IsoDate } | undefined;
  /** The lacking year, when it had no working day left for its meeting. */
  noDayLeftIn: { year: number; from: IsoDate; to: IsoDate } | undefined;
  /** Days passed over that are not working days for a reason other than the weekend (at most three). */
  skipped: Array<{ day: IsoDate; description: Message }>;
  /** From this day on, the notice or the documents would have been due in an avoided period. */
  deadlinesAvoidedFrom: IsoDate | undefined;
}

export function proposeDate(
  agreement: Agreement,
  turns: readonly MeetingLike[],
  today: IsoDate,
  due: DueYear,
): ProposedDate {
  const { per_year } = agreement.meetings;
  const earliest = earliestMeetingDate(agreement, today);
  const last = turns.at(-1);
  const months = Math.max(1, Math.floor(12 / per_year));
  const spacing = last ? { months, last: last.data.date, date: addMonths(last.data.date, months) } : undefined;

  let ideal = maxDate(earliest, spacing?.date ?? earliest);
  let noDayLeftIn: ProposedDate['noDayLeftIn'];
  if (due.count) {
    const window = { from: maxDate(due.count.from, earliest), to: due.count.to };
    // Several meetings still missing in the current year: no time to wait for the spacing.
    const urgent = due.year === yearOf(today) && due.count.missing > 1;
    ideal = urgent ? window.from : maxDate(window.from, minDate(ideal, window.to));
    const inYear =
      firstWorkingDay(agreement, ideal, window.to, true) ??
      firstWorkingDay(agreement, window.from, window.to, true) ??
      firstWorkingDay(agreement, ideal, window.to, false) ??
      firstWorkingDay(agreement, window.from, window.to, false);
    if (inYear) return { ...passedOver(agreement, ideal, inYear), date: inYear, ideal, earliest, spacing, noDayLeftIn };
    noDayLeftIn = { year: due.year, ...window };
    ideal = maxDate(ideal, addDays(window.to, 1));
  }
  const date = (firstWorkingDay(agreement, ideal, addDays(ideal, 366), true) ??
    firstWorkingDay(agreement, ideal, addDays(ideal, 366), false)) as IsoDate;
  return { ...passedOver(agreement, ideal, date), date, ideal, earliest, spacing, noDayLeftIn };
}

/** What lay between the ideal day and the one proposed. */
function passedOver(
  agreement: Agreement,
  ideal: IsoDate,
  date: IsoDate,
): Pick<ProposedDate, 'skipped' | 'deadlinesAvoidedFrom'> {
  const { avoid } = agreement.meetings;
  const skipped: ProposedDate['skipped'] = [];
  let deadlinesAvoidedFrom: IsoDate | undefined;
  for (let day = ideal; day < date; day = addDays(day, 1)) {
    const why = whyNotAWorkingDay(day, avoid);
    if (why && why.kind !== 'weekend' && skipped.length < 3) skipped.push({ day, description: why.description });
    if (!why && deadlinesInAvoidedPeriod(agreement, day)) deadlinesAvoidedFrom ??= day;
  }
  return { skipped, deadlinesAvoidedFrom };
}

/** The first day a meeting can be held, preferring (when `spareDeadlines`) one whose deadlines are not in an avoided period. */
function firstWorkingDay(
  agreement: Agreement,
  from: IsoDate,
  to: IsoDate,
  spareDeadlines: boolean,
): IsoDate | undefined {
  const { avoid } = agreement.meetings;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (!whyNotAWorkingDay(day, avoid) && !(spareDeadlines && deadlinesInAvoidedPeriod(agreement, day))) return day;
  }
  return undefined;
}
