import type { BuiltinTemplates } from '../documents/templates.js';
import type { IsoDate } from '../lib/dates.js';
import type { Message } from '../messages/catalogue.js';
import type { Approvals } from '../model/approvals.js';
import { clauseReference } from '../model/clauses.js';
import type { Finding, Location, RuleMeta, Severity, Subject } from '../model/finding.js';
import { meetingIdOf, recordKind } from '../records/paths.js';
import type { AgreementRecord, Records } from '../records/types.js';

export interface RuleContext {
  records: Records & { agreement: AgreementRecord };
  today: IsoDate;
  /** The built-in templates, which the repository's templates/ override by name. */
  builtinTemplates: BuiltinTemplates;
  /** Every rule's id, for a deviation to name one. */
  ruleIds: readonly string[];
  /** The records at the base of a change (validate --base REF), or null. */
  base: Records | null;
  /** The pull request's approvals (validate --approvals FILE), or none given. */
  approvals?: Approvals | null;
}

export interface ReportDetails {
  /** For a rule that reports some findings as warnings. */
  severity?: Severity;
  /** A clause of the record itself, for a finding about it (an obligation's own clause). */
  clause?: string | null;
  /** The year the finding is about, for a deviation to match; a meeting's findings are about it by their file. */
  year?: number;
}

export type Report = (location: Location, message: Message, details?: ReportDetails) => void;

export interface Rule extends RuleMeta {
  check(context: RuleContext, report: Report): void;
}

export function runRules(rules: readonly Rule[], context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const clause = clauseReference(context.records.agreement.data, rule.clause);
    rule.check(context, (location, message, details = {}) => {
      // A finding in a meeting's file is about that meeting, by its id.
      const meeting = recordKind(location.file) === 'meeting' ? meetingIdOf(location.file) : undefined;
      findings.push({
        file: location.file,
        line: location.line,
        column: location.column,
        severity: details.severity ?? rule.severity,
        rule: rule.id,
        clause: details.clause === undefined ? clause : details.clause,
        message,
        subject: subjectOf(details.year, meeting),
      });
    });
  }
  return findings;
}

function subjectOf(year: number | undefined, meeting: string | undefined): Subject {
  const subject: Subject = {};
  if (year !== undefined) subject.year = year;
  if (meeting !== undefined) subject.meeting = meeting;
  return subject;
}
