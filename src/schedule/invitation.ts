/**
 * A meeting as an iTIP message (RFC 5546) that Outlook and Google answer with Accept and Decline: a
 * REQUEST with an ORGANIZER and an ATTENDEE per invitee, or, for a cancelled meeting, a CANCEL with the
 * same UID and a higher SEQUENCE. The event is the calendar feed's (same UID, summary, place, sequence);
 * its times are Oslo's wall clock with the zone named (TZID) and described (VTIMEZONE), so a client in
 * another zone shows the right hour. Written here rather than by ical-generator, whose zone support
 * wants a time-zone library to name a wall-clock time.
 */
import type { IsoDate } from '../lib/dates.js';
import type { CalendarEntry } from './calendar.js';
import { escapeText, foldLines } from './ics.js';
import { MEETING_HOURS } from './meeting-time.js';

export interface Invitee {
  name: string;
  email: string;
  /** REQ-PARTICIPANT for a party's contact, OPT-PARTICIPANT for another attendee. */
  role: 'REQ-PARTICIPANT' | 'OPT-PARTICIPANT';
}

export interface Invitation {
  method: 'REQUEST' | 'CANCEL';
  entry: CalendarEntry;
  organizer: { name: string; email: string };
  invitees: readonly Invitee[];
  /** When the message is written: DTSTAMP, in UTC. */
  stamp: Date;
  /** What the DESCRIPTION adds after the feed's: the saksliste and the record's path. */
  description: string;
}

/** Europe/Oslo since 1996: CET, and CEST from the last Sunday of March to the last Sunday of October. */
const OSLO = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Oslo',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const local = (date: IsoDate, time: string) => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
const utc = (instant: Date) => `${instant.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/** A parameter value (CN): quoted, without the quote and control characters a value may not hold. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters a parameter value may not hold
const parameter = (value: string) => `"${value.replace(/["\u0000-\u001f\u007f]/g, '')}"`;

function endOf(entry: CalendarEntry): string {
  const time = entry.time ?? '10:00';
  if (entry.end && entry.end > time) return entry.end;
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const end = Math.min(hours + MEETING_HOURS, 23);
  return `${String(end).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export function invitationCalendar(invitation: Invitation): string {
  const { method, entry, organizer, invitees, stamp } = invitation;
  const time = entry.time ?? '10:00';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//partnership//partnership//NB',
    `METHOD:${method}`,
    ...OSLO,
    'BEGIN:VEVENT',
    `UID:${entry.uid}`,
    `SEQUENCE:${entry.sequence}`,
    `DTSTAMP:${utc(stamp)}`,
    `DTSTART;TZID=Europe/Oslo:${local(entry.date, time)}`,
    `DTEND;TZID=Europe/Oslo:${local(entry.date, endOf(entry))}`,
    `SUMMARY:${escapeText(entry.summary)}`,
    ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
    `DESCRIPTION:${escapeText(invitation.description)}`,
    `STATUS:${method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    `ORGANIZER;CN=${parameter(organizer.name)}:mailto:${organizer.email}`,
    ...invitees.map(
      (invitee) =>
        `ATTENDEE;CN=${parameter(invitee.name)};ROLE=${invitee.role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${invitee.email}`,
    ),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return foldLines(lines.join('\r\n'));
}
