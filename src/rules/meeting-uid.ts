import { groupBy } from '../lib/group-by.js';
import type { Rule } from './rule.js';

/**
 * A meeting's uid is its identity in every calendar that has it: two meetings with one uid would be one
 * event there, each change to one overwriting the other (a copied file keeps the uid it was copied with).
 */
export const meetingUid: Rule = {
  id: 'meeting-uid',
  clause: null,
  severity: 'error',
  description: "each meeting's `uid` is its own: two meetings with the same one would be a single event in calendars",
  check({ records }, report) {
    const withUid = records.meetings.filter((meeting) => meeting.data.uid !== undefined);
    for (const [uid, same] of groupBy(withUid, (meeting) => meeting.data.uid as string)) {
      const [first, ...others] = same;
      if (!first) continue;
      for (const meeting of others) {
        report(
          meeting.at(['uid']),
          `meeting ${meeting.id} has the uid of meeting ${first.id} (${uid}), so calendars would take them for one event: give this one a uid of its own (any text of lower-case letters, digits, dots and hyphens no other meeting has), or remove its uid line`,
        );
      }
    }
  },
};
