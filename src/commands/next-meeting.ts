import { resolve } from 'node:path';
import { isoWeekday } from '../lib/dates.js';
import { PreconditionError } from '../lib/errors.js';
import { printable } from '../lib/printable.js';
import { citing } from '../model/clauses.js';
import { partyLabel, partyShortName } from '../model/parties.js';
import { type NextMeeting, type NextMeetingAnswer, nextMeeting } from '../schedule/next-meeting.js';
import type { CommandContext } from '../session/context.js';
import { type CleanRecords, readCleanRecords } from '../session/records.js';

export interface NextMeetingOptions {
  json: boolean;
  ics?: string;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export async function nextMeetingCommand(options: NextMeetingOptions, context: CommandContext): Promise<number> {
  const records = readCleanRecords(context, 'records');
  const agreement = records.agreement.data;
  const next = nextMeeting(agreement, records.meetings, context.today);

  if (options.ics !== undefined && next.source === 'none') {
    throw new PreconditionError(
      `there is no meeting to write to ${printable(options.ics)}: ${next.reasons.at(-1) ?? 'the agreement has ended'}`,
    );
  }
  if (options.ics !== undefined && next.source !== 'none') {
    const [{ toICalendar }, { meetingEntry }, { writeUserFile }, { meetingSequences }] = await Promise.all([
      import('../schedule/ics.js'),
      import('../schedule/calendar.js'),
      import('../writing/write.js'),
      import('../git/repository.js'),
    ]);
    const planned = records.meetings.find((meeting) => meeting.id === next.meeting);
    const sequences = planned ? await meetingSequences(context.repositoryRoot(), [planned]) : new Map<string, number>();
    const identity = planned && {
      uid: planned.data.uid,
      sequence: sequences.get(planned.id) ?? 0,
      cancelled: false,
      agenda: planned.data.agenda.map((item) => item.title),
    };
    const calendar = toICalendar(agreement.title, [meetingEntry(agreement, next, identity)], context.io.now());
    // --ics - prints the event alone: standard output then holds one thing a program can read.
    if (options.ics === '-') {
      context.io.stdout(calendar);
      return 0;
    }
    writeUserFile(resolve(context.io.cwd, options.ics), calendar, context.repositoryRoot());
  }
  context.io.stdout(
    options.json
      ? `${JSON.stringify(contractFields(next), null, 2)}\n`
      : next.source === 'none'
        ? describeNone(next)
        : describe(next, records, context),
  );
  if (options.ics !== undefined && !options.json)
    context.io.stdout(`\nWrote the meeting to ${printable(options.ics)}\n`);
  return 0;
}

function describeNone(next: NextMeetingAnswer): string {
  return `No meeting ahead: nothing is planned, and nothing is proposed.\n\nWhy:\n${next.reasons.map((reason) => `  - ${reason}\n`).join('')}`;
}

/** The fields of FORMAT.md's next-meeting JSON, and no others. */
function contractFields(next: NextMeetingAnswer) {
  const { source, meeting, date, due_by, chair, minutes, convener, notice_by, documents_by, in_term, reasons } = next;
  return { source, meeting, date, due_by, chair, minutes, convener, notice_by, documents_by, in_term, reasons };
}

function describe(next: NextMeeting, records: CleanRecords, context: CommandContext): string {
  const { color } = context;
  const when = `${WEEKDAYS[isoWeekday(next.date) - 1]} ${next.date}${next.time ? ` at ${next.time}` : ''}`;
  const what =
    next.source === 'planned' ? `planned (meetings/${next.meeting}.md)` : 'proposed; no meeting is planned ahead';
  const convener = partyShortName(records.agreement.data, next.convener, context.today);
  const lines = [
    `${color.bold('Next meeting:')} ${color.bold(when)}, ${what}`,
    `  Due by:    ${next.due_by}${citing(records.agreement.data, 'meetings')}`,
    `  Chair:     ${partyLabel(records.agreement.data, next.chair, context.today)}`,
    `  Minutes:   ${partyLabel(records.agreement.data, next.minutes, context.today)}`,
    `  Convener:  ${convener} sends the notice by ${next.notice_by} and the case documents by ${next.documents_by}`,
    ...(next.place ? [`  Place:     ${next.place}`] : []),
    `  In term:   ${next.in_term ? 'yes' : color.red('no: see below')}`,
    '',
    'Why:',
    ...next.reasons.map((reason) => `  - ${reason}`),
  ];
  if (next.source === 'proposed' && next.in_term)
    lines.push('', `To plan it: partnership new meeting --date ${next.date}`);
  return `${lines.join('\n')}\n`;
}
