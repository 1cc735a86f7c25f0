import type { ExplainedFinding, Finding } from '../model/finding.js';
import type { AgreementRecord } from '../records/types.js';
import type { Rule } from './rule.js';

/**
 * What the parties accept. A deviation names a rule and a year or a meeting,
 * with its reason; a finding it matches is reported as explained rather than
 * as an error or a warning. Its check is that each names a rule there is;
 * `explainFindings`, run after every rule, matches them and warns about a
 * deviation that matches nothing, since the record no longer needs it.
 */
export const deviations: Rule = {
  id: 'deviations',
  clause: null,
  severity: 'warning',
  mayWarn: true,
  description:
    'every deviation names a rule and a year or a meeting, and explains a finding: a finding it matches is reported as explained, with its reason; one that matches nothing is a warning',
  check({ records, ruleIds }, report) {
    records.agreement.data.deviations.forEach((deviation, index) => {
      if (!ruleIds.includes(deviation.rule)) {
        report(
          records.agreement.at(['deviations', index, 'rule']),
          `there is no rule "${deviation.rule}": name the rule of the finding the parties accept, as validate prints it`,
          { severity: 'error' },
        );
      }
    });
  },
};

/** The findings the agreement's deviations explain, set apart with their reasons; and a warning for each deviation that explains none. */
export function explainFindings(
  agreement: AgreementRecord,
  findings: readonly Finding[],
  ruleIds: readonly string[],
): { findings: Finding[]; explained: ExplainedFinding[] } {
  const { deviations: accepted } = agreement.data;
  const used = new Set<number>();
  const remaining: Finding[] = [];
  const explained: ExplainedFinding[] = [];
  for (const finding of findings) {
    const index = accepted.findIndex(
      (deviation) =>
        deviation.rule === finding.rule &&
        ((deviation.year !== undefined && deviation.year === finding.subject?.year) ||
          (deviation.meeting !== undefined && deviation.meeting === finding.subject?.meeting)),
    );
    const deviation = accepted[index];
    if (deviation && finding.rule !== deviations.id) {
      used.add(index);
      explained.push({ ...finding, reason: deviation.reason });
    } else {
      remaining.push(finding);
    }
  }
  accepted.forEach((deviation, index) => {
    if (used.has(index) || !ruleIds.includes(deviation.rule)) return;
    const what = deviation.year === undefined ? `meeting ${deviation.meeting}` : String(deviation.year);
    const { excerpt: _excerpt, ...location } = agreement.at(['deviations', index]);
    remaining.push({
      ...location,
      severity: 'warning',
      rule: deviations.id,
      clause: null,
      message: `the deviation for ${deviation.rule} in ${what} explains no finding any more: remove it, or correct its rule, year or meeting`,
    });
  });
  return { findings: remaining, explained };
}
