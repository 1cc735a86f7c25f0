/**
 * Every upcoming date a secretariat must not miss, as plain calendar entries
 * with stable ids, so that re-importing a calendar updates rather than duplicates.
 */

import { compareText } from '../lib/compare.js';
import { type IsoDate, yearOf } from '../lib/dates.js';
import { norwegianDate } from '../lib/norwegian.js';
import { WORDS } from '../messages/words.js';
import { clauseNumber } from '../model/clauses.js';
import { partiesOn, partyShortName } from '../model/parties.js';
import type { Agreement } from '../model/schemas.js';
import { renewalOutlook } from '../term/outlook.js';
import { extendedEnd, isInForce } from '../term/term.js';
import { isAhead } from './ahead.js';
import { meetingDeadlines } from './deadlines.js';
import { DEFAULT_MEETING_TIME } from './meeting-time.js';
import type { NextMeeting, NextMeetingAnswer } from './next-meeting.js';
import type { MeetingLike } from './requirement.js';

export interface CalendarEntry {
  /** Stable across runs: the same entry keeps its id as the records change, a meeting even when it moves. */
  uid: string;
  /** A meeting's standing: planned, only proposed, or cancelled (kept so calendars remove it); null for a deadline. */
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED' | null;
  /** Higher each time the record behind it changed, from the repository's history: calendars take the newest. */
  sequence: number;
  /** Reminders, in days before. */
  reminders: readonly number[];
  date: IsoDate;
  /** A local Oslo time for a meeting; all-day otherwise. */
  time: string | null;
  /** When a meeting ends, if its record says; calendars otherwise show it two hours long. */
  end: string | null;
  summary: string;
  location: string | null;
  description: string | null;
}

function uidFor(agreement: Agreement, key: string): string {
  return `${key}.${agreement.id}@partnership`;
}

/**
 * The identity of the meeting proposed for a date, in calendars: `new meeting` writes it as the planned
 * meeting's uid, so the tentative event people imported becomes the meeting, never a second one.
 */
export function proposalUid(agreement: Agreement, date: IsoDate): string {
  return `meeting-${date}.${agreement.id}`;
}

function partiesLabel(agreement: Agreement, on: IsoDate): string {
  return partiesOn(agreement, on)
    .map((party) => party.short)
    .join('–');
}

/** What a meeting's calendar entry knows of its record: its identity, how often it changed, whether it is off. */
export interface MeetingIdentity {
  /** The record's own uid, or undefined for a proposal or a record written before uids. */
  uid: string | undefined;
  sequence: number;
  cancelled: boolean;
  agenda: readonly string[];
}

export function meetingEntry(
  agreement: Agreement,
  next: Pick<NextMeeting, 'source' | 'date' | 'time' | 'place' | 'chair' | 'minutes'> & { end?: string | null },
  identity: MeetingIdentity = { uid: undefined, sequence: 0, cancelled: false, agenda: [] },
): CalendarEntry {
  const text = WORDS[agreement.language].calendar;
  const title = next.source === 'planned' ? text.meeting : text.proposedMeeting;
  const convener = partyShortName(agreement, agreement.meetings.convener, next.date);
  const agenda = identity.agenda.length > 0 ? ` ${text.agenda(identity.agenda)}` : '';
  return {
    uid: `${identity.uid ?? proposalUid(agreement, next.date)}@partnership`,
    status: identity.cancelled ? 'CANCELLED' : next.source === 'planned' ? 'CONFIRMED' : 'TENTATIVE',
    sequence: identity.sequence,
    reminders: agreement.meetings.reminders.meeting,
    date: next.date,
    time: next.time ?? DEFAULT_MEETING_TIME,
    end: next.time ? (next.end ?? null) : null,
    summary: title(partiesLabel(agreement, next.date)),
    location: next.place,
    description: `${text.chairAndMinutes(
      partyShortName(agreement, next.chair, next.date),
      partyShortName(agreement, next.minutes, next.date),
    )} ${text.convener(convener)}${agenda}`,
  };
}

export function upcomingEntries(
  agreement: Agreement,
  meetings: readonly MeetingLike[],
  next: NextMeetingAnswer,
  today: IsoDate,
  /** How often each meeting's record changed, by meeting id, from the repository's history. */
  sequences: ReadonlyMap<string, number> = new Map(),
): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  const allDay = (
    key: string,
    date: IsoDate,
    summary: string,
    sequence = 0,
    reminders: readonly number[] = agreement.meetings.reminders.deadline,
  ) => {
    if (date < today) return;
    entries.push({
      uid: uidFor(agreement, key),
      status: null,
      sequence,
      reminders,
      date,
      time: null,
      end: null,
      summary,
      location: null,
      description: null,
    });
  };
  const convener = partyShortName(agreement, agreement.meetings.convener, today);
  const text = WORDS[agreement.language].calendar;

  for (const meeting of meetings) {
    const { data } = meeting;
    if (!isAhead(data, today)) continue;
    const sequence = sequences.get(meeting.id) ?? 0;
    const cancelled = data.status === 'cancelled';
    const agenda = data.agenda.map((item) => item.title);
    entries.push(
      meetingEntry(agreement, { source: 'planned', ...data }, { uid: data.uid, sequence, cancelled, agenda }),
    );
    if (cancelled) continue;
    const label = norwegianDate(data.date);
    const { notice, documents } = meetingDeadlines(agreement, data.date);
    if (data.notice_sent === null)
      allDay(
        `notice-${data.uid ?? meeting.id}`,
        notice.dueBy,
        text.noticeDeadline(label, convener),
        sequence,
        agreement.meetings.reminders.notice,
      );
    if (data.documents_sent === null)
      allDay(`documents-${data.uid ?? meeting.id}`, documents.dueBy, text.documentsDeadline(label, convener), sequence);
  }
  if (next.due_by !== null && isInForce(agreement, next.due_by))
    allDay(
      `meeting-due-${yearOf(next.due_by)}`,
      next.due_by,
      text.meetingDue(yearOf(next.due_by), clauseNumber(agreement, 'meetings')),
    );

  if (agreement.termination) {
    allDay('termination', agreement.termination.effective, text.terminationEffective(clauseNumber(agreement, 'term')));
  } else {
    const outlook = renewalOutlook(agreement, today);
    if (outlook.kind === 'extendable')
      allDay(
        `renewal-${outlook.year}`,
        outlook.decideBy,
        text.renewalDecision(outlook.year, clauseNumber(agreement, 'term')),
        0,
        agreement.meetings.reminders.renewal,
      );
    allDay('term-end', extendedEnd(agreement), text.termEnd(clauseNumber(agreement, 'term')));
  }
  if (agreement.evaluation.completed === null)
    allDay('evaluation', agreement.evaluation.due, text.evaluationDue(clauseNumber(agreement, 'evaluation')));
  for (const obligation of agreement.obligations) {
    if (obligation.done === null)
      allDay(`obligation-${obligation.id}`, obligation.due, text.obligationDue(obligation.clause, obligation.text));
  }
  return entries.sort((a, b) => compareText(a.date, b.date) || compareText(a.time ?? '', b.time ?? ''));
}
