import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
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
});
