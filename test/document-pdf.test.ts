/**
 * Every document, on both agreements, as PDF/A-2b, read back by the tools an archive's intake would use
 * here (qpdf's check, poppler's pdfinfo, pdffonts and pdftotext): a system suite, as it works the
 * machine's tools; test/document-formats.test.ts holds the same documents in Markdown, HTML and DOCX.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { CASES, golden, recordsFor, render } from './helpers/document-cases.js';
import { pdfToolsMissing, readPdfA, xmpFields } from './helpers/pdf.js';
import { copyFixture } from './helpers/repository.js';

describe.each(CASES)('$fixture: $name', (document) => {
  it('as PDF/A-2b with its journal fields: parses, fonts embedded, XMP, the text of the document', async (context) => {
    const missing = pdfToolsMissing();
    if (missing) context.skip(missing);
    const folder = recordsFor(document);
    // The document as the Markdown golden file holds it, which the first test checks it against.
    const markdown = readFileSync(golden(document.fixture, `${document.name}.md`), 'utf8');
    await render(document, folder, '-o', 'dokument.pdf', '--metadata');
    const path = join(folder, 'dokument.pdf');
    const { info, xmp, text, fonts } = readPdfA(path);
    const title = /^# (.+)$/m.exec(markdown)?.[1] ?? '';
    const metadata = JSON.parse(readFileSync(join(folder, 'dokument.metadata.json'), 'utf8'));
    expect(info.Title).toBe(title);
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
    expect(fonts.every((font) => /^[A-Z]{6}\+LiberationSans/.test(font))).toBe(true);
    expect(xmpFields(xmp)).toEqual({ part: '2', conformance: 'B', title, language: 'nb-NO' });
    // The words of the document, in the PDF's text, and every page's number at its foot.
    const words = (value: string) =>
      value
        .replace(/&nbsp;/g, ' ')
        .replace(/[*_\\]/g, '')
        .replace(/[|#]/g, ' ')
        .split(/\s+/)
        .filter((word) => /[\p{L}\p{N}]/u.test(word));
    const pdfWords = new Set(words(text));
    expect(words(markdown).filter((word) => !pdfWords.has(word))).toEqual([]);
    const pages = Number(info.Pages);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Side ${page} av ${pages}`);
    const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(metadata).toMatchObject({
      tittel: title,
      dokumentobjekt: { filnavn: 'dokument.pdf', format: 'fmt/476', sjekksumAlgoritme: 'SHA-256', sjekksum: sha256 },
    });
  });
});

describe('an exempt document as PDF', () => {
  it('marks every page of an exempt PDF at its head, and in nynorsk when asked', async (context) => {
    const missing = pdfToolsMissing();
    if (missing) context.skip(missing);
    const folder = copyFixture('ks-kdd-digital');
    const written = await runCli(
      ['--lang', 'nn', 'render', 'agenda', '2025-09-16', '-o', 'innkalling.pdf', '--today', '2025-09-01'],
      {
        cwd: folder,
      },
    );
    expect(written.code, written.stderr).toBe(0);
    const { info, text } = readPdfA(join(folder, 'innkalling.pdf'));
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBe(Number(info.Pages));
    expect(pages.length).toBeGreaterThan(1);
    for (const [index, page] of pages.entries()) {
      expect(page).toContain('offl. § 13 jf. fvl. § 13 første ledd nr. 1');
      expect(page).toContain(`Side ${index + 1} av ${pages.length}`);
    }
    expect(text).toContain('Med helsing');
  });
});
