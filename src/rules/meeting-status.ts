import { message } from '../messages/catalogue.js';
import type { Rule } from './rule.js';

/**
 * What happened to a meeting is recorded: one still "planned" after its day
 * was held or cancelled, and a held meeting says who attended.
 */
export const meetingStatus: Rule = {
  id: 'meeting-status',
  clause: 'meetings',
  severity: 'warning',
  messages: ['meeting-status/no-attendees', 'meeting-status/still-planned'],
  mayWarn: true,
  description:
    'a planned meeting whose day has passed is recorded as held or cancelled (warning); a held meeting records who attended (error)',
  check({ records, today }, report) {
    for (const meeting of records.meetings) {
      const { status, date, attendees } = meeting.data;
      if (status === 'planned' && date < today) {
        report(meeting.at(['status']), message('meeting-status/still-planned', { date }));
      }
      if (status === 'held' && Object.values(attendees).every((people) => people.length === 0)) {
        report(
          meeting.at(['attendees'], 'key'),
          message('meeting-status/no-attendees', { parties: records.agreement.data.parties.map((party) => party.id) }),
          { severity: 'error' },
        );
      }
    }
  },
};
