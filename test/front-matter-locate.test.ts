/**
 * A plain record's findings located from its text (top-level fields) agree with the positioned parse,
 * at every field of every record the fixtures and the live records hold, and of values written in every
 * way a field can be: quoted, flow, commented, spaced.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../src/records/front-matter.js';
import { PROJECT_ROOT } from './helpers/repository.js';

function records(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? records(join(folder, entry.name))
      : entry.name.endsWith('.md') && !folder.includes('notices')
        ? [join(folder, entry.name)]
        : [],
  );
}

const written = `---
date: 2018-09-20
time: "10:00"   # kl. ti
place: 'KMD, Akersgata 59'
status:    held
chair: kmd # møteleder
tags: [a, "b # c", { d: e }]
note: "a \\" # b"
empty:
block: |
  tekst
long: [a,
  b]
---
`;

describe('locating a top-level field from the text', () => {
  it('agrees with the positioned parse, key and value, everywhere', () => {
    const texts = [
      ...records(join(PROJECT_ROOT, 'test', 'fixtures')).map((path) => readFileSync(path, 'utf8')),
      written,
    ];
    let compared = 0;
    for (const text of texts) {
      const quick = readFrontMatter(text);
      const full = readFrontMatter(text, { positioned: true });
      if (!quick.ok || !full.ok) throw new Error('a fixture does not read');
      for (const key of Object.keys(full.frontMatter.data)) {
        for (const part of ['key', 'value'] as const) {
          expect(quick.frontMatter.locate([key], part), `${key} (${part})`).toEqual(
            full.frontMatter.locate([key], part),
          );
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});
