/**
 * What the secretariat must do, and by when: every duty the agreement and its records set, with its
 * date, its clause and the command that settles it. `remind` lists those coming due and overdue; the
 * dates are the ones status, the calendar and the rules compute, asked for here from the same homes
 * (the meeting deadlines, the renewal outlook, the notice rule, the year's requirement).
 */
import { addDays, addMonths, type IsoDate, yearOf } from '../lib/dates.js';
import type { Agreement, AnnualPlan, ClauseTopic } from '../model/schemas.js';
import { renewalOutlook } from '../term/outlook.js';
import { extendedEnd, isInForce, yearInForce } from '../term/term.js';
import { noticePeriodEnd } from '../term/termination.js';
import { isAhead } from './ahead.js';
import { meetingDeadlines } from './deadlines.js';
import { nextMeeting } from './next-meeting.js';
import { countYear, type MeetingLike, meetingsByYear } from './requirement.js';

export const DUTY_KINDS = [
  'notice',
  'documents',
  'minutes-approval',
  'action',
  'obligation',
  'annual-plan',
  'meetings-short',
  'renewal-decision',
  'last-notice-day',
  'evaluation',
] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

export interface Duty {
  /** Stable across runs: the same duty keeps its key while the records change around it. */
  key: string;
  kind: DutyKind;
  /** The day it is due by. */
  date: IsoDate;
  /** The agreement's clause the duty comes from, by topic; the obligation's own clause for an obligation. */
  clause: { topic: ClauseTopic } | { number: string } | null;
  /** What it is about: a meeting's id, an action's text, an obligation's id, a year. */
  subject: string;
  /** What settles it: a command to run, a field to fill in a record, or both. */
  settle: Settle;
  overdue: boolean;
}

export interface Settle {
  command: string | null;
  /** The record's field that says it is done, and the file it is in. */
  field: string | null;
  file: string | null;
}

const run = (command: string): Settle => ({ command, field: null, file: null });
const fill = (field: string, file: string, command: string | null = null): Settle => ({ command, field, file });

export interface DutyRecords {
  agreement: Agreement;
  meetings: readonly MeetingLike[];
  annualPlans: ReadonlyArray<{ data: AnnualPlan }>;
}

/**
 * The last day a notice can be received and still end the agreement before its term runs out: later,
 * the term ends first, and a notice changes nothing.
 */
export function lastDayToGiveNotice(agreement: Agreement): IsoDate {
  const end = extendedEnd(agreement);
  let day = addMonths(end, -agreement.term.notice_months);
  while (noticePeriodEnd(day, agreement.term.notice_months, agreement.term.notice_rule) >= end) day = addDays(day, -1);
  while (noticePeriodEnd(addDays(day, 1), agreement.term.notice_months, agreement.term.notice_rule) < end)
    day = addDays(day, 1);
  return day;
}

