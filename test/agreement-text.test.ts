import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../src/records/front-matter.js';
import { PROJECT_ROOT } from './helpers/repository.js';

/** The words of a text, ignoring layout, Markdown markup and punctuation. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

describe('agreement/agreement.md', () => {
  it('holds the text of the signed agreement word for word', () => {
    // The source is the PDF's text: lines broken mid-word at a hyphen are joined, as in the Markdown.
    const source = readFileSync(join(PROJECT_ROOT, '..', 'shared', 'samarbeidsavtale.txt'), 'utf8').replace(/-[ \t]*\n\s*(?=\p{Ll})/gu, '');
    const record = readFileSync(join(PROJECT_ROOT, 'agreement', 'agreement.md'), 'utf8');
    const result = readFrontMatter(record);
    if (!result.ok) throw new Error('agreement.md does not parse');
    const body = record.slice(result.frontMatter.bodyStart);
    expect(words(body)).toEqual(words(source));
  });
});
