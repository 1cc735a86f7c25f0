import { resolve } from 'node:path';
import { printable } from '../lib/printable.js';
import { message } from '../messages/catalogue.js';
import { isAhead } from '../schedule/ahead.js';
import { upcomingEntries } from '../schedule/calendar.js';
import { toICalendar } from '../schedule/ics.js';
import { nextMeeting } from '../schedule/next-meeting.js';
import type { CommandContext } from '../session/context.js';
import { readCleanRecords } from '../session/records.js';
import { writeUserFile } from '../writing/write.js';

export interface CalendarOptions {
  ics: string;
}

/** Every upcoming date the secretariat must not miss, as one iCalendar file. */
export async function calendarCommand(options: CalendarOptions, context: CommandContext): Promise<number> {
  const records = readCleanRecords(context, 'records');
  const agreement = records.agreement.data;
  const upcoming = records.meetings.filter((meeting) => isAhead(meeting.data, context.today));
  // git (and simple-git with it) is loaded only for meetings whose SEQUENCE it counts.
  const sequences =
    upcoming.length > 0
      ? await (await import('../git/repository.js')).meetingSequences(context.repositoryRoot(), upcoming)
      : new Map<string, number>();
  const entries = upcomingEntries(
    agreement,
    records.meetings,
    nextMeeting(agreement, records.meetings, context.today),
    context.today,
    sequences,
  );
  const calendar = toICalendar(agreement.title, entries, context.io.now());
  // --ics - prints the calendar, and what it holds goes to standard error.
  const tell = options.ics === '-' ? context.io.stderr : context.io.stdout;
  if (options.ics === '-') context.io.stdout(calendar);
  else writeUserFile(resolve(context.io.cwd, options.ics), calendar, context.repositoryRoot());
  const file = options.ics === '-' ? null : printable(options.ics);
  tell(`${context.say(message('calendar/wrote', { count: entries.length, file }))}\n`);
  for (const entry of entries) {
    const status = entry.status === 'CANCELLED' ? context.say(message('calendar/cancelled')) : '';
    tell(`  ${entry.date}${entry.time ? ` ${entry.time}` : '      '}  ${entry.summary}${status}\n`);
  }
  return 0;
}
