/**
 * The convener's deadlines before a meeting: the notice (innkalling) and the
 * case documents go out `notice_days` and `documents_days` ahead. Every rule,
 * command, calendar and document asks here, so none can disagree.
 */
import { addDays, type IsoDate, maxDate } from '../lib/dates.js';
import type { Agreement } from '../model/schemas.js';

export interface Deadline {
  /** The meeting's field that records when it went out. */
  field: 'notice_sent' | 'documents_sent';
  /** How many days before the meeting, as the agreement sets it. */
  days: number;
  dueBy: IsoDate;
}

export interface MeetingDeadlines {
  notice: Deadline;
  documents: Deadline;
}

export function meetingDeadlines(agreement: Pick<Agreement, 'meetings'>, date: IsoDate): MeetingDeadlines {
  const { notice_days, documents_days } = agreement.meetings;
  return {
    notice: { field: 'notice_sent', days: notice_days, dueBy: addDays(date, -notice_days) },
    documents: { field: 'documents_sent', days: documents_days, dueBy: addDays(date, -documents_days) },
  };
}

/** The first day a meeting can be held with the notice period respected, from today and never before signing. */
export function earliestMeetingDate(agreement: Pick<Agreement, 'meetings' | 'signed'>, today: IsoDate): IsoDate {
  return maxDate(addDays(today, agreement.meetings.notice_days), agreement.signed);
}
