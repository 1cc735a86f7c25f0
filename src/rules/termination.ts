import { noticePeriodEnd, terminationEffective, terminationRefusals } from '../term/termination.js';
import type { Rule } from './rule.js';

/** §7: "kan avtalen avsluttes med én måneds oppsigelsestid": effective = notified + notice_months, or the term's end if earlier. */
export const termination: Rule = {
  id: 'termination',
  clause: 'term',
  severity: 'error',
  description:
    "the notice lies within the term; the effective date is the day it was received plus `notice_months` by `notice_rule`, or the term's last day if that comes first",
  check({ records }, report) {
    const { agreement } = records;
    const a = agreement.data;
    const t = a.termination;
    if (!t) return;
    const refusals = terminationRefusals({ ...a, termination: null }, t.notified);
    for (const { field, reason } of refusals) report(agreement.at(['termination', field]), reason);
    // A notice outside the term has no effective date to check.
    if (refusals.length > 0) return;
    const expected = terminationEffective(a, t.notified);
    if (t.effective !== expected) {
      const months = a.term.notice_months === 1 ? "1 month's" : `${a.term.notice_months} months'`;
      const capped =
        expected < noticePeriodEnd(t.notified, a.term.notice_months, a.term.notice_rule)
          ? ', the end of the term, which comes first'
          : '';
      report(
        agreement.at(['termination', 'effective']),
        `with ${months} notice (notice_rule: ${a.term.notice_rule}), a notice received ${t.notified} takes effect ${expected}${capped}, not ${t.effective}`,
      );
    }
  },
};
