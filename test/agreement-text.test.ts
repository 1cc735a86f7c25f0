/**
 * The agreement's text, as the fixture of the 2018 records holds it, is the text as signed, word for word.
 * The tests read no live record: CI checks the live records with `partnership validate` (.ci/run, and
 * the workflow), so recording a meeting or a renewal there never changes what the tests see.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyOf, readFrontMatter } from '../src/records/front-matter.js';
import { fixturePath } from './helpers/repository.js';

/** The words of a text, ignoring layout, Markdown markup and punctuation. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

describe('the agreement in the 2018 records', () => {
  it('holds the text of the agreement as signed, word for word', () => {
    const text = readFileSync(join(fixturePath(), 'agreement', 'agreement.md'), 'utf8');
    const result = readFrontMatter(text);
    if (!result.ok) throw new Error('the fixture agreement does not parse');
    // agreement/source/ holds the PDF's text: lines broken mid-word at a hyphen are joined, as in the Markdown.
    const signed = readFileSync(join(fixturePath(), 'agreement', 'source', 'samarbeidsavtale.txt'), 'utf8').replace(
      /-[ \t]*\n\s*(?=\p{Ll})/gu,
      '',
    );
    expect(words(bodyOf({ text, frontMatter: result.frontMatter }))).toEqual(words(signed));
  });
});
