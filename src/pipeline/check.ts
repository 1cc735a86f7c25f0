/**
 * The validation pipeline: parse → validate each file → check the rules
 * across files. Pure: files and "today" in, records and findings out.
 */

import type { BuiltinTemplates } from '../documents/templates.js';
import { compareText } from '../lib/compare.js';
import type { IsoDate } from '../lib/dates.js';
import type { Approvals } from '../model/approvals.js';
import type { ExplainedFinding, Finding } from '../model/finding.js';
import { loadRecords } from '../records/load.js';
import { recordKind } from '../records/paths.js';
import type { Records, SourceFile } from '../records/types.js';
import { explainFindings, type ReviewBase } from '../rules/deviations.js';
import { RULE_IDS, RULES } from '../rules/index.js';
import { type RuleContext, runRules } from '../rules/rule.js';

export interface CheckResult {
  findings: Finding[];
  /** Findings the agreement's deviations accept, with the parties' reasons. */
  explained: ExplainedFinding[];
  /** How many record files were read. */
  recordCount: number;
  /** The rules across files that did not run because a file did not read cleanly; empty when they all ran. */
  rulesHeldBack: string[];
  /** The records that read cleanly, as the rules saw them: for a caller that sums them up besides. */
  records: Records;
}

export function checkRepository(
  files: readonly SourceFile[],
  today: IsoDate,
  builtinTemplates: BuiltinTemplates,
  /** The files at the base of a change (validate --base REF), for the history rule. */
  baseFiles: readonly SourceFile[] | null = null,
  /** The pull request's approvals (validate --approvals FILE), for the approvals rule. */
  approvals: Approvals | null = null,
): CheckResult {
  const { records, findings } = loadRecords(files);
  const { agreement } = records;
  // A file left out would make the rules across files report false problems (a "missing" meeting,
  // a shifted rotation): they run once every file reads cleanly.
  const readCleanly = agreement !== null && findings.length === 0;
  let explained: ExplainedFinding[] = [];
  if (readCleanly) {
    const base = baseFiles ? loadRecords(baseFiles).records : null;
    const context = { records: { ...records, agreement }, today, builtinTemplates, ruleIds: RULE_IDS, base, approvals };
    const ruled = explainFindings(
      agreement,
      runRules(RULES, context),
      RULE_IDS,
      UNEXPLAINABLE,
      reviewBase(base, context),
    );
    findings.push(...ruled.findings);
    explained = sortFindings(ruled.explained);
  }
  return {
    findings: sortFindings(findings),
    explained,
    rulesHeldBack: readCleanly ? [] : RULES.map((rule) => rule.id),
    recordCount: files.filter((file) => recordKind(file.path)).length,
    records,
  };
}

const UNEXPLAINABLE: ReadonlySet<string> = new Set(
  RULES.filter((rule) => rule.explainable === false).map((rule) => rule.id),
);

/** What the base of a change already had: its deviations, and the findings its own records gave. */
function reviewBase(base: Records | null, context: Omit<RuleContext, 'records' | 'base'>): ReviewBase | null {
  if (!base) return null;
  const { agreement } = base;
  if (!agreement) return { deviations: [], findings: () => [] };
  return {
    deviations: agreement.data.deviations,
    findings: () => runRules(RULES, { ...context, records: { ...base, agreement }, base: null, approvals: null }),
  };
}

function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule),
  );
}

/** The errors a change to some files would add to the repository: what a command checks before it writes. */
export function errorsIntroduced(
  files: readonly SourceFile[],
  changed: readonly SourceFile[],
  today: IsoDate,
  builtinTemplates: BuiltinTemplates,
  /** Files the change removes: a meeting moved to another date leaves its old file. */
  removed: readonly string[] = [],
): Finding[] {
  const replaced = (file: SourceFile) =>
    removed.includes(file.path) || changed.some((change) => change.path === file.path);
  const after = [...files.filter((file) => !replaced(file)), ...changed];
  const key = (finding: Finding) => `${finding.file}|${finding.rule}|${JSON.stringify(finding.message)}`;
  const errors = (result: CheckResult) => result.findings.filter((finding) => finding.severity === 'error');
  const existing = new Set(errors(checkRepository(files, today, builtinTemplates)).map(key));
  return errors(checkRepository(after, today, builtinTemplates)).filter((finding) => !existing.has(key(finding)));
}
