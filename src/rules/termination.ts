import { extendedEnd, terminationEffective } from '../schedule/term.js';
import type { Rule } from './rule.js';

/** §7: "kan avtalen avsluttes med én måneds oppsigelsestid": effective = notified + notice_months. */
export const termination: Rule = {
  id: 'termination',
  clause: '§7',
  severity: 'error',
  description: 'effective date = notified + notice_months, by notice_rule',
  check({ records }, report) {
    const { agreement } = records;
    const a = agreement.data;
    const t = a.termination;
    if (!t) return;
    const expected = terminationEffective(t.notified, a.term.notice_months, a.term.notice_rule);
    if (t.effective !== expected) {
      report(
        agreement.at(['termination', 'effective']),
        `with ${a.term.notice_months === 1 ? "1 month's" : `${a.term.notice_months} months'`} notice (notice_rule: ${a.term.notice_rule}), a notice received ${t.notified} takes effect ${expected}, not ${t.effective}`,
      );
    }
    if (t.notified < a.signed) {
      report(agreement.at(['termination', 'notified']), `notice received ${t.notified}, before the agreement was signed on ${a.signed}`);
    }
    const end = extendedEnd(a);
    if (t.notified > end) {
      report(agreement.at(['termination', 'notified']), `notice received ${t.notified}, after the term had already ended on ${end}: there is nothing left to terminate`);
    }
  },
};
