import { message } from '../messages/catalogue.js';
import type { ExplainedFinding, Finding } from '../model/finding.js';
import type { Agreement } from '../model/schemas.js';
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
  messages: ['deviations/explains-nothing', 'deviations/no-such-rule'],
  mayWarn: true,
  description:
    'every deviation names a rule and a year or a meeting, and explains a finding: a finding it matches is reported as explained, with its reason; one that matches nothing is a warning',
  check({ records, ruleIds }, report) {
    records.agreement.data.deviations.forEach((deviation, index) => {
      if (!ruleIds.includes(deviation.rule)) {
        report(
          records.agreement.at(['deviations', index, 'rule']),
          message('deviations/no-such-rule', { rule: deviation.rule }),
          { severity: 'error' },
        );
      }
    });
  },
};

type Deviation = Agreement['deviations'][number];

/** The records at the base of a change under review: its deviations, and the findings it already had. */
export interface ReviewBase {
  deviations: readonly Deviation[];
  /** Asked only when a deviation the change adds matches a finding: the base's rules run then, not on every review. */
  findings(): readonly Finding[];
}

const sameDeviation = (a: Deviation, b: Deviation) =>
  a.rule === b.rule && a.year === b.year && a.meeting === b.meeting && a.reason === b.reason;

/** A finding's identity across a change: its rule, its file and what it is about, not its wording. */
const findingKey = (finding: Finding) =>
  `${finding.rule}|${finding.file}|${finding.subject?.year ?? ''}|${finding.subject?.meeting ?? ''}`;

/**
 * The findings the agreement's deviations explain, set apart with their reasons; and a warning for
 * each deviation that explains none. No deviation explains a finding of a rule that is not
 * explainable (the history of final records). Under review (`base`), a deviation the change adds
 * explains only what the base already found: a change cannot accept what it does itself; once merged,
 * the deviation is the parties' and explains as any other.
 */
export function explainFindings(
  agreement: AgreementRecord,
  findings: readonly Finding[],
  ruleIds: readonly string[],
  unexplainable: ReadonlySet<string>,
  base: ReviewBase | null = null,
): { findings: Finding[]; explained: ExplainedFinding[] } {
  const { deviations: accepted } = agreement.data;
  let foundAtBase: Set<string> | undefined;
  const wasFoundAtBase = (finding: Finding) => {
    foundAtBase ??= new Set(base?.findings().map(findingKey));
    return foundAtBase.has(findingKey(finding));
  };
  const used = new Set<number>();
  const remaining: Finding[] = [];
  const explained: ExplainedFinding[] = [];
  for (const finding of findings) {
    const index = accepted.findIndex(
      (deviation) =>
        deviation.rule === finding.rule &&
        ((deviation.year !== undefined && deviation.year === finding.subject?.year) ||
          (deviation.meeting !== undefined && deviation.meeting === finding.subject?.meeting)) &&
        (!base || base.deviations.some((atBase) => sameDeviation(atBase, deviation)) || wasFoundAtBase(finding)),
    );
    const deviation = accepted[index];
    if (deviation && finding.rule !== deviations.id && !unexplainable.has(finding.rule)) {
      used.add(index);
      explained.push({ ...finding, reason: deviation.reason });
    } else {
      remaining.push(finding);
    }
  }
  accepted.forEach((deviation, index) => {
    if (used.has(index) || !ruleIds.includes(deviation.rule)) return;
    const location = agreement.at(['deviations', index]);
    remaining.push({
      ...location,
      severity: 'warning',
      rule: deviations.id,
      clause: null,
      message: message('deviations/explains-nothing', {
        rule: deviation.rule,
        year: deviation.year ?? null,
        meeting: deviation.meeting ?? null,
      }),
    });
  });
  return { findings: remaining, explained };
}
