/**
 * The report's files for an evaluation report and the archive: each chart as SVG and PNG (resvg, in
 * WebAssembly), and the whole as PDF/A with its charts, read back by poppler and qpdf. A system suite, as
 * it works the machine's tools; the report's words and figures are report-archive.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { pdfToolsMissing, readPdfA, xmpFields } from '../helpers/pdf.js';
import { copyFixture } from '../helpers/repository.js';

const DIGITAL = ['--today', '2025-10-01'];

describe('report: its files for the evaluation and the archive', () => {
  it('writes each chart as SVG and PNG, named by its number, 300 dpi at the printed width', async () => {
    const folder = copyFixture('ks-kdd-digital');
    const { code, stdout, stderr } = await runCli(['report', '--charts', 'figurer', '-o', 'rapport.html', ...DIGITAL], {
      cwd: folder,
    });
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('Wrote 9 charts to figurer, each as SVG and PNG.');
    const files = readdirSync(join(folder, 'figurer')).sort();
    expect(files.filter((file) => file.endsWith('.svg'))).toEqual([
      'figur-01-tidslinje.svg',
      'figur-02-moter.svg',
      'figur-03-balanse.svg',
      'figur-04-deltakelse.svg',
      'figur-05-fokus.svg',
      'figur-06-forslag.svg',
      'figur-07-varsel.svg',
      'figur-08-oppfolging.svg',
      'figur-09-arsplan.svg',
    ]);
    for (const file of files.filter((name) => name.endsWith('.svg'))) {
      const svg = readFileSync(join(folder, 'figurer', file), 'utf8');
      expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      const png = readFileSync(join(folder, 'figurer', file.replace(/\.svg$/, '.png')));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // 170 mm at 300 dpi, and the height in the drawing's proportion.
      expect(png.readUInt32BE(16)).toBe(2008);
      const [, width = '0', height = '0'] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? [];
      expect(png.readUInt32BE(20)).toBe(Math.round((2008 * Number(height)) / Number(width)));
      // Not a blank picture: a PNG of bars and text compresses to tens of kilobytes, a white one to a few hundred bytes.
      expect(png.length).toBeGreaterThan(10_000);
    }
  });

  it('as PDF/A-2b: fonts embedded, each chart drawn and tagged as a figure, numbered captions, in the written standard asked for', async (context) => {
    const missing = pdfToolsMissing();
    if (missing) context.skip(missing);
    const folder = copyFixture('ks-kdd-digital');
    const { code, stderr } = await runCli(['--lang', 'nn', 'report', '-o', 'evaluering.pdf', ...DIGITAL], {
      cwd: folder,
    });
    expect(code, stderr).toBe(0);
    const path = join(folder, 'evaluering.pdf');
    const { info, xmp, text } = readPdfA(path);
    expect(xmpFields(xmp)).toMatchObject({ part: '2', conformance: 'B', language: 'nn-NO' });
    expect(info.Title).toMatch(/^Evalueringsgrunnlag: /);
    expect(info.Tagged).toBe('yes');
    for (let figure = 1; figure <= 9; figure++) expect(text).toContain(`Figur ${figure}. `);
    expect(text).toContain('Kjelde: arkivet til avtalen');
    // Each chart drawn in vectors, no picture: its legend is text the PDF's text holds, beside its table's head.
    const raw = readFileSync(path).toString('latin1');
    expect(raw).not.toContain('/Subtype /Image');
    expect(text.match(/Kravd/g)?.length).toBeGreaterThanOrEqual(2);
    expect(raw.match(/\/S \/Figure/g)?.length).toBe(9);
  });
});
