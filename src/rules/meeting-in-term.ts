import { message } from '../messages/catalogue.js';
import { renewalOutlook } from '../term/outlook.js';
import { lastDayInForce } from '../term/term.js';
import type { Rule } from './rule.js';

/** §7: meetings under the agreement lie inside its term (with extensions, and before a termination takes effect). */
export const meetingInTerm: Rule = {
  id: 'meeting-in-term',
  clause: 'term',
  severity: 'error',
  messages: ['meeting-in-term/after-last-day', 'meeting-in-term/before-signing'],
  description: 'held and planned meetings lie between signing and the last day in force',
  check({ records, today }, report) {
    const a = records.agreement.data;
    const lastDay = lastDayInForce(a);
    const outlook = renewalOutlook(a, today);
    for (const meeting of records.meetings) {
      const { date, status } = meeting.data;
      if (status === 'cancelled') continue;
      if (date < a.signed) {
        report(meeting.at(['date']), message('meeting-in-term/before-signing', { date, signed: a.signed }));
      } else if (date > lastDay) {
        report(
          meeting.at(['date']),
          message('meeting-in-term/after-last-day', {
            date,
            lastDay,
            outlook: outlook.kind,
            effective: outlook.kind === 'terminated' ? outlook.effective : null,
            year: outlook.kind === 'extendable' ? outlook.year : null,
            completed: outlook.kind === 'evaluated' ? outlook.completed : null,
          }),
        );
      }
    }
  },
};
