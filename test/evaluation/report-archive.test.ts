/**
 * The report as it goes into an evaluation and the archive: plain Norwegian in both written standards,
 * numbered figures and tables, its source and the day it was made, the past in the names of the past, no
 * chart of zeroes, four-digit years, each chart as SVG and PNG, and the whole as PDF/A with its charts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { pdfToolsMissing, readPdfA, xmpFields } from '../helpers/pdf.js';
import { copyFixture } from '../helpers/repository.js';

const DIGITAL = ['--today', '2025-10-01'];

/** Word forms a reviewer struck out: wrong agreement in number, jargon, or a date that moves. */
const STRUCK = {
  nb: [/\b1 åpne\b/, /\bvedtatt\b(?! av)(?!.*årsplan)/i, /\bholdte møte/, /\bomme\b/, /\bDroppet\b/, /per i dag/],
  nn: [/\b1 opne\b/, /\bvedtekne\b/, /\bhaldne møta\b/, /\bomme\b/, /\bDroppa\b/, /per i dag/],
} as const;

describe('report: for the evaluation and the archive', () => {
  it.each([
    ['ks-kdd-digital', '2025-10-01', '1.\u00a0oktober 2025'],
    ['ks-kmd-2018', '2018-12-31', '31.\u00a0desember 2018'],
  ] as const)(
    '%s: words it plainly in bokmål and nynorsk, with its source and the day it was made',
    async (fixture, today, day) => {
      const folder = copyFixture(fixture);
      for (const language of ['nb', 'nn'] as const) {
        const { stdout } = await runCli(['--lang', language, 'report', '--format', 'md', '--today', today], {
          cwd: folder,
        });
        const struck = STRUCK[language].filter((pattern) =>
          stdout.split('\n').some((line) => !line.includes('Årsplan') && pattern.test(line)),
        );
        expect(struck, language).toEqual([]);
        expect(stdout).toContain(
          language === 'nb'
            ? `*Kilde: avtalens arkiv, talt opp med partnership. Utarbeidet av sekretariatet ${day}.*`
            : `*Kjelde: arkivet til avtalen, talt opp med partnership. Utarbeidd av sekretariatet ${day}.*`,
        );
        expect(stdout).toContain(
          language === 'nb'
            ? `Oppfølgingspunkter avtalt i årets møter: utført og åpne per ${day}.`
            : `Oppfølgingspunkt avtalte i møta i året: utførte og opne per ${day}.`,
        );
      }
    },
  );

  it('numbers its figures and their tables in order, the same on the page and in Markdown', async () => {
    const folder = copyFixture('ks-kdd-digital');
    const html = (await runCli(['report', ...DIGITAL], { cwd: folder })).stdout;
    const markdown = (await runCli(['report', '--format', 'md', ...DIGITAL], { cwd: folder })).stdout;
    const figures = [...html.matchAll(/<figcaption><strong>Figur (\d+)\. /g)].map((match) => Number(match[1]));
    expect(figures).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const tables = [...html.matchAll(/<caption>Tabell (\d+)\. /g)].map((match) => Number(match[1]));
    expect(tables).toEqual(figures);
    expect([...markdown.matchAll(/^\*\*Tabell (\d+)\. /gm)].map((match) => Number(match[1]))).toEqual(figures);
  });

  it('tells the years before a rename in the name of then, and states the rename', async () => {
    const folder = copyFixture('ks-kdd-digital');
    const html = (await runCli(['report', ...DIGITAL], { cwd: folder })).stdout;
    expect(html).toContain('<li>Fra 1.\u00a0januar 2024 heter KDD DFD.</li>');
    expect(html).toContain('<li>Møteledelse: KS 4, KDD/DFD 5. Referat: KS 5, KDD/DFD 4.</li>');
    expect(html).toContain('<th scope="col">Leder KDD/DFD</th>');
    expect(html).toContain('<td>Møte (leder: KDD)</td>');
    expect(html).not.toMatch(/<th scope="col">[^<]* DFD<\/th>/);
  });

  it('writes every year in four digits in every chart', async () => {
    const folder = copyFixture('ks-kdd-digital');
    const html = (await runCli(['report', ...DIGITAL], { cwd: folder })).stdout;
    const labels = [...html.matchAll(/<svg [\s\S]*?<\/svg>/g)].flatMap(([svg]) =>
      [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? ''),
    );
    const dates = labels.filter((label) => /\d+\.\d+\./.test(label));
    expect(dates.length).toBeGreaterThan(5);
    for (const date of dates) expect(date).toMatch(/^\d{2}\.\d{2}\.\d{4}/);
    expect(labels).toEqual(expect.arrayContaining(['2022', '2023', '2024', '2025']));
  });

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
