import { message } from '../messages/catalogue.js';
import { takesATurn } from '../schedule/rotation.js';
import type { Rule } from './rule.js';

/**
 * The referat: approved on or after the meeting it records, and only for a
 * meeting that was held; still unapproved once a later meeting has been held
 * is a warning, since the parties usually approve it by then.
 */
export const minutes: Rule = {
  id: 'minutes',
  clause: 'meetings',
  severity: 'error',
  messages: [
    'minutes/approved-before-meeting',
    'minutes/approved-for-unheld',
    'minutes/no-meeting-that-day',
    'minutes/not-approved',
    'minutes/via-without-date',
  ],
  mayWarn: true,
  description:
    '`minutes_approved` and `minutes_sent` lie on or after the meeting, for a held meeting; `minutes_approved_via: meeting` names the day of a held meeting; minutes still unapproved when a later meeting has been held (warning)',
  check({ records, today }, report) {
    const held = records.meetings.filter((meeting) => meeting.data.status === 'held' && takesATurn(meeting.data));
    // Looked up by day, not searched: a record of thousands of meetings is checked in linear time.
    const heldDates = held.map((meeting) => meeting.data.date).sort();
    const heldOn = new Map<string, number>();
    for (const date of heldDates) heldOn.set(date, (heldOn.get(date) ?? 0) + 1);
    for (const meeting of records.meetings) {
      const { date, status, minutes_approved: approved, minutes_approved_via: via } = meeting.data;
      if (via !== null && approved === null) {
        report(meeting.at(['minutes_approved_via']), message('minutes/via-without-date'));
      } else if (
        via === 'meeting' &&
        approved !== null &&
        (heldOn.get(approved) ?? 0) - (status === 'held' && approved === date ? 1 : 0) === 0
      ) {
        report(meeting.at(['minutes_approved_via']), message('minutes/no-meeting-that-day', { approved }));
      }
      if (approved !== null && status !== 'held') {
        report(meeting.at(['minutes_approved']), message('minutes/approved-for-unheld', { status }));
      } else if (approved !== null && approved < date) {
        report(meeting.at(['minutes_approved']), message('minutes/approved-before-meeting', { approved, date }));
      }
      const sent = meeting.data.minutes_sent ?? null;
      if (sent !== null && sent < date)
        report(meeting.at(['minutes_sent']), message('minutes/sent-before-meeting', { sent, date }));
      if (status !== 'held' || approved !== null) continue;
      const later = heldDates[firstAfter(heldDates, date)];
      if (later !== undefined && later <= today) {
        report(meeting.at(['minutes_approved'], 'key'), message('minutes/not-approved', { date, later }), {
          severity: 'warning',
        });
      }
    }
  },
};

/** The index of the first date after `date` in sorted `dates` (their length when none is). */
function firstAfter(dates: readonly string[], date: string): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((dates[middle] as string) <= date) low = middle + 1;
    else high = middle;
  }
  return low;
}
