/**
 * The secretariat's most frequent question: when is the next meeting, who
 * chairs it, who takes the minutes, and when must the notice go out? Pure:
 * the agreement, the meetings and today in; the answer and its reasons out.
 */

import { addDays, addMonths, endOfYear, type IsoDate, maxDate, minDate, yearOf } from '../lib/dates.js';
import { citing } from '../model/clauses.js';
import { partyShortName } from '../model/parties.js';
import type { Agreement } from '../model/schemas.js';
import { renewalOutlook } from '../term/outlook.js';
import { isInForce, lastDayInForce, yearInForce } from '../term/term.js';
import { isAhead } from './ahead.js';
import { deadlinesInAvoidedPeriod, earliestMeetingDate, meetingDeadlines, overdue, sentLate } from './deadlines.js';
import { whyNotAWorkingDay } from './holidays.js';
import { countYear, type MeetingLike, meetingsByYear, type YearCount } from './requirement.js';
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
  reasons: string[];
  /** Not part of the JSON contract: for people and calendars. */
  time: string | null;
  place: string | null;
}

/** How many years ahead to look for one that lacks a meeting; planned meetings rarely reach further. */
const YEARS_AHEAD = 10;

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
  reasons: string[];
  time: null;
  place: null;
}

export type NextMeetingAnswer = NextMeeting | NoNextMeeting;

export function nextMeeting(agreement: Agreement, meetings: readonly MeetingLike[], today: IsoDate): NextMeetingAnswer {
  const turns = meetings.filter((meeting) => takesATurn(meeting.data));
  const due = dueYear(agreement, meetings, today);
  const planned = turns.find((meeting) => isAhead(meeting.data, today));
  const reasons: string[] = [...staleMeetings(meetings, today), ...due.reasons];
  const name = (id: string) => partyShortName(agreement, id, today);

  if (planned) {
    const turn = turns.indexOf(planned);
    reasons.unshift(
      `meeting ${planned.id} is ${planned.data.status === 'planned' ? 'planned' : `ahead of ${today} (recorded as ${planned.data.status})`} (meetings/${planned.id}.md)`,
    );
    reasons.push(...checkPlanned(agreement, planned, turn, today, name));
    return answer(agreement, today, planned.data.date, due.dueBy, {
      source: 'planned',
      meeting: planned.id,
      chair: planned.data.chair,
      minutes: planned.data.minutes,
      time: planned.data.time,
      place: planned.data.place,
      reasons,
    });
  }

  const lastDay = lastDayInForce(agreement);
  if (today > lastDay)
    return noMeeting(agreement, [...staleMeetings(meetings, today), endedReason(agreement, lastDay)]);

  const date = proposeDate(agreement, turns, today, due, reasons);
  const roles = rolesForTurn(agreement, turns.length);
  const last = turns.at(-1);
  reasons.push(
    `turn ${turns.length + 1} in the rotation (${agreement.meetings.rotation.roles} roles, first turn ${name(agreement.meetings.rotation.first)}): ${describeRoles(name(roles.chair), name(roles.minutes))}`,
  );
  return answer(agreement, today, date, due.dueBy, {
    source: 'proposed',
    meeting: null,
    ...roles,
    time: last?.data.time ?? null,
    place: last?.data.place ?? null,
    reasons,
  });
}

