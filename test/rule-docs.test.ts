import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_RULE, SYNTAX_RULE } from '../src/records/file-rules.js';
import { RULES } from '../src/rules/index.js';
import { PROJECT_ROOT } from './helpers/repository.js';

const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const documented = new Map(
  [...readme.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \| ([^|]+) \|/gm)].map((match) => [match[1], { clause: match[2]!.trim(), severity: match[3]!.trim() }]),
);

describe('every rule', () => {
  it.each([SYNTAX_RULE, SCHEMA_RULE, ...RULES].map((rule) => [rule.id, rule] as const))('%s has a README entry with its clause and severity', (_, rule) => {
    const entry = documented.get(rule.id);
    expect(entry, `add ${rule.id} to the README's rules table`).toBeDefined();
    expect(entry?.clause).toBe(rule.clause ?? '–');
    expect(entry?.severity.startsWith(rule.severity)).toBe(true);
  });

  it.each(RULES.map((rule) => rule.id))('%s has its own test file', (id) => {
    expect(existsSync(join(PROJECT_ROOT, 'test', 'rules', `${id}.test.ts`))).toBe(true);
  });
});