/** Every duty the records leave open on `today`, in date order: overdue ones first, as their dates are earlier. */
export function duties({ agreement, meetings, annualPlans }: DutyRecords, today: IsoDate): Duty[] {
  const result: Duty[] = [];
  const add = (duty: Omit<Duty, 'overdue'>) => result.push({ ...duty, overdue: duty.date < today });
  const meetingClause = { topic: 'meetings' } as const;

  for (const meeting of meetings) {
    const { data } = meeting;
    if (data.status === 'planned' && isAhead(data, today)) {
      const { notice, documents } = meetingDeadlines(agreement, data.date);
      if (data.notice_sent === null)
        add({
          key: `notice-${meeting.id}`,
          kind: 'notice',
          date: notice.dueBy,
          clause: meetingClause,
          subject: meeting.id,
          settle: fill('notice_sent', `meetings/${meeting.id}.md`, `partnership render agenda ${meeting.id}`),
        });
      if (data.documents_sent === null)
        add({
          key: `documents-${meeting.id}`,
          kind: 'documents',
          date: documents.dueBy,
          clause: meetingClause,
          subject: meeting.id,
          settle: fill('documents_sent', `meetings/${meeting.id}.md`),
        });
    }
    if (data.status === 'held' && data.minutes_approved === null && data.date <= today)
      add({
        key: `minutes-${meeting.id}`,
        kind: 'minutes-approval',
        // The referat is approved at the latest in the next meeting; until one is planned, from the day it was held.
        date: nextMeetingAfter(meetings, data.date) ?? data.date,
        clause: meetingClause,
        subject: meeting.id,
        settle: run(`partnership approve ${meeting.id}`),
      });
    data.actions.forEach((action, index) => {
      if (action.done !== null) return;
      const due = action.rescheduled?.due ?? action.due;
      if (due === null) return;
      add({
        key: `action-${meeting.id}-${index + 1}`,
        kind: 'action',
        date: due,
        clause: meetingClause,
        subject: action.text,
        settle: fill(`actions[${index}].done`, `meetings/${meeting.id}.md`),
      });
    });
  }

  for (const obligation of agreement.obligations)
    if (obligation.done === null)
      add({
        key: `obligation-${obligation.id}`,
        kind: 'obligation',
        date: obligation.due,
        clause: { number: obligation.clause },
        subject: obligation.text,
        settle: fill(`obligations.${obligation.id}.done`, 'agreement/agreement.md'),
      });

  const year = yearOf(today);
  const inForce = yearInForce(agreement, year);
  const next = nextMeeting(agreement, meetings, today);
  if (inForce) {
    const plan = annualPlans.find((candidate) => candidate.data.year === year);
    // The annual plan is optional (§2), so it is a duty only once begun: a draft to adopt, by the next meeting.
    if (plan?.data.status === 'draft' && next.date !== null)
      add({
        key: `annual-plan-${year}`,
        kind: 'annual-plan',
        date: next.date,
        clause: meetingClause,
        subject: String(year),
        settle: fill('status: adopted, adopted_in', `annual-plans/${year}.md`),
      });
    const count = countYear(inForce, meetingsByYear(meetings).get(year) ?? [], today);
    if (count.held + count.planned < count.required && next.due_by !== null && isInForce(agreement, next.due_by))
      add({
        key: `meetings-${year}`,
        kind: 'meetings-short',
        date: next.due_by,
        clause: meetingClause,
        subject: String(year),
        settle: run('partnership new meeting'),
      });
  }

  const outlook = renewalOutlook(agreement, today);
  if (outlook.kind === 'extendable') {
    add({
      key: `renewal-${outlook.year}`,
      kind: 'renewal-decision',
      date: outlook.decideBy,
      clause: { topic: 'term' },
      subject: String(outlook.year),
      settle: run(`partnership renew --year ${outlook.year}`),
    });
    const lastNotice = lastDayToGiveNotice(agreement);
    if (lastNotice >= today)
      add({
        key: `last-notice-${extendedEnd(agreement)}`,
        kind: 'last-notice-day',
        date: lastNotice,
        clause: { topic: 'term' },
        subject: extendedEnd(agreement),
        settle: run('partnership terminate --by PARTY --notified DATE'),
      });
  }
  if (agreement.evaluation.completed === null && agreement.termination === null)
    add({
      key: 'evaluation',
      kind: 'evaluation',
      date: agreement.evaluation.due,
      clause: { topic: 'evaluation' },
      subject: agreement.evaluation.due,
      settle: fill('evaluation.completed', 'agreement/agreement.md', 'partnership report'),
    });
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : 1));
}

/** The duties due by `today + within` days, and every one overdue. */
export function dutiesWithin(all: readonly Duty[], today: IsoDate, within: number): Duty[] {
  const until = addDays(today, within);
  return all.filter((duty) => duty.date <= until);
}

function nextMeetingAfter(meetings: readonly MeetingLike[], date: IsoDate): IsoDate | undefined {
  return meetings
    .filter((meeting) => meeting.data.status !== 'cancelled' && meeting.data.date > date)
    .map((meeting) => meeting.data.date)
    .sort()[0];
}
