/**
 * The reasons next-meeting gives, in words: each from the facts the search and the shared homes
 * (the rotation, the deadlines, the term's outlook) found, so the wording lives apart from the search.
 */
import type { IsoDate } from '../lib/dates.js';
import { type Message, message } from '../messages/catalogue.js';
import { clauseReference } from '../model/clauses.js';
import { partyShortName } from '../model/parties.js';
import type { Agreement } from '../model/schemas.js';
import { renewalOutlook } from '../term/outlook.js';
import { lastDayInForce } from '../term/term.js';
import { meetingDeadlines, overdue, sentLate } from './deadlines.js';
import { periodName } from './holidays.js';
import type { DueYear, ProposedDate } from './meeting-date.js';
import type { MeetingLike } from './requirement.js';
import { rolesForTurn } from './rotation.js';

type Name = (id: string) => string;

export function plannedReason(planned: MeetingLike, today: IsoDate): Message {
  return message('next-meeting/planned', { meeting: planned.id, status: planned.data.status, today });
}

export function dueReasons(agreement: Agreement, due: DueYear): Message[] {
  const clause = clauseReference(agreement, 'meetings');
  return due.counted.map(({ year, held, planned, required, missing, to }) =>
    missing > 0
      ? message('next-meeting/year-short', { year, held, planned, required, clause, due: to })
      : message('next-meeting/year-met', { year, held, planned, required, clause }),
  );
}

export function proposalReasons(agreement: Agreement, proposal: ProposedDate): Message[] {
  const { date, ideal, earliest, spacing, noDayLeftIn, skipped, deadlinesAvoidedFrom } = proposal;
  const reasons: Message[] = [message('next-meeting/earliest', { days: agreement.meetings.notice_days, earliest })];
  if (spacing) reasons.push(message('next-meeting/spacing', spacing));
  if (noDayLeftIn) reasons.push(message('next-meeting/no-day-left', noDayLeftIn));
  if (date === ideal) {
    reasons.push(message('next-meeting/proposed-working-day', { date }));
    return reasons;
  }
  const passed: Message[] = skipped.map(({ day, description }) =>
    message('next-meeting/skipped-day', { day, why: description }),
  );
  if (deadlinesAvoidedFrom) {
    passed.push(
      message('next-meeting/deadlines-in-period', {
        from: deadlinesAvoidedFrom,
        periods: agreement.meetings.avoid.map(periodName),
      }),
    );
  }
  reasons.push(message('next-meeting/proposed-first-working-day', { date, ideal, passed }));
  return reasons;
}

export function rotationReason(agreement: Agreement, turn: number, name: Name): Message {
  const roles = rolesForTurn(agreement, turn);
  const { roles: kind, first } = agreement.meetings.rotation;
  return message('next-meeting/turn', {
    turn: turn + 1,
    roles: kind,
    first: name(first),
    chair: name(roles.chair),
    minutes: name(roles.minutes),
  });
}

/** A planned meeting against the rotation and its deadlines, as the rotation and convener rules judge them. */
export function plannedMeetingReasons(
  agreement: Agreement,
  planned: MeetingLike,
  turn: number,
  today: IsoDate,
  name: Name,
): Message[] {
  const reasons: Message[] = [];
  const expected = rolesForTurn(agreement, turn);
  const { chair, minutes, rotation_note, date } = planned.data;
  if (chair !== expected.chair || minutes !== expected.minutes) {
    reasons.push(
      rotation_note
        ? message('next-meeting/roles-explained', { note: rotation_note })
        : message('next-meeting/roles-deviate', {
            turn: turn + 1,
            chair: name(expected.chair),
            minutes: name(expected.minutes),
            recordedChair: chair,
            recordedMinutes: minutes,
          }),
    );
  } else {
    reasons.push(message('next-meeting/roles-follow', { turn: turn + 1, chair: name(chair), minutes: name(minutes) }));
  }
  const { notice, documents } = meetingDeadlines(agreement, date);
  for (const [deadline, what] of [
    [notice, 'notice'],
    [documents, 'documents'],
  ] as const) {
    const { field, dueBy } = deadline;
    const sent = planned.data[field];
    if (sent) reasons.push(message('next-meeting/sent', { what, sent, late: sentLate(deadline, sent) ? dueBy : null }));
    else if (overdue(deadline, sent, today)) reasons.push(message('next-meeting/overdue', { what, due: dueBy }));
    else reasons.push(message('next-meeting/due', { what, due: dueBy }));
  }
  return reasons;
}

export function staleMeetingReasons(meetings: readonly MeetingLike[], today: IsoDate): Message[] {
  return meetings
    .filter((meeting) => meeting.data.status === 'planned' && meeting.data.date < today)
    .map((meeting) => message('next-meeting/stale', { meeting: meeting.id }));
}

/** Why nothing is proposed once the agreement has ended. */
export function endedReason(agreement: Agreement, lastDay: IsoDate): Message {
  const clause = clauseReference(agreement, 'term');
  if (agreement.termination) {
    const by = partyShortName(agreement, agreement.termination.by, lastDay);
    return message('next-meeting/terminated-ended', { by, lastDay, clause });
  }
  return message('next-meeting/lapsed-ended', { lastDay, clause });
}

export function outOfTermReason(agreement: Agreement, date: IsoDate, today: IsoDate): Message {
  if (date < agreement.signed) return message('next-meeting/before-signing', { date, signed: agreement.signed });
  const lastDay = lastDayInForce(agreement);
  const outlook = renewalOutlook(agreement, today);
  const clause = clauseReference(agreement, 'term');
  switch (outlook.kind) {
    case 'terminated':
      return message('next-meeting/after-termination', {
        by: partyShortName(agreement, agreement.termination?.by ?? '', today),
        effective: outlook.effective,
      });
    case 'evaluated':
      return message('next-meeting/after-evaluation', { lastDay, completed: outlook.completed, clause });
    case 'lapsed':
      return message('next-meeting/after-lapse', { lastDay, clause });
    case 'extendable':
      return message('next-meeting/extend-first', { lastDay, date, year: outlook.year, clause });
  }
}
