import type { TemplateName } from '../documents/templates.js';
import type { IsoDate } from '../lib/dates.js';
import type { Finding, Location, RuleMeta, Severity } from '../model/finding.js';
import type { AgreementRecord, Records } from '../records/types.js';

export interface RuleContext {
  records: Records & { agreement: AgreementRecord };
  today: IsoDate;
  /** The built-in templates, which the repository's templates/ override by name. */
  builtinTemplates: ReadonlyMap<TemplateName, string>;
}

export type Report = (location: Location, message: string, severity?: Severity) => void;

export interface Rule extends RuleMeta {
  check(context: RuleContext, report: Report): void;
}

export function runRules(rules: readonly Rule[], context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check(context, (location, message, severity = rule.severity) => {
      // Cross-file findings point at a value, not a syntax error: no excerpt under them.
      const { excerpt: _excerpt, ...where } = location;
      findings.push({ ...where, severity, rule: rule.id, clause: rule.clause, message });
    });
  }
  return findings;
}
