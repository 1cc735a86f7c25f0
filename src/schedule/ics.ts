/** Calendar entries as iCalendar text, with ical-generator. */
import { TZDate } from '@date-fns/tz';
import ical, { type ICalEventData } from 'ical-generator';
import { type IsoDate, TIME_ZONE } from '../lib/dates.js';
import type { CalendarEntry } from './calendar.js';
import { MEETING_HOURS } from './meeting-time.js';

/** The instant of a wall-clock time in Oslo, whatever the machine's time zone. */
function osloInstant(date: IsoDate, time: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, TIME_ZONE).getTime());
}

/** All-day values are written with UTC getters by ical-generator: give it UTC midnight. */
function utcMidnight(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export function toICalendar(name: string, entries: readonly CalendarEntry[], stamp: Date): string {
  const calendar = ical({ name, prodId: { company: 'partnership', product: 'partnership', language: 'NB' } });
  for (const entry of entries) {
    const timing: Pick<ICalEventData, 'start' | 'end' | 'allDay'> = entry.time
      ? {
          start: osloInstant(entry.date, entry.time),
          end: new Date(osloInstant(entry.date, entry.time).getTime() + MEETING_HOURS * 3_600_000),
        }
      : { start: utcMidnight(entry.date), allDay: true };
    calendar.createEvent({
      id: entry.uid,
      stamp,
      summary: entry.summary,
      location: entry.location,
      description: entry.description,
      ...timing,
    });
  }
  return calendar.toString();
}
