import type { TemplateName } from '../documents/templates.js';
import type { IsoDate } from '../lib/dates.js';
import { clauseReference } from '../model/clauses.js';
import type { Finding, Location, RuleMeta, Severity } from '../model/finding.js';
import type { AgreementRecord, Records } from '../records/types.js';

export interface RuleContext {
  records: Records & { agreement: AgreementRecord };
  today: IsoDate;
  /** The built-in templates, which the repository's templates/ override by name. */
  builtinTemplates: ReadonlyMap<TemplateName, string>;
  /** Every rule's id, for a deviation to name one. */
  ruleIds: readonly string[];
  /** The records at the base of a change (validate --base REF), or null. */
  base: Records | null;
}

export interface ReportDetails {
  /** For a rule that reports some findings as warnings. */
  severity?: Severity;
  /** A clause of the record itself, for a finding about it (an obligation's own clause). */
  clause?: string | null;
  /** The year the finding is about, for a deviation to match; a meeting's findings are about it by their file. */
  year?: number;
}

export type Report = (location: Location, message: string, details?: ReportDetails) => void;

export interface Rule extends RuleMeta {
  check(context: RuleContext, report: Report): void;
}

export function runRules(rules: readonly Rule[], context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const clause = clauseReference(context.records.agreement.data, rule.clause);
    rule.check(context, (location, message, details = {}) => {
      // Cross-file findings point at a value, not a syntax error: no excerpt under them.
      const { excerpt: _excerpt, ...where } = location;
      const meeting = /^meetings\/(.+)\.md$/i.exec(where.file)?.[1];
      findings.push({
        ...where,
        severity: details.severity ?? rule.severity,
        rule: rule.id,
        clause: details.clause === undefined ? clause : details.clause,
        message,
        subject: { ...(details.year === undefined ? {} : { year: details.year }), ...(meeting ? { meeting } : {}) },
      });
    });
  }
  return findings;
}
