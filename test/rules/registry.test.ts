/**
 * The rule registry, checked both ways (as eslint's build does): every module
 * in src/rules/ is registered, and every registered rule has its row in the
 * README's table, generated from its metadata, and a test file of its own.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleMeta } from '../../src/model/finding.js';
import { ALL_RULES, RULES } from '../../src/rules/index.js';
import { PROJECT_ROOT } from '../helpers/repository.js';

const README = join(PROJECT_ROOT, 'README.md');
const TABLE = /(<!-- The table is generated[^\n]*\n)([\s\S]*?)(\n<!-- end of the generated table -->)/;
/** Modules in src/rules/ that are the registry's own machinery, not rules. */
const MACHINERY = ['index.ts', 'rule.ts'];

/** A rule's messages by their ids (`validate --format json` gives each finding's `message_id`), its own by the part after its name. */
function messagesOf(rule: RuleMeta): string {
  return rule.messages
    .map((id) => `\`${id.startsWith(`${rule.id}/`) ? id.slice(rule.id.length + 1) : id}\``)
    .join(', ');
}

function rulesTable(rules: readonly RuleMeta[]): string {
  const rows = rules.map(
    (rule) =>
      `| \`${rule.id}\` | ${rule.clause ? `\`${rule.clause}\`` : '–'} | ${rule.mayWarn ? `${rule.severity} / warning` : rule.severity} | ${rule.description} | ${messagesOf(rule)} |`,
  );
  return [
    '| rule | clause | severity | what it checks | messages (`message_id`) |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

describe('the rule registry', () => {
  it("generates the README's table of rules from the rules' metadata (npm run docs writes it)", () => {
    const readme = readFileSync(README, 'utf8');
    const expected = readme.replace(
      TABLE,
      (_, open: string, _table: string, close: string) => `${open}${rulesTable(ALL_RULES)}${close}`,
    );
    if (process.env.UPDATE_DOCS && readme !== expected) writeFileSync(README, expected);
    else expect(readme, "run npm run docs to regenerate the README's table of rules").toBe(expected);
  });

  it('registers every rule module in src/rules/', async () => {
    const modules = readdirSync(join(PROJECT_ROOT, 'src', 'rules')).filter((name) => !MACHINERY.includes(name));
    for (const name of modules) {
      const exports = Object.values(await import(`../../src/rules/${name}`));
      expect(
        exports.some((value) => RULES.includes(value as never)),
        `src/rules/${name} is not in RULES in src/rules/index.ts`,
      ).toBe(true);
    }
    expect(modules).toHaveLength(RULES.length);
  });

  it.each(ALL_RULES.map((rule) => rule.id))('%s has its own test file', (id) => {
    expect(existsSync(join(PROJECT_ROOT, 'test', 'rules', `${id}.test.ts`)), `add test/rules/${id}.test.ts`).toBe(true);
  });

  it('has unique ids', () => {
    expect(new Set(ALL_RULES.map((rule) => rule.id)).size).toBe(ALL_RULES.length);
  });
});
