/** A zod issue as a finding a person can act on: where, what is wrong, and what to write instead. */
import type * as z from 'zod/mini';
import { nearest } from '../lib/did-you-mean.js';

import { type Message, message } from '../messages/catalogue.js';
import { NORWEGIAN_VALUES } from '../messages/words.js';
import type { Finding, Location } from '../model/finding.js';
import { messageOfIssue } from '../model/schema-message.js';
import { SCHEMA_RULE } from './file-rules.js';
import type { PropertyPath } from './front-matter.js';

export type Locator = (path: PropertyPath, part?: 'key' | 'value') => Location;

export function schemaFindings(issue: z.core.$ZodIssue, schema: z.ZodMiniType, at: Locator): Finding[] {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const finding = (location: Location, text: Message): Finding => ({
    ...location,
    severity: 'error',
    rule: SCHEMA_RULE.id,
    clause: SCHEMA_RULE.clause,
    message: text,
  });

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, path);
    return issue.keys.map((key) =>
      finding(
        at([...path, key], 'key'),
        message('schema/unknown-key', {
          key,
          path: formatPath(path),
          suggestion: nearest(key, allowed) ?? null,
          allowed,
        }),
      ),
    );
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const key = path.at(-1);
    const parent = at(path.slice(0, -1), 'key');
    const where = { ...parent, excerpt: parent.excerpt && { ...parent.excerpt, length: 1 } };
    return [finding(where, message('schema/missing-key', { path: formatPath(path.slice(0, -1)), key: String(key) }))];
  }
  if (
    issue.code === 'invalid_type' &&
    (issue.expected === 'array' || issue.expected === 'object' || issue.expected === 'record')
  ) {
    return [finding(at(path), shapeAdvice(issue.expected, issue.input, path, schema))];
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    const suggestion = typeof issue.input === 'string' ? suggestedValue(issue.input, allowed) : undefined;
    return [
      finding(
        at(path),
        message('schema/not-one-of', {
          path: formatPath(path),
          allowed,
          input: JSON.stringify(issue.input),
          suggestion: suggestion ?? null,
          curly: curlyQuotes(path, issue.input),
        }),
      ),
    ];
  }
  if (issue.code === 'invalid_key') {
    return issue.issues.map((inner) =>
      finding(
        at(path, 'key'),
        message('schema/invalid-key', {
          key: String(path.at(-1)),
          path: formatPath(path.slice(0, -1)),
          detail: messageOfIssue(inner.message) ?? inner.message,
        }),
      ),
    );
  }
  return [
    finding(
      at(path),
      message('schema/invalid', {
        path: formatPath(path),
        detail: messageOfIssue(issue.message) ?? issue.message,
        curly: curlyQuotes(path, issue.input),
      }),
    ),
  ];
}

/**
 * What a list or a map is written as, for a value written as something else: `responsible: ks` is a
 * list of one, `signatory: Kari Nordmann` a map of its fields, `attendees: [...]` a map by party.
 */
function shapeAdvice(expected: string, input: unknown, path: PropertyPath, schema: z.ZodMiniType): Message {
  const key = String(path.findLast((segment) => typeof segment === 'string') ?? 'it');
  const got = Array.isArray(input) ? 'list' : input !== null && typeof input === 'object' ? 'map' : 'value';
  const where = formatPath(path);
  if (expected === 'array') {
    const single = typeof input === 'string' || typeof input === 'number' ? String(input) : '…';
    return message('schema/expected-list', { path: where, got, key, single });
  }
  const fields = allowedKeys(schema, path);
  if (fields.length > 0) return message('schema/expected-map-of', { path: where, got, key, fields });
  return message('schema/expected-map-by-party', { path: where, got, key });
}

/** The English value meant by a Norwegian word (avholdt → held) or a misspelling (hled → held). */
function suggestedValue(input: string, allowed: readonly string[]): string | undefined {
  const word = input.trim().toLocaleLowerCase('nb');
  const norwegian = allowed.find((value) => NORWEGIAN_VALUES[value]?.includes(word));
  return norwegian ?? nearest(word, allowed);
}

/** Word and Outlook turn "…" into “…”, which YAML keeps as part of the text: the value with straight ones. */
function curlyQuotes(path: PropertyPath, input: unknown): string | null {
  const quoted = typeof input === 'string' ? /^\s*[“”„‘’«»](.*?)[“”‘’«»]?\s*$/.exec(input) : null;
  if (!quoted) return null;
  const key = path.at(-1);
  const fixed = `"${quoted[1]}"`;
  return typeof key === 'string' ? `${key}: ${fixed}` : fixed;
}

/** "agenda[2].title"; "" for the front matter as a whole, which the catalogue words. */
function formatPath(path: PropertyPath): string {
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
