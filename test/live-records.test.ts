/**
 * The project's own records, at its root, are the live record of the KS–ministry agreement: the
 * secretariat adds meetings, renewals and minutes to them. Every other test runs on the frozen
 * fixtures in test/fixtures/; these two only check that the live records are sound today.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../src/records/front-matter.js';
import { runCli } from './helpers/cli.js';
import { fixturePath, PROJECT_ROOT } from './helpers/repository.js';

/** The words of a text, ignoring layout, Markdown markup and punctuation. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function agreementBody(root: string): string {
  const record = readFileSync(join(root, 'agreement', 'agreement.md'), 'utf8');
  const result = readFrontMatter(record);
  if (!result.ok) throw new Error(`${root}/agreement/agreement.md does not parse`);
  return record.slice(result.frontMatter.bodyStart);
}

describe('the live records', () => {
  it('pass validate today', async () => {
    const { code, stdout, stderr } = await runCli(['validate'], { cwd: PROJECT_ROOT, now: new Date() });
    expect(code, stdout + stderr).toBe(0);
  });

  it.each([
    ['the live record', PROJECT_ROOT],
    ['the fixture', fixturePath()],
  ])('hold the text of the agreement as signed, word for word, in %s', (_, root) => {
    // agreement/source/ holds the PDF's text: lines broken mid-word at a hyphen are joined, as in the Markdown.
    const signed = readFileSync(join(PROJECT_ROOT, 'agreement', 'source', 'samarbeidsavtale.txt'), 'utf8').replace(
      /-[ \t]*\n\s*(?=\p{Ll})/gu,
      '',
    );
    expect(words(agreementBody(root))).toEqual(words(signed));
  });
});
