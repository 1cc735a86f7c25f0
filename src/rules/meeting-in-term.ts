import { renewalOutlook } from '../term/outlook.js';
import { lastDayInForce } from '../term/term.js';
import type { Rule } from './rule.js';

/** §7: meetings under the agreement lie inside its term (with extensions, and before a termination takes effect). */
export const meetingInTerm: Rule = {
  id: 'meeting-in-term',
  clause: 'term',
  severity: 'error',
  description: 'held and planned meetings lie between signing and the last day in force',
  check({ records, today }, report) {
    const a = records.agreement.data;
    const lastDay = lastDayInForce(a);
    const outlook = renewalOutlook(a, today);
    for (const meeting of records.meetings) {
      const { date, status } = meeting.data;
      if (status === 'cancelled') continue;
      if (date < a.signed) {
        report(meeting.at(['date']), `${date} is before the agreement was signed on ${a.signed}`);
      } else if (date > lastDay) {
        const advice =
          outlook.kind === 'terminated'
            ? `the agreement was terminated with effect from ${outlook.effective}`
            : outlook.kind === 'extendable'
              ? `renew first (partnership renew --year ${outlook.year}) or move the meeting`
              : outlook.kind === 'evaluated'
                ? `with the evaluation completed (${outlook.completed}) the agreement can no longer be extended: move the meeting, or make a new agreement`
                : 'the agreement has lapsed and can only be replaced by a new one: move the meeting';
        report(meeting.at(['date']), `${date} is after the agreement's last day in force, ${lastDay}: ${advice}`);
      }
    }
  },
};
