/**
 * Parse → validate each file. Pure: takes the files' text, returns the
 * records that passed and the findings of those that did not. Each file is
 * parsed exactly once.
 */
import type * as z from 'zod/mini';
import type { Finding, Location, RuleMeta } from '../model/finding.js';
import { RECORD_SCHEMAS, type Agreement, type AnnualPlan, type Meeting, type RecordKind } from '../model/schemas.js';
import { readFrontMatter, type FrontMatter, type PropertyPath } from './front-matter.js';
import { AGREEMENT_PATH } from './paths.js';
import { compareText } from '../compare.js';

export const SYNTAX_RULE: RuleMeta = {
  id: 'syntax',
  clause: null,
  severity: 'error',
  description: 'YAML parses; front matter present; no duplicate keys; only YAML front matter (never executed code)',
};

export const SCHEMA_RULE: RuleMeta = {
  id: 'schema',
  clause: null,
  severity: 'error',
  description: 'each file matches its schema; real dates; no unknown keys',
};

export interface SourceFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

export interface LoadedRecord<T> {
  file: string;
  text: string;
  data: T;
  frontMatter: FrontMatter;
  at(path: PropertyPath, part?: 'key' | 'value'): Location;
}

export interface MeetingRecord extends LoadedRecord<Meeting> {
  /** The file stem: YYYY-MM-DD, or YYYY-MM-DD-N for a further meeting that day. */
  id: string;
}

export type AgreementRecord = LoadedRecord<Agreement>;
export type AnnualPlanRecord = LoadedRecord<AnnualPlan>;

export interface Records {
  /** Null when agreement/agreement.md is missing or did not pass its schema. */
  agreement: AgreementRecord | null;
  /** Meetings that passed their schema, in date order (then id). */
  meetings: MeetingRecord[];
  annualPlans: AnnualPlanRecord[];
  /** The repository's own templates (templates/*.md.hbs), which override the built-in ones by name. */
  templates: SourceFile[];
  /** Every file path the repository holds, for references to notice files. */
  paths: ReadonlySet<string>;
}

export function recordKind(path: string): RecordKind | undefined {
  if (path === AGREEMENT_PATH) return 'agreement';
  if (/^meetings\/[^/]+\.md$/.test(path)) return 'meeting';
  if (/^annual-plans\/[^/]+\.md$/.test(path)) return 'annual-plan';
  return undefined;
}

export function meetingIdOf(path: string): string {
  return path.slice('meetings/'.length, -'.md'.length);
}

export function loadRecords(files: readonly SourceFile[]): { records: Records; findings: Finding[] } {
  const findings: Finding[] = [];
  const records: Records = { agreement: null, meetings: [], annualPlans: [], templates: [], paths: new Set(files.map((file) => file.path)) };

  for (const file of files) {
    if (file.path.startsWith('templates/')) records.templates.push(file);
    const kind = recordKind(file.path);
    if (!kind) continue;
    const loaded = loadRecord(file, kind, findings);
    if (!loaded) continue;
    if (kind === 'agreement') records.agreement = loaded as AgreementRecord;
    else if (kind === 'meeting') records.meetings.push({ ...(loaded as LoadedRecord<Meeting>), id: meetingIdOf(file.path) });
    else records.annualPlans.push(loaded as AnnualPlanRecord);
  }

  records.meetings.sort((a, b) => compareText(a.data.date, b.data.date) || compareMeetingIds(a.id, b.id));
  records.annualPlans.sort((a, b) => a.data.year - b.data.year);
  return { records, findings };
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
  const at = (path: PropertyPath, part?: 'key' | 'value'): Location => {
    const span = frontMatter.locate(path, part);
    return {
      file: file.path,
      line: span.line,
      column: span.column,
      excerpt: { text: frontMatter.lineText(span.line), length: span.length },
    };
  };

  const schema = RECORD_SCHEMAS[kind];
  const parsed = schema.safeParse(frontMatter.data, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) findings.push(...schemaFindings(issue, schema, at));
    return undefined;
  }
  return { file: file.path, text: file.text, data: parsed.data, frontMatter, at };
}

function lineOf(text: string, line: number): string {
  let start = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', start);
    if (next === -1) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? Math.min(text.length, start + 500) : end).replace(/^\uFEFF/, '').replace(/\r$/, '');
}

type Locator = (path: PropertyPath, part?: 'key' | 'value') => Location;

function schemaFindings(issue: z.core.$ZodIssue, schema: z.ZodMiniType, at: Locator): Finding[] {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const finding = (location: Location, message: string): Finding => ({
    ...location,
    severity: 'error',
    rule: SCHEMA_RULE.id,
    clause: SCHEMA_RULE.clause,
    message,
  });

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, path);
    return issue.keys.map((key) => {
      const suggestion = nearest(key, allowed);
      const where = path.length > 0 ? ` in ${formatPath(path)}` : '';
      const advice = suggestion ? `did you mean "${suggestion}"?` : `the keys allowed here are ${allowed.join(', ')}`;
      return finding(at([...path, key], 'key'), `unknown key "${key}"${where}: ${advice}`);
    });
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const key = path.at(-1);
    const parent = at(path.slice(0, -1), 'key');
    const where = { ...parent, excerpt: parent.excerpt && { ...parent.excerpt, length: 1 } };
    return [finding(where, `${formatPath(path.slice(0, -1), 'the front matter')} is missing the required key "${String(key)}"`)];
  }
  if (issue.code === 'invalid_value') {
    const options = issue.values.map(String).join(', ');
    return [finding(at(path), `${formatPath(path)}: expected one of ${options}, not ${JSON.stringify(issue.input)}`)];
  }
  if (issue.code === 'invalid_key') {
    return issue.issues.map((inner) => finding(at(path, 'key'), `key "${String(path.at(-1))}" in ${formatPath(path.slice(0, -1))}: ${inner.message}`));
  }
  return [finding(at(path), `${formatPath(path)}: ${issue.message}`)];
}

function formatPath(path: PropertyPath, root = 'the front matter'): string {
  if (path.length === 0) return root;
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment + 1}]` : index === 0 ? segment : `.${segment}`)).join('');
}

/** The keys a strict object allows at a path, for "did you mean" suggestions. */
function allowedKeys(schema: z.ZodMiniType, path: PropertyPath): string[] {
  let current: unknown = schema;
  for (const segment of [...path, undefined]) {
    for (;;) {
      const def = (current as { def?: { type: string; innerType?: unknown; element?: unknown; shape?: Record<string, unknown>; valueType?: unknown } }).def;
      if (!def) return [];
      if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'pipe') {
        current = def.innerType ?? (def as { in?: unknown }).in;
        continue;
      }
      if (segment === undefined) return def.shape ? Object.keys(def.shape) : [];
      if (def.type === 'array') current = def.element;
      else if (def.type === 'record') current = def.valueType;
      else if (def.shape) current = def.shape[String(segment)];
      else return [];
      break;
    }
  }
  return [];
}

function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate);
    if (distance <= Math.max(2, Math.floor(candidate.length / 3)) && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
