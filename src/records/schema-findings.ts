/** A zod issue as a finding a person can act on: where, what is wrong, and what to write instead. */
import type * as z from 'zod/mini';
import { nearest } from '../lib/did-you-mean.js';
import { NORWEGIAN_VALUES } from '../lib/norwegian.js';
import type { Finding, Location } from '../model/finding.js';
import { SCHEMA_RULE } from './file-rules.js';
import type { PropertyPath } from './front-matter.js';

export type Locator = (path: PropertyPath, part?: 'key' | 'value') => Location;

export function schemaFindings(issue: z.core.$ZodIssue, schema: z.ZodMiniType, at: Locator): Finding[] {
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
    return [
      finding(
        where,
        `${formatPath(path.slice(0, -1), 'the front matter')} is missing the required key "${String(key)}"`,
      ),
    ];
  }
  if (
    issue.code === 'invalid_type' &&
    (issue.expected === 'array' || issue.expected === 'object' || issue.expected === 'record')
  ) {
    return [finding(at(path), `${formatPath(path)}: ${shapeAdvice(issue.expected, issue.input, path, schema)}`)];
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    const suggestion = typeof issue.input === 'string' ? suggestedValue(issue.input, allowed) : undefined;
    const advice = suggestion ? `: did you mean ${suggestion}?` : '';
    return [
      finding(
        at(path),
        `${formatPath(path)}: expected one of ${allowed.join(', ')}, not ${JSON.stringify(issue.input)}${advice}${curlyQuotes(path, issue.input)}`,
      ),
    ];
  }
  if (issue.code === 'invalid_key') {
    return issue.issues.map((inner) =>
      finding(at(path, 'key'), `key "${String(path.at(-1))}" in ${formatPath(path.slice(0, -1))}: ${inner.message}`),
    );
  }
  return [finding(at(path), `${formatPath(path)}: ${issue.message}${curlyQuotes(path, issue.input)}`)];
}

/**
 * What a list or a map is written as, for a value written as something else: `responsible: ks` is a
 * list of one, `signatory: Kari Nordmann` a map of its fields, `attendees: [...]` a map by party.
 */
function shapeAdvice(expected: string, input: unknown, path: PropertyPath, schema: z.ZodMiniType): string {
  const key = String(path.findLast((segment) => typeof segment === 'string') ?? 'it');
  const got = Array.isArray(input)
    ? 'a list'
    : input !== null && typeof input === 'object'
      ? 'a map'
      : 'a single value';
  if (expected === 'array') {
    const single = typeof input === 'string' || typeof input === 'number' ? String(input) : '…';
    return `expected a list, not ${got}: write it in square brackets, ${key}: [${single}] (one value is a list of one)`;
  }
  const fields = allowedKeys(schema, path);
  if (fields.length > 0)
    return `expected a map of ${fields.join(', ')}, not ${got}: write it as ${key}: { ${fields
      .slice(0, 2)
      .map((field) => `${field}: …`)
      .join(', ')} }`;
  return `expected a map, not ${got}: write it by party, as ${key}: { ks: [Spesialrådgiver] }, one line for each party`;
}

/** The English value meant by a Norwegian word (avholdt → held) or a misspelling (hled → held). */
function suggestedValue(input: string, allowed: readonly string[]): string | undefined {
  const word = input.trim().toLocaleLowerCase('nb');
  const norwegian = allowed.find((value) => NORWEGIAN_VALUES[value]?.includes(word));
  return norwegian ?? nearest(word, allowed);
}

/** Word and Outlook turn "…" into “…”, which YAML keeps as part of the text. */
function curlyQuotes(path: PropertyPath, input: unknown): string {
  const quoted = typeof input === 'string' ? /^\s*[“”„‘’«»](.*?)[“”‘’«»]?\s*$/.exec(input) : null;
  if (!quoted) return '';
  const key = path.at(-1);
  const fixed = `"${quoted[1]}"`;
  return `. The value is in curly quotes (“ ”), which YAML keeps as part of the text: write straight ones, ${typeof key === 'string' ? `${key}: ${fixed}` : fixed}`;
}

function formatPath(path: PropertyPath, root = 'the front matter'): string {
  if (path.length === 0) return root;
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment + 1}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}

/** The keys a strict object allows at a path, for "did you mean" suggestions. */
function allowedKeys(schema: z.ZodMiniType, path: PropertyPath): string[] {
  let current: unknown = schema;
  for (const segment of [...path, undefined]) {
    for (;;) {
      const def = (
        current as {
          def?: {
            type: string;
            innerType?: unknown;
            element?: unknown;
            shape?: Record<string, unknown>;
            valueType?: unknown;
          };
        }
      ).def;
      if (!def) return [];
      if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'pipe') {
        current = def.innerType ?? (def as { in?: unknown }).in;
        continue;
      }
      if (segment === undefined) return def.shape ? Object.keys(def.shape) : recordKeys(def);
      if (def.type === 'array') current = def.element;
      else if (def.type === 'record') current = def.valueType;
      else if (def.shape) current = def.shape[String(segment)];
      else return [];
      break;
    }
  }
  return [];
}

/** The keys a record with fixed keys allows (clauses: related_agreements, meetings, …); none for one keyed by any text. */
function recordKeys(def: { type: string; keyType?: unknown }): string[] {
  if (def.type !== 'record') return [];
  const entries = (def.keyType as { def?: { entries?: Record<string, unknown> } } | undefined)?.def?.entries;
  return entries ? Object.keys(entries) : [];
}
