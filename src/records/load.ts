/**
 * Parse → validate each file. Pure: takes the files' text, returns the
 * records that passed and the findings of those that did not. Each file is
 * parsed exactly once, however often it is loaded.
 */

import type * as z from 'zod/mini';
import { compareText } from '../lib/compare.js';
import { message } from '../messages/catalogue.js';
import type { Finding, Location } from '../model/finding.js';
import { type Meeting, RECORD_SCHEMAS, type RecordKind } from '../model/schemas.js';
import { FILE_RULE, SYNTAX_RULE } from './file-rules.js';
import { type PropertyPath, readFrontMatter } from './front-matter.js';
import { meetingIdOf, recordKind } from './paths.js';
import { type Locator, schemaFindings } from './schema-findings.js';
import { textProblems } from './text-checks.js';
import type { AgreementRecord, AnnualPlanRecord, LoadedRecord, Records, SourceFile } from './types.js';

/** A file with more schema problems than this is not what its kind should be: the rest are counted, not listed. */
const MAX_SCHEMA_FINDINGS = 50;

export function loadRecords(files: readonly SourceFile[]): { records: Records; findings: Finding[] } {
  const findings: Finding[] = [];
  const records: Records = {
    agreement: null,
    meetings: [],
    annualPlans: [],
    templates: [],
    paths: new Set(files.map((file) => file.path)),
    notices: new Map(
      files.filter((file) => file.path.startsWith('agreement/notices/')).map((file) => [file.path, file.text]),
    ),
  };

  for (const file of files) {
    const outcome = loadFile(file);
    findings.push(...outcome.findings);
    if (outcome.findings.length > 0 && !outcome.loaded) continue;
    if (file.path.startsWith('templates/')) records.templates.push(file);
    const { kind, loaded } = outcome;
    if (!kind || !loaded) continue;
    if (kind === 'agreement') records.agreement = loaded as AgreementRecord;
    else if (kind === 'meeting')
      records.meetings.push({ ...(loaded as LoadedRecord<Meeting>), id: meetingIdOf(file.path) });
    else records.annualPlans.push(loaded as AnnualPlanRecord);
  }

  records.meetings.sort((a, b) => compareText(a.data.date, b.data.date) || compareMeetingIds(a.id, b.id));
  records.annualPlans.sort((a, b) => a.data.year - b.data.year);
  return { records, findings };
}

interface FileOutcome {
  findings: Finding[];
  kind?: RecordKind;
  loaded?: LoadedRecord<unknown>;
}

/**
 * Each file read is parsed once however often it is loaded: a writing command checks the records as
 * they are and as they would be, and the files it does not change are the same objects both times.
 */
const outcomes = new WeakMap<SourceFile, FileOutcome>();

function loadFile(file: SourceFile): FileOutcome {
  let outcome = outcomes.get(file);
  if (!outcome) {
    const unreadable = fileFindings(file);
    const kind = unreadable.length > 0 ? undefined : recordKind(file.path);
    const findings: Finding[] = [...unreadable];
    const loaded = kind ? loadRecord(file, kind, findings) : undefined;
    outcome = { findings, ...(kind ? { kind } : {}), ...(loaded ? { loaded } : {}) };
    outcomes.set(file, outcome);
  }
  return outcome;
}

/** The `file` rule: a file that was not read, or whose text is unsafe to show. */
function fileFindings(file: SourceFile): Finding[] {
  const problems = file.problem
    ? [{ line: file.problem.line ?? 1, column: 1, message: file.problem.message }]
    : textProblems(file.text);
  return problems.map(({ line, column, message }) => ({
    file: file.path,
    line,
    column,
    severity: 'error',
    rule: FILE_RULE.id,
    clause: FILE_RULE.clause,
    message,
  }));
}

function compareMeetingIds(a: string, b: string): number {
  const sequence = (id: string) => Number(/-(\d+)$/.exec(id.slice(10))?.[1] ?? 1);
  return sequence(a) - sequence(b) || compareText(a, b);
}

function loadRecord(file: SourceFile, kind: RecordKind, findings: Finding[]): LoadedRecord<unknown> | undefined {
  const result = readFrontMatter(file.text);
  if (!result.ok) {
    for (const problem of result.problems) {
      findings.push({
        file: file.path,
        line: problem.line,
        column: problem.column,
        excerpt: { text: lineOf(file.text, problem.line), length: problem.length },
        severity: 'error',
        rule: SYNTAX_RULE.id,
        clause: SYNTAX_RULE.clause,
        message: problem.message,
      });
    }
    return undefined;
  }

  const { frontMatter } = result;
  // Where a value stands, for the rules' findings, which point at a value and print no excerpt under it.
  const at = (path: PropertyPath, part?: 'key' | 'value'): Location => {
    const span = frontMatter.locate(path, part);
    return { file: file.path, line: span.line, column: span.column };
  };

  const schema = RECORD_SCHEMAS[kind];
  const parsed = schema.safeParse(frontMatter.data, { reportInput: true });
  if (!parsed.success) {
    // A schema finding is about the text as written, so it shows the line with the place underlined.
    const withExcerpt = (path: PropertyPath, part?: 'key' | 'value'): Location => {
      const span = frontMatter.locate(path, part);
      return {
        file: file.path,
        line: span.line,
        column: span.column,
        excerpt: { text: frontMatter.lineText(span.line), length: span.length },
      };
    };
    findings.push(...cappedSchemaFindings(parsed.error.issues, schema, withExcerpt));
    return undefined;
  }
  return { file: file.path, text: file.text, data: parsed.data, frontMatter, at };
}

/**
 * The schema's findings for a file, the first MAX_SCHEMA_FINDINGS of them and a count of the rest:
 * a file with thousands of unknown keys costs no more than one with fifty.
 */
function cappedSchemaFindings(issues: readonly z.core.$ZodIssue[], schema: z.ZodMiniType, at: Locator): Finding[] {
  const found: Finding[] = [];
  let more = 0;
  for (const issue of issues) {
    const room = MAX_SCHEMA_FINDINGS - found.length;
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
    if (room <= 0) {
      more += keys;
      continue;
    }
    const trimmed =
      issue.code === 'unrecognized_keys' && keys > room ? { ...issue, keys: issue.keys.slice(0, room) } : issue;
    more += Math.max(0, keys - room);
    found.push(...schemaFindings(trimmed, schema, at));
  }
  const last = found.at(-1);
  if (more > 0 && last) found.push({ ...last, message: message('schema/more-problems', { more }) });
  return found;
}

function lineOf(text: string, line: number): string {
  let start = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', start);
    if (next === -1) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text
    .slice(start, end === -1 ? Math.min(text.length, start + 500) : end)
    .replace(/^\uFEFF/, '')
    .replace(/\r$/, '');
}
