/**
 * The reasons next-meeting gives, in words: each from the facts the search and the shared homes
 * (the rotation, the deadlines, the term's outlook) found, so the wording lives apart from the search.
 */
import type { IsoDate } from '../lib/dates.js';
import { citing } from '../model/clauses.js';
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

export function plannedReason(planned: MeetingLike, today: IsoDate): string {
  const status =
    planned.data.status === 'planned' ? 'planned' : `ahead of ${today} (recorded as ${planned.data.status})`;
  return `meeting ${planned.id} is ${status} (meetings/${planned.id}.md)`;
}

export function dueReasons(agreement: Agreement, due: DueYear): string[] {
  return due.counted.map((count) =>
    count.missing > 0
      ? `${count.year} has ${count.held} held and ${count.planned} planned of the ${count.required} meetings the agreement requires that year${citing(agreement, 'meetings')}; the next is due by ${count.to}`
      : `${count.year} has the ${count.required} meeting${count.required === 1 ? '' : 's'} the agreement requires${citing(agreement, 'meetings')} (${count.held} held, ${count.planned} planned)`,
  );
}

export function proposalReasons(agreement: Agreement, proposal: ProposedDate): string[] {
  const { date, ideal, earliest, spacing, noDayLeftIn, skipped, deadlinesAvoidedFrom } = proposal;
  const reasons = [
    `no meeting is planned ahead; the earliest date with ${agreement.meetings.notice_days} days' notice is ${earliest}`,
  ];
  if (spacing) reasons.push(`${spacing.months} months after the last meeting (${spacing.last}) is ${spacing.date}`);
  if (noDayLeftIn) {
    reasons.push(
      `${noDayLeftIn.year} has no working day left between ${noDayLeftIn.from} and ${noDayLeftIn.to} for its missing meeting`,
    );
  }
  if (date === ideal) {
    reasons.push(`proposed ${date}, a working day`);
    return reasons;
  }
  const passed = skipped.map(({ day, description }) => `${day} is ${description}`);
  if (deadlinesAvoidedFrom) {
    passed.push(
      `from ${deadlinesAvoidedFrom}, the notice or the documents would be due in ${agreement.meetings.avoid.map(periodName).join(' or ')}`,
    );
  }
  reasons.push(
    `proposed ${date}, the first working day from ${ideal}${passed.length ? ` (${passed.join('; ')})` : ''}`,
  );
  return reasons;
}

export function rotationReason(agreement: Agreement, turn: number, name: Name): string {
  const roles = rolesForTurn(agreement, turn);
  const { roles: kind, first } = agreement.meetings.rotation;
  return `turn ${turn + 1} in the rotation (${kind} roles, first turn ${name(first)}): ${describeRoles(name(roles.chair), name(roles.minutes))}`;
}

/** A planned meeting against the rotation and its deadlines, as the rotation and convener rules judge them. */
export function plannedMeetingReasons(
  agreement: Agreement,
  planned: MeetingLike,
  turn: number,
  today: IsoDate,
  name: Name,
): string[] {
  const reasons: string[] = [];
  const expected = rolesForTurn(agreement, turn);
  const { chair, minutes, rotation_note, date } = planned.data;
  if (chair !== expected.chair || minutes !== expected.minutes) {
    reasons.push(
      rotation_note
        ? `the roles deviate from the rotation, as rotation_note explains: ${rotation_note}`
        : `by the rotation (turn ${turn + 1}) ${describeRoles(name(expected.chair), name(expected.minutes))}, but the record says chair: ${chair}, minutes: ${minutes}: correct it or explain it in rotation_note`,
    );
  } else {
    reasons.push(`the roles follow the rotation (turn ${turn + 1}): ${describeRoles(name(chair), name(minutes))}`);
  }
  const { notice, documents } = meetingDeadlines(agreement, date);
  for (const [deadline, what] of [
    [notice, 'the notice'],
    [documents, 'the case documents'],
  ] as const) {
    const { field, dueBy } = deadline;
    const sent = planned.data[field];
    if (sent) reasons.push(`${what} went out ${sent}${sentLate(deadline, sent) ? `, later than ${dueBy}` : ''}`);
    else if (overdue(deadline, sent, today))
      reasons.push(`${what} should have gone out by ${dueBy} and is not recorded as sent`);
    else reasons.push(`${what} must go out by ${dueBy}`);
  }
  return reasons;
}

export function staleMeetingReasons(meetings: readonly MeetingLike[], today: IsoDate): string[] {
  return meetings
    .filter((meeting) => meeting.data.status === 'planned' && meeting.data.date < today)
    .map(
      (meeting) =>
        `meeting ${meeting.id} is still "planned" though its date has passed: record it as held or cancelled`,
    );
}

function describeRoles(chair: string, minutes: string): string {
  return chair === minutes ? `${chair} chairs and takes the minutes` : `${chair} chairs, ${minutes} takes the minutes`;
}

/** Why nothing is proposed once the agreement has ended. */
export function endedReason(agreement: Agreement, lastDay: IsoDate): string {
  if (agreement.termination) {
    return `the agreement was terminated by ${partyShortName(agreement, agreement.termination.by, lastDay)} and ended on ${lastDay}: no meeting is due under it${citing(agreement, 'term')}`;
  }
  return `the agreement ran out on ${lastDay} and was not extended: no meeting is due under it; a lapsed agreement can only be replaced by a new one${citing(agreement, 'term')}`;
}

export function outOfTermReason(agreement: Agreement, date: IsoDate, today: IsoDate): string {
  if (date < agreement.signed) return `${date} is before the agreement was signed on ${agreement.signed}`;
  const lastDay = lastDayInForce(agreement);
  const outlook = renewalOutlook(agreement, today);
  switch (outlook.kind) {
    case 'terminated':
      return `the agreement was terminated by ${partyShortName(agreement, agreement.termination?.by ?? '', today)} with effect from ${outlook.effective}: there is no meeting under it after that`;
    case 'evaluated':
      return `the agreement ends ${lastDay}, and with the evaluation completed (${outlook.completed}) it can no longer be extended${citing(agreement, 'term')}: a new agreement is needed`;
    case 'lapsed':
      return `the agreement ran out on ${lastDay}; a lapsed agreement cannot be extended, only replaced by a new one${citing(agreement, 'term')}`;
    case 'extendable':
      return `the agreement ends ${lastDay}: to meet on ${date}, extend it first with partnership renew --year ${outlook.year}${citing(agreement, 'term')}`;
  }
}
