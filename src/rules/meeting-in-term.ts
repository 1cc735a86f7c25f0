import { nextExtensionYear } from '../term/extension.js';
import { lastDayInForce } from '../term/term.js';
import type { Rule } from './rule.js';

/** §7: meetings under the agreement lie inside its term (with extensions, and before a termination takes effect). */
export const meetingInTerm: Rule = {
  id: 'meeting-in-term',
  clause: 'term',
  severity: 'error',
  description: 'held and planned meetings lie between signing and the last day in force',
  check({ records }, report) {
    const a = records.agreement.data;
    const lastDay = lastDayInForce(a);
    for (const meeting of records.meetings) {
      const { date, status } = meeting.data;
      if (status === 'cancelled') continue;
      if (date < a.signed) {
        report(meeting.at(['date']), `${date} is before the agreement was signed on ${a.signed}`);
      } else if (date > lastDay) {
        const advice = a.termination
          ? `the agreement was terminated with effect from ${a.termination.effective}`
          : `renew first (partnership renew --year ${nextExtensionYear(a)}) or move the meeting`;
        report(meeting.at(['date']), `${date} is after the agreement's last day in force, ${lastDay}: ${advice}`);
      }
    }
  },
};