function noMeeting(agreement: Agreement, reasons: string[]): NoNextMeeting {
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

/** Why nothing is proposed once the agreement has ended. */
function endedReason(agreement: Agreement, lastDay: IsoDate): string {
  if (agreement.termination) {
    return `the agreement was terminated by ${partyShortName(agreement, agreement.termination.by, lastDay)} and ended on ${lastDay}: no meeting is due under it${citing(agreement, 'term')}`;
  }
  return `the agreement ran out on ${lastDay} and was not extended: no meeting is due under it; a lapsed agreement can only be replaced by a new one${citing(agreement, 'term')}`;
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

interface DueYear {
  /** The first year from today's that lacks a meeting, counted; undefined when that year is not in force. */
  count: YearCount | undefined;
  year: number;
  dueBy: IsoDate;
  reasons: string[];
}

function dueYear(agreement: Agreement, meetings: readonly MeetingLike[], today: IsoDate): DueYear {
  const byYear = meetingsByYear(meetings);
  const reasons: string[] = [];
  const first = yearOf(today);
  for (let year = first; year <= first + YEARS_AHEAD; year += 1) {
    const inForce = yearInForce(agreement, year);
    if (!inForce) return { count: undefined, year, dueBy: endOfYear(year), reasons };
    const count = countYear(inForce, byYear.get(year) ?? [], today);
    if (count.to < today) continue;
    if (count.missing > 0) {
      reasons.push(
        `${year} has ${count.held} held and ${count.planned} planned of the ${count.required} meetings the agreement requires that year${citing(agreement, 'meetings')}; the next is due by ${count.to}`,
      );
      return { count, year, dueBy: count.to, reasons };
    }
    reasons.push(
      `${year} has the ${count.required} meeting${count.required === 1 ? '' : 's'} the agreement requires${citing(agreement, 'meetings')} (${count.held} held, ${count.planned} planned)`,
    );
  }
  return { count: undefined, year: first + YEARS_AHEAD + 1, dueBy: endOfYear(first + YEARS_AHEAD + 1), reasons };
}

function proposeDate(
  agreement: Agreement,
  turns: readonly MeetingLike[],
  today: IsoDate,
  due: DueYear,
  reasons: string[],
): IsoDate {
  const { notice_days, per_year } = agreement.meetings;
  const earliest = earliestMeetingDate(agreement, today);
  reasons.push(`no meeting is planned ahead; the earliest date with ${notice_days} days' notice is ${earliest}`);

  const last = turns.at(-1);
  const spacingMonths = Math.max(1, Math.floor(12 / per_year));
  const spaced = last && addMonths(last.data.date, spacingMonths);
  if (last && spaced) reasons.push(`${spacingMonths} months after the last meeting (${last.data.date}) is ${spaced}`);

  let window: { from: IsoDate; to: IsoDate } | undefined;
  let ideal = maxDate(earliest, spaced ?? earliest);
  if (due.count) {
    window = { from: maxDate(due.count.from, earliest), to: due.count.to };
    // Several meetings still missing in the current year: no time to wait for the spacing.
    const urgent = due.year === yearOf(today) && due.count.missing > 1;
    ideal = urgent ? window.from : maxDate(window.from, minDate(ideal, window.to));
    const inYear =
      firstWorkingDay(agreement, ideal, window.to, true) ??
      firstWorkingDay(agreement, window.from, window.to, true) ??
      firstWorkingDay(agreement, ideal, window.to, false) ??
      firstWorkingDay(agreement, window.from, window.to, false);
    if (inYear) return explained(agreement, inYear, ideal, reasons);
    reasons.push(`${due.year} has no working day left between ${window.from} and ${window.to} for its missing meeting`);
    ideal = maxDate(ideal, addDays(window.to, 1));
  }
  const date = (firstWorkingDay(agreement, ideal, addDays(ideal, 366), true) ??
    firstWorkingDay(agreement, ideal, addDays(ideal, 366), false)) as IsoDate;
  return explained(agreement, date, ideal, reasons);
}

function explained(agreement: Agreement, date: IsoDate, ideal: IsoDate, reasons: string[]): IsoDate {
  const { avoid } = agreement.meetings;
  if (date !== ideal) {
    const skipped: string[] = [];
    let deadlinesAvoided: IsoDate | undefined;
    for (let day = ideal; day < date; day = addDays(day, 1)) {
      const why = whyNotAWorkingDay(day, avoid);
      if (why && why.kind !== 'weekend' && skipped.length < 3) skipped.push(`${day} is ${why.description}`);
      if (!why && deadlinesInAvoidedPeriod(agreement, day)) deadlinesAvoided ??= day;
    }
    if (deadlinesAvoided) {
      skipped.push(`from ${deadlinesAvoided}, the notice or the documents would be due in ${avoid.join(' or ')}`);
    }
    reasons.push(
      `proposed ${date}, the first working day from ${ideal}${skipped.length ? ` (${skipped.join('; ')})` : ''}`,
    );
  } else {
    reasons.push(`proposed ${date}, a working day`);
  }
  return date;
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

function checkPlanned(
  agreement: Agreement,
  planned: MeetingLike,
  turn: number,
  today: IsoDate,
  name: (id: string) => string,
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

function staleMeetings(meetings: readonly MeetingLike[], today: IsoDate): string[] {
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

function outOfTermReason(agreement: Agreement, date: IsoDate, today: IsoDate): string {
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
