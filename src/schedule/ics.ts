/** Calendar entries as iCalendar text, with ical-generator. */
import { TZDate } from '@date-fns/tz';
import ical, { ICalAlarmType, type ICalEventData, type ICalEventStatus } from 'ical-generator';
import { type IsoDate, isOsloSummerTime, TIME_ZONE } from '../lib/dates.js';
import type { CalendarEntry } from './calendar.js';
import { MEETING_HOURS } from './meeting-time.js';

/**
 * The instant of a wall-clock time in Oslo, whatever the machine's time zone. Computed from the rule
 * rather than by the time-zone database, whose first use costs a calendar a tenth of its start-up.
 */
export function osloInstant(date: IsoDate, time: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const summer = isOsloSummerTime(date, time);
  if (summer === undefined) return new Date(new TZDate(year, month - 1, day, hours, minutes, TIME_ZONE).getTime());
  const offset = summer ? 2 : 1;
  return new Date(Date.UTC(year, month - 1, day, hours - offset, minutes));
}

/** All-day values are written with UTC getters by ical-generator: give it UTC midnight. */
function utcMidnight(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export function toICalendar(name: string, entries: readonly CalendarEntry[], stamp: Date): string {
  // ical-generator escapes the events' text, but writes the calendar's name (NAME, X-WR-CALNAME) as given.
  const calendar = ical({
    name: escapeText(name),
    prodId: { company: 'partnership', product: 'partnership', language: 'NB' },
  });
  for (const entry of entries) {
    const timing: Pick<ICalEventData, 'start' | 'end' | 'allDay'> = entry.time
      ? {
          start: osloInstant(entry.date, entry.time),
          end:
            entry.end && entry.end > entry.time
              ? osloInstant(entry.date, entry.end)
              : new Date(osloInstant(entry.date, entry.time).getTime() + MEETING_HOURS * 3_600_000),
        }
      : { start: utcMidnight(entry.date), allDay: true };
    calendar.createEvent({
      id: entry.uid,
      stamp,
      summary: entry.summary,
      location: entry.location,
      description: entry.description,
      sequence: entry.sequence,
      ...(entry.status ? { status: entry.status as ICalEventStatus } : {}),
      alarms: entry.reminders.map((days) => ({ type: ICalAlarmType.display, trigger: days * 86_400 })),
      ...timing,
    });
  }
  return foldLines(calendar.toString());
}

/** RFC 5545 §3.3.11: a TEXT value with its backslashes, semicolons, commas and line breaks escaped. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, '\\$&').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: content lines of at most 75 octets, longer ones folded with
 * CRLF and a space, never inside a character; every line, the last included,
 * ends with CRLF. Unfolds first, so whatever folding the writer did is redone.
 */
export function foldLines(text: string): string {
  const lines = text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  const folded = lines.map((line) => {
    const characters = [...line];
    const parts: string[] = [];
    let current: string[] = [];
    let octets = 0;
    for (const [index, character] of characters.entries()) {
      const size = encoder.encode(character).length;
      const limit = parts.length === 0 ? 75 : 74;
      if (octets + size > limit) {
        // A folded line that starts with "::" is read as a workflow command in a CI log (GitHub trims
        // the spaces before it): fold earlier, so the colons stay behind another character.
        const carried: string[] = [];
        const startsWithColons = () =>
          [...carried, ...characters.slice(index, index + 80)].join('').trimStart().startsWith('::');
        while (current.length > 1 && startsWithColons()) carried.unshift(current.pop() as string);
        parts.push(current.join(''));
        current = carried;
        octets = carried.reduce((sum, part) => sum + encoder.encode(part).length, 0);
      }
      current.push(character);
      octets += size;
    }
    parts.push(current.join(''));
    return parts.join('\r\n ');
  });
  return `${folded.join('\r\n')}\r\n`;
}
