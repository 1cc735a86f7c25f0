import { resolve } from 'node:path';
import { printable } from '../lib/printable.js';
import { message } from '../messages/catalogue.js';
import { calendarFeed } from '../session/calendar-feed.js';
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
  const { entries, calendar } = await calendarFeed(
    context.repositoryRoot(),
    agreement,
    records.meetings,
    context.today,
    context.io.now(),
  );
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
