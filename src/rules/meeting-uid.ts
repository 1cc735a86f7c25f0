import { groupBy } from '../lib/group-by.js';
import { message } from '../messages/catalogue.js';
import type { Rule } from './rule.js';

/**
 * A meeting's uid is its identity in every calendar that has it: two meetings with one uid would be one
 * event there, each change to one overwriting the other (a copied file keeps the uid it was copied with).
 */
export const meetingUid: Rule = {
  id: 'meeting-uid',
  clause: null,
  severity: 'error',
  messages: ['meeting-uid/duplicate'],
  description: "each meeting's `uid` is its own: two meetings with the same one would be a single event in calendars",
  check({ records }, report) {
    const withUid = records.meetings.filter((meeting) => meeting.data.uid !== undefined);
    for (const [uid, same] of groupBy(withUid, (meeting) => meeting.data.uid as string)) {
      const [first, ...others] = same;
      if (!first) continue;
      for (const meeting of others) {
        report(meeting.at(['uid']), message('meeting-uid/duplicate', { meeting: meeting.id, first: first.id, uid }));
      }
    }
  },
};
