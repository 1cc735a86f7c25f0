import { message } from '../messages/catalogue.js';
import { noticePeriodEnd, terminationEffective, terminationRefusals } from '../term/termination.js';
import type { Rule } from './rule.js';

/** §7: "kan avtalen avsluttes med én måneds oppsigelsestid": effective = notified + notice_months, or the term's end if earlier. */
export const termination: Rule = {
  id: 'termination',
  clause: 'term',
  severity: 'error',
  messages: [
    'termination/wrong-effective-date',
    'term/already-terminated',
    'term/notice-before-signing',
    'term/notice-after-end',
  ],
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
      report(
        agreement.at(['termination', 'effective']),
        message('termination/wrong-effective-date', {
          months: a.term.notice_months,
          rule: a.term.notice_rule,
          notified: t.notified,
          expected,
          capped: expected < noticePeriodEnd(t.notified, a.term.notice_months, a.term.notice_rule),
          effective: t.effective,
        }),
      );
    }
  },
};
