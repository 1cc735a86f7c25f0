/**
 * The secretariat's most frequent question: when is the next meeting, who
 * chairs it, who takes the minutes, and when must the notice go out? Pure:
 * the agreement, the meetings and today in; the answer and its reasons out. The date search is
 * `meeting-date.ts`, the reasons' wording `next-meeting-reasons.ts`.
 */

import type { IsoDate } from '../lib/dates.js';
import type { Message } from '../messages/catalogue.js';
import { partyShortName } from '../model/parties.js';
import type { Agreement } from '../model/schemas.js';
import { isInForce, lastDayInForce } from '../term/term.js';
import { isAhead } from './ahead.js';
import { meetingDeadlines } from './deadlines.js';
import { dueYear, proposeDate } from './meeting-date.js';
import {
  dueReasons,
  endedReason,
  outOfTermReason,
  plannedMeetingReasons,
  plannedReason,
  proposalReasons,
  rotationReason,
  staleMeetingReasons,
} from './next-meeting-reasons.js';
import type { MeetingLike } from './requirement.js';
import { rolesForTurn, takesATurn } from './rotation.js';

export interface NextMeeting {
  source: 'planned' | 'proposed';
  /** The planned meeting's id; null for a proposal. */
  meeting: string | null;
  date: IsoDate;
  /** The date by which the agreement requires the next meeting: the end of the year that still lacks one. */
  due_by: IsoDate;
  chair: string;
  minutes: string;
  convener: string;
  notice_by: IsoDate;
  documents_by: IsoDate;
  in_term: boolean;
  reasons: Message[];
  /** Not part of the JSON contract: for people and calendars. */
  time: string | null;
  place: string | null;
}

/** When the agreement has ended and nothing is planned under it: nothing to propose, and why. */
export interface NoNextMeeting {
  source: 'none';
  meeting: null;
  date: null;
  due_by: null;
  chair: null;
  minutes: null;
  convener: string;
  notice_by: null;
  documents_by: null;
  in_term: false;
  reasons: Message[];
  time: null;
  place: null;
}

export type NextMeetingAnswer = NextMeeting | NoNextMeeting;

export function nextMeeting(agreement: Agreement, meetings: readonly MeetingLike[], today: IsoDate): NextMeetingAnswer {
  const turns = meetings.filter((meeting) => takesATurn(meeting.data));
  const due = dueYear(agreement, meetings, today);
  const planned = turns.find((meeting) => isAhead(meeting.data, today));
  const stale = staleMeetingReasons(meetings, today);
  const name = (id: string) => partyShortName(agreement, id, today);

  if (planned) {
    const turn = turns.indexOf(planned);
    return answer(agreement, today, planned.data.date, due.dueBy, {
      source: 'planned',
      meeting: planned.id,
      chair: planned.data.chair,
      minutes: planned.data.minutes,
      time: planned.data.time,
      place: planned.data.place,
      reasons: [
        plannedReason(planned, today),
        ...stale,
        ...dueReasons(agreement, due),
        ...plannedMeetingReasons(agreement, planned, turn, today, name),
      ],
    });
  }

  const lastDay = lastDayInForce(agreement);
  if (today > lastDay) return noMeeting(agreement, [...stale, endedReason(agreement, lastDay)]);

  const proposal = proposeDate(agreement, turns, today, due);
  const last = turns.at(-1);
  return answer(agreement, today, proposal.date, due.dueBy, {
    source: 'proposed',
    meeting: null,
    ...rolesForTurn(agreement, turns.length),
    time: last?.data.time ?? null,
    place: last?.data.place ?? null,
    reasons: [
      ...stale,
      ...dueReasons(agreement, due),
      ...proposalReasons(agreement, proposal),
      rotationReason(agreement, turns.length, name),
    ],
  });
}

function noMeeting(agreement: Agreement, reasons: Message[]): NoNextMeeting {
  return {
    source: 'none',
    meeting: null,
    date: null,
    due_by: null,
    chair: null,
    minutes: null,
    convener: agreement.meetings.convener,
    notice_by: null,
    documents_by: null,
    in_term: false,
    reasons,
    time: null,
    place: null,
  };
}

function answer(
  agreement: Agreement,
  today: IsoDate,
  date: IsoDate,
  dueBy: IsoDate,
  rest: Pick<NextMeeting, 'source' | 'meeting' | 'chair' | 'minutes' | 'time' | 'place' | 'reasons'>,
): NextMeeting {
  const inTerm = isInForce(agreement, date);
  const reasons = [...rest.reasons];
  if (!inTerm) reasons.push(outOfTermReason(agreement, date, today));
  const { notice, documents } = meetingDeadlines(agreement, date);
  return {
    source: rest.source,
    meeting: rest.meeting,
    date,
    due_by: dueBy,
    chair: rest.chair,
    minutes: rest.minutes,
    convener: agreement.meetings.convener,
    notice_by: notice.dueBy,
    documents_by: documents.dueBy,
    in_term: inTerm,
    reasons,
    time: rest.time,
    place: rest.place,
  };
}
