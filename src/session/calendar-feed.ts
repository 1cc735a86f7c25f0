/**
 * The calendar feed, one for every command that gives it (`calendar`, and the site's `kalender.ics`):
 * every upcoming date, each meeting under its uid at the sequence its record's history in git gives it.
 */
import type { IsoDate } from '../lib/dates.js';
import type { Agreement } from '../model/schemas.js';
import type { MeetingRecord } from '../records/types.js';
import { isAhead } from '../schedule/ahead.js';
import { type CalendarEntry, upcomingEntries } from '../schedule/calendar.js';
import { toICalendar } from '../schedule/ics.js';
import { nextMeeting } from '../schedule/next-meeting.js';

export async function calendarFeed(
  root: string,
  agreement: Agreement,
  meetings: readonly MeetingRecord[],
  today: IsoDate,
  stamp: Date,
): Promise<{ entries: CalendarEntry[]; calendar: string }> {
  const upcoming = meetings.filter((meeting) => isAhead(meeting.data, today));
  // git (and simple-git with it) is loaded only for meetings whose SEQUENCE it counts.
  const sequences =
    upcoming.length > 0
      ? await (await import('../git/repository.js')).meetingSequences(root, upcoming)
      : new Map<string, number>();
  const entries = upcomingEntries(agreement, meetings, nextMeeting(agreement, meetings, today), today, sequences);
  return { entries, calendar: toICalendar(agreement.title, entries, stamp) };
}
