import { resolve } from 'node:path';
import { isoWeekday } from '../lib/dates.js';
import { PreconditionError } from '../lib/errors.js';
import { printable } from '../lib/printable.js';
import { message } from '../messages/catalogue.js';
import { clauseReference } from '../model/clauses.js';
import { partyLabel, partyShortName } from '../model/parties.js';
import { type NextMeeting, type NextMeetingAnswer, nextMeeting } from '../schedule/next-meeting.js';
import type { CommandContext } from '../session/context.js';
import { type CleanRecords, readCleanRecords } from '../session/records.js';

export interface NextMeetingOptions {
  json: boolean;
  ics?: string;
}

export async function nextMeetingCommand(options: NextMeetingOptions, context: CommandContext): Promise<number> {
  const records = readCleanRecords(context, 'records');
  const agreement = records.agreement.data;
  const next = nextMeeting(agreement, records.meetings, context.today);

  if (options.ics !== undefined && next.source === 'none') {
    throw new PreconditionError(
      message('next-meeting/nothing-to-write', { file: printable(options.ics), reason: next.reasons.at(-1) ?? null }),
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
      ? `${JSON.stringify(contractFields(next, context), null, 2)}\n`
      : next.source === 'none'
        ? describeNone(next, context)
        : describe(next, records, context),
  );
  if (options.ics !== undefined && !options.json)
    context.io.stdout(`\n${context.say(message('next-meeting/wrote-ics', { file: printable(options.ics) }))}\n`);
  return 0;
}

function describeNone(next: NextMeetingAnswer, { say }: CommandContext): string {
  const reasons = next.reasons.map((reason) => `  - ${say(reason)}\n`).join('');
  return `${say(message('next-meeting/none'))}\n\n${say(message('next-meeting/why'))}\n${reasons}`;
}

/** The fields of FORMAT.md's next-meeting JSON, and no others. */
function contractFields(next: NextMeetingAnswer, { say }: CommandContext) {
  const { source, meeting, date, due_by, chair, minutes, convener, notice_by, documents_by, in_term } = next;
  const reasons = next.reasons.map(say);
  return { source, meeting, date, due_by, chair, minutes, convener, notice_by, documents_by, in_term, reasons };
}

function describe(next: NextMeeting, records: CleanRecords, context: CommandContext): string {
  const { color, say } = context;
  const agreement = records.agreement.data;
  const when = say(message('next-meeting/when', { weekday: isoWeekday(next.date), date: next.date, time: next.time }));
  const what =
    next.source === 'planned'
      ? say(message('next-meeting/planned-in', { meeting: next.meeting ?? '' }))
      : say(message('next-meeting/proposed'));
  const details = message('next-meeting/details', {
    due: next.due_by,
    clause: clauseReference(agreement, 'meetings'),
    chair: partyLabel(agreement, next.chair, context.today),
    minutes: partyLabel(agreement, next.minutes, context.today),
    convener: partyShortName(agreement, next.convener, context.today),
    notice: next.notice_by,
    documents: next.documents_by,
    place: next.place,
  });
  const lines = [
    `${color.bold(say(message('next-meeting/heading')))} ${color.bold(when)}, ${what}`,
    say(details),
    next.in_term
      ? say(message('next-meeting/in-term'))
      : `${say(message('next-meeting/not-in-term-label'))}${color.red(say(message('next-meeting/not-in-term')))}`,
    '',
    say(message('next-meeting/why')),
    ...next.reasons.map((reason) => `  - ${say(reason)}`),
  ];
  if (next.source === 'proposed' && next.in_term)
    lines.push('', say(message('next-meeting/to-plan', { date: next.date })));
  return `${lines.join('\n')}\n`;
}
