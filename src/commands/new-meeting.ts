import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Scalar } from 'yaml';
import type { IsoDate } from '../lib/dates.js';
import { PreconditionError, UsageError } from '../lib/errors.js';
import { citing } from '../model/clauses.js';
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
  if (options.held && options.date === undefined)
    throw new UsageError('--held records a meeting that was held: give its day with --date');
  const date = options.date ?? next.date;
  if (date === null)
    throw new PreconditionError(`there is no meeting to plan: ${next.reasons.at(-1) ?? 'the agreement has ended'}`);
  const attendees = options.held ? attendeesOf(agreement.parties, options.attendee ?? []) : {};
  const id = date;
  const file = `meetings/${id}.md`;
  const path = join(context.repositoryRoot(), file);

  if (existsSync(path)) {
    throw new PreconditionError(
      options.date === undefined
        ? `the next meeting is already planned in ${file}; pass --date for another one`
        : `${file} already exists and is left as it is; a second meeting that day goes in meetings/${date}-2.md`,
    );
  }
  if (options.held && date > context.today)
    throw new PreconditionError(
      `${date} is after today (${context.today}): a meeting ahead is planned (leave out --held), not held`,
    );
  if (!options.held && date < context.today)
    throw new PreconditionError(
      `${date} is before today (${context.today}): new meeting plans meetings ahead; for a meeting that was held and never recorded, add --held and who attended (--attendee PARTY=WHO)`,
    );
  if (!isInForce(agreement, date)) {
    const outlook = renewalOutlook(agreement, context.today);
    const advice =
      date > lastDayInForce(agreement) && outlook.kind === 'extendable'
        ? `extend it first (partnership renew --year ${outlook.year}), or pick a date inside it`
        : 'pick a date inside it';
    throw new PreconditionError(
      `${date} is outside the agreement's term (${agreement.signed} – ${lastDayInForce(agreement)})${citing(agreement, 'term')}: ${advice}`,
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
  (document.get('chair', true) as Scalar).comment = ` turn ${before.length + 1} in the rotation`;
  const sends = options.held ? 'was to send' : 'sends';
  (document.get('notice_sent', true) as Scalar).comment = ` ${convener} ${sends} the notice by ${noticeBy}`;
  (document.get('documents_sent', true) as Scalar).comment =
    ` ${convener} ${sends} the case documents by ${documentsBy}`;
  const text = `---\n${document.toString({ lineWidth: 0 })}---\n`;

  writeNewRecord(records, file, text, context);

  const later = records.meetings.filter((meeting) => takesATurn(meeting.data) && meeting.data.date > date);
  const lines = [
    `Wrote ${file}: a ${options.held ? 'held' : 'planned'} meeting on ${date} at ${last?.data.time ?? DEFAULT_MEETING_TIME}.`,
    `  Chair:    ${partyLabel(records.agreement.data, roles.chair, context.today)}`,
    `  Minutes:  ${partyLabel(records.agreement.data, roles.minutes, context.today)}`,
    `  ${convener} ${sends} the notice by ${noticeBy} and the case documents by ${documentsBy}.`,
  ];
  const notWorking = whyNotAWorkingDay(date, agreement.meetings.avoid);
  if (notWorking) lines.push(`Note: ${date} is ${notWorking.description}.`);
  if (options.held)
    lines.push(
      `  Fill in its agenda, the days the notice and the documents went out (notice_sent, documents_sent) and the minutes below the fields.`,
    );
  else if (noticeBy < context.today) lines.push(`Note: the notice should already have gone out (by ${noticeBy}).`);
  if (later.length > 0)
    lines.push(
      `Note: ${later.length} meeting${later.length === 1 ? '' : 's'} after ${date} now take${later.length === 1 ? 's' : ''} later turns in the rotation: run partnership validate.`,
    );
  context.io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/** --attendee PARTY=WHO, by party: every party named is the agreement's, and someone attended. */
function attendeesOf(parties: ReadonlyArray<{ id: string }>, given: readonly string[]): Record<string, string[]> {
  const ids = parties.map((party) => party.id);
  const example = `--attendee ${ids[0] ?? 'PARTY'}="Avdelingsdirektør"`;
  if (given.length === 0)
    throw new UsageError(
      `--held records who attended: give ${example}, once for each person (the parties: ${ids.join(', ')})`,
    );
  const attendees: Record<string, string[]> = {};
  for (const entry of given) {
    const separator = entry.indexOf('=');
    const party = separator === -1 ? '' : entry.slice(0, separator).trim();
    const who = entry.slice(separator + 1).trim();
    if (!ids.includes(party) || who === '')
      throw new UsageError(
        `--attendee takes PARTY=WHO, e.g. ${example}, with one of the parties ${ids.join(', ')}; not "${entry}"`,
      );
    attendees[party] = [...(attendees[party] ?? []), who];
  }
  return attendees;
}
