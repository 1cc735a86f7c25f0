/**
 * The convener's deadlines before a meeting: the notice (innkalling) and the
 * case documents go out `notice_days` and `documents_days` ahead, and a
 * deadline that would fall on a weekend or public holiday moves to the working
 * day before. Every rule, command, calendar and document asks here, so none
 * can disagree.
 */
import { addDays, type IsoDate, maxDate } from '../lib/dates.js';
import type { Agreement } from '../model/schemas.js';
import { inPeriod, workingDayOnOrBefore } from './holidays.js';

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
    notice: { field: 'notice_sent', days: notice_days, dueBy: workingDayOnOrBefore(addDays(date, -notice_days)) },
    documents: {
      field: 'documents_sent',
      days: documents_days,
      dueBy: workingDayOnOrBefore(addDays(date, -documents_days)),
    },
  };
}

/**
 * Whether what a deadline asks for went out late: after the deadline, moved to a working day. The one
 * judgement of "late" that the rules, next-meeting and the evaluation report share.
 */
export function sentLate(deadline: Deadline, sent: IsoDate): boolean {
  return sent > deadline.dueBy;
}

/** Whether a deadline has passed with nothing recorded as sent. */
export function overdue(deadline: Deadline, sent: IsoDate | null, today: IsoDate): boolean {
  return sent === null && today > deadline.dueBy;
}

/**
 * The first day a meeting can be held with its notice still to go out on time (the deadline, moved to
 * a working day, is today or later), and never before signing.
 */
export function earliestMeetingDate(agreement: Pick<Agreement, 'meetings' | 'signed'>, today: IsoDate): IsoDate {
  let date = addDays(today, agreement.meetings.notice_days);
  while (meetingDeadlines(agreement, date).notice.dueBy < today) date = addDays(date, 1);
  return maxDate(date, agreement.signed);
}

/** Whether a meeting's deadlines fall in a period the agreement avoids (fellesferie, romjul): worth avoiding if another date will do. */
export function deadlinesInAvoidedPeriod(agreement: Pick<Agreement, 'meetings'>, date: IsoDate): boolean {
  const { notice, documents } = meetingDeadlines(agreement, date);
  return agreement.meetings.avoid.some((period) => inPeriod(notice.dueBy, period) || inPeriod(documents.dueBy, period));
}
