/** eslint's RuleTester, for our rules: valid cases have no findings, invalid ones exactly the expected ones. */
import { appendFileSync } from 'node:fs';
import { expect } from 'vitest';
import { readBuiltinTemplates } from '../../src/documents/builtin.js';
import { type MessageId, say } from '../../src/messages/catalogue.js';
import { clauseReference } from '../../src/model/clauses.js';
import type { Finding, Severity } from '../../src/model/finding.js';
import { loadRecords } from '../../src/records/load.js';
import type { SourceFile } from '../../src/records/types.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { type Rule, runRules } from '../../src/rules/rule.js';

export interface ExpectedFinding {
  file: string;
  line: number;
  column: number;
  /** The clause cited, when it is not the rule's own in the agreement's `clauses`. */
  clause?: string | null;
  severity?: Severity;
  /** The catalogue's message id, the same in every language. */
  id?: MessageId;
  /** The facts the message gives, as far as the test names them. */
  params?: Record<string, unknown>;
  message?: RegExp;
}

export function findingsOf(rule: Rule, files: readonly SourceFile[], today: string): Finding[] {
  const { records, findings } = loadRecords(files);
  expect(findings, 'the fixture itself must pass the per-file checks').toEqual([]);
  if (!records.agreement) throw new Error('fixture without an agreement');
  return runRules([rule], {
    records: { ...records, agreement: records.agreement },
    today,
    builtinTemplates: readBuiltinTemplates(),
    ruleIds: RULE_IDS,
    base: null,
  });
}

export function expectValid(rule: Rule, files: readonly SourceFile[], today = '2019-06-01'): void {
  expect(findingsOf(rule, files, today)).toEqual([]);
}

export function expectFindings(
  rule: Rule,
  files: readonly SourceFile[],
  expected: readonly ExpectedFinding[],
  today = '2019-06-01',
): Finding[] {
  const byPlace = (a: ExpectedFinding | Finding, b: ExpectedFinding | Finding) =>
    a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
  const findings = findingsOf(rule, files, today).sort(byPlace);
  expected = [...expected].sort(byPlace);
  expect(findings.map(({ file, line, column, severity }) => ({ file, line, column, severity }))).toEqual(
    expected.map(({ file, line, column, severity }) => ({ file, line, column, severity: severity ?? rule.severity })),
  );
  findings.forEach((finding, index) => {
    expect(finding.rule).toBe(rule.id);
    const expectedClause = expected[index]!.clause;
    expect(finding.clause).toBe(
      expectedClause === undefined ? clauseReference(agreementOf(files), rule.clause) : expectedClause,
    );
    const { id, params, message } = expected[index]!;
    if (process.env.RECORD_MESSAGE_IDS && message)
      appendFileSync(process.env.RECORD_MESSAGE_IDS, `${JSON.stringify([message.source, finding.message.id])}\n`);
    expect(rule.messages, 'the rule lists the message it reports').toContain(finding.message.id);
    if (id) expect(finding.message.id).toBe(id);
    if (params) expect(finding.message.params).toMatchObject(params);
    if (message) expect(say(finding.message, 'en')).toMatch(message);
  });
  return findings;
}

function agreementOf(files: readonly SourceFile[]) {
  const agreement = loadRecords(files).records.agreement;
  if (!agreement) throw new Error('fixture without an agreement');
  return agreement.data;
}
