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
  mayWarn: true,
  description:
    '`minutes_approved` lies on or after the meeting, for a held meeting; minutes still unapproved when a later meeting has been held (warning)',
  check({ records, today }, report) {
    const held = records.meetings.filter((meeting) => meeting.data.status === 'held' && takesATurn(meeting.data));
    for (const meeting of records.meetings) {
      const { date, status, minutes_approved: approved } = meeting.data;
      if (approved !== null && status !== 'held') {
        report(
          meeting.at(['minutes_approved']),
          `minutes are approved for a held meeting, and this one is ${status}: set minutes_approved: null`,
        );
      } else if (approved !== null && approved < date) {
        report(
          meeting.at(['minutes_approved']),
          `the minutes are approved ${approved}, before the meeting on ${date}: minutes are approved on or after the meeting`,
        );
      }
      if (status !== 'held' || approved !== null) continue;
      const later = held.find((other) => other.data.date > date && other.data.date <= today);
      if (later) {
        report(
          meeting.at(['minutes_approved'], 'key'),
          `the minutes of ${date} are not recorded as approved, though the meeting on ${later.data.date} has been held: record the date both parties approved them in minutes_approved`,
          { severity: 'warning' },
        );
      }
    }
  },
};
