/** §2's yearly minimum, counted the same way by the meetings-per-year rule and the scheduler. */
import { type IsoDate, yearOf } from '../lib/dates.js';
import { groupBy } from '../lib/group-by.js';
import type { Agreement, Meeting } from '../model/schemas.js';
import type { YearInForce } from '../term/term.js';
import { earliestMeetingDate } from './deadlines.js';
import { workingDays } from './holidays.js';

export interface MeetingLike {
  id: string;
  data: Meeting;
}

export interface YearCount extends YearInForce {
  held: number;
  /** Meetings ahead: planned ones from today, and any recorded as held after today (asking "what if" with --today). */
  planned: number;
  /** How many more meetings §2 requires this year beyond those held and planned. */
  missing: number;
}

export function countYear(year: YearInForce, meetingsThatYear: readonly MeetingLike[], today: IsoDate): YearCount {
  let held = 0;
  let planned = 0;
  for (const { data } of meetingsThatYear) {
    if (data.date < year.from || data.date > year.to) continue;
    if (data.status === 'held' && data.date <= today) held += 1;
    else if (data.status !== 'cancelled' && data.date >= today) planned += 1;
  }
  return { ...year, held, planned, missing: Math.max(0, year.required - held - planned) };
}

export function meetingsByYear<T extends MeetingLike>(meetings: readonly T[]): Map<number, T[]> {
  return groupBy(meetings, (meeting) => yearOf(meeting.data.date));
}

/** Whether `count` more meetings fit on working days between the earliest date and the end of the year in force. */
export function stillPossible(agreement: Agreement, year: YearInForce, today: IsoDate, count: number): boolean {
  return workingDays(earliestMeetingDate(agreement, today), year.to, agreement.meetings.avoid, count).length >= count;
}
