import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Scalar } from 'yaml';
import type { IsoDate } from '../lib/dates.js';
import { PreconditionError, UsageError } from '../lib/errors.js';
import { message } from '../messages/catalogue.js';
import { clauseReference } from '../model/clauses.js';
import { partyLabel, partyShortName } from '../model/parties.js';
import { proposalUid } from '../schedule/calendar.js';
import { meetingDeadlines } from '../schedule/deadlines.js';
import { whyNotAWorkingDay } from '../schedule/holidays.js';
import { DEFAULT_MEETING_TIME } from '../schedule/meeting-time.js';
import { nextMeeting } from '../schedule/next-meeting.js';
import { rolesForTurn, takesATurn } from '../schedule/rotation.js';
import type { CommandContext } from '../session/context.js';
import { writeNewRecord } from '../session/documents.js';
import { readCleanRecords } from '../session/records.js';
import { holdingTheLock } from '../session/write-session.js';
import { renewalOutlook } from '../term/outlook.js';
import { isInForce, lastDayInForce } from '../term/term.js';

export interface NewMeetingOptions {
  date?: IsoDate;
  /** A meeting that was held and never recorded: written as held, on a date that may be past. */
  held?: boolean;
  /** PARTY=WHO, once for each person who attended (with --held). */
  attendee?: string[];
}

/**
 * Writes meetings/<date>.md as a planned meeting, with the rotation and the last meeting's time and
 * place; with --held, a meeting held and never recorded, with who attended.
 */
export async function newMeeting(options: NewMeetingOptions, context: CommandContext): Promise<number> {
  return holdingTheLock(context, () => writeNewMeeting(options, context));
}

function writeNewMeeting(options: NewMeetingOptions, context: CommandContext): number {
  const records = readCleanRecords(context);
  const agreement = records.agreement.data;
  const next = nextMeeting(agreement, records.meetings, context.today);
  if (options.held && options.date === undefined) throw new UsageError(message('new-meeting/held-needs-date'));
  const date = options.date ?? next.date;
  if (date === null)
    throw new PreconditionError(message('new-meeting/nothing-to-plan', { reason: next.reasons.at(-1) ?? null }));
  const attendees = options.held ? attendeesOf(agreement.parties, options.attendee ?? []) : {};
  const id = date;
  const file = `meetings/${id}.md`;
  const path = join(context.repositoryRoot(), file);

  if (existsSync(path)) {
    throw new PreconditionError(
      options.date === undefined
        ? message('new-meeting/already-planned', { file })
        : message('new-meeting/file-exists', { file, date }),
    );
  }
  if (options.held && date > context.today)
    throw new PreconditionError(message('new-meeting/held-in-future', { date, today: context.today }));
  if (!options.held && date < context.today)
    throw new PreconditionError(message('new-meeting/planned-in-past', { date, today: context.today }));
  if (!isInForce(agreement, date)) {
    const outlook = renewalOutlook(agreement, context.today);
    throw new PreconditionError(
      message('new-meeting/outside-term', {
        date,
        signed: agreement.signed,
        lastDay: lastDayInForce(agreement),
        clause: clauseReference(agreement, 'term'),
        renewYear: date > lastDayInForce(agreement) && outlook.kind === 'extendable' ? outlook.year : null,
      }),
    );
  }

  const before = records.meetings.filter((meeting) => takesATurn(meeting.data) && meeting.data.date <= date);
  const roles = rolesForTurn(agreement, before.length);
  const last = before.at(-1);
  const convener = partyShortName(agreement, agreement.meetings.convener, context.today);
  const { notice, documents } = meetingDeadlines(agreement, date);
  const noticeBy = notice.dueBy;
  const documentsBy = documents.dueBy;

  // The next turn keeps the identity it had in calendars as a proposal, whatever date it is planned for;
  // a further meeting, or one whose proposal's identity another record has taken, gets one of its own.
  const proposed = next.source === 'proposed' && !options.held ? proposalUid(agreement, next.date) : undefined;
  const taken = records.meetings.some((meeting) => meeting.data.uid === proposed);
  const document = new Document({
    uid: proposed && !taken ? proposed : randomUUID(),
    date,
    time: last?.data.time ?? DEFAULT_MEETING_TIME,
    place: last?.data.place ?? null,
    status: options.held ? 'held' : 'planned',
    chair: roles.chair,
    minutes: roles.minutes,
    notice_sent: null,
    documents_sent: null,
    attendees,
    absent: {},
    agenda: [],
    minutes_approved: null,
    rotation_note: null,
  });
  (document.get('time', true) as Scalar).type = Scalar.QUOTE_DOUBLE;
  const { say } = context;
  const held = options.held === true;
  (document.get('chair', true) as Scalar).comment = say(
    message('new-meeting/comment-turn', { turn: before.length + 1 }),
  );
  (document.get('notice_sent', true) as Scalar).comment = say(
    message('new-meeting/comment-notice', { convener, held, due: noticeBy }),
  );
  (document.get('documents_sent', true) as Scalar).comment = say(
    message('new-meeting/comment-documents', { convener, held, due: documentsBy }),
  );
  const text = `---\n${document.toString({ lineWidth: 0 })}---\n`;

  writeNewRecord(records, file, text, context);

  const later = records.meetings.filter((meeting) => takesATurn(meeting.data) && meeting.data.date > date);
  const time = last?.data.time ?? DEFAULT_MEETING_TIME;
  const lines = [
    say(message('new-meeting/wrote', { file, held, date, time })),
    say(message('new-meeting/chair', { party: partyLabel(records.agreement.data, roles.chair, context.today) })),
    say(message('new-meeting/minutes', { party: partyLabel(records.agreement.data, roles.minutes, context.today) })),
    say(message('new-meeting/deadlines', { convener, held, notice: noticeBy, documents: documentsBy })),
  ];
  const notWorking = whyNotAWorkingDay(date, agreement.meetings.avoid);
  if (notWorking) lines.push(say(message('new-meeting/not-a-working-day', { date, why: notWorking.description })));
  if (options.held) lines.push(say(message('new-meeting/fill-in-held')));
  else if (noticeBy < context.today) lines.push(say(message('new-meeting/notice-overdue', { due: noticeBy })));
  if (later.length > 0) lines.push(say(message('new-meeting/later-turns', { count: later.length, date })));
  context.io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/** --attendee PARTY=WHO, by party: every party named is the agreement's, and someone attended. */
function attendeesOf(parties: ReadonlyArray<{ id: string }>, given: readonly string[]): Record<string, string[]> {
  const ids = parties.map((party) => party.id);
  const example = `--attendee ${ids[0] ?? 'PARTY'}="Avdelingsdirektør"`;
  if (given.length === 0) throw new UsageError(message('new-meeting/attendees-needed', { example, parties: ids }));
  const attendees: Record<string, string[]> = {};
  for (const entry of given) {
    const separator = entry.indexOf('=');
    const party = separator === -1 ? '' : entry.slice(0, separator).trim();
    const who = entry.slice(separator + 1).trim();
    if (!ids.includes(party) || who === '')
      throw new UsageError(message('new-meeting/attendee-form', { example, parties: ids, value: entry }));
    attendees[party] = [...(attendees[party] ?? []), who];
  }
  return attendees;
}
