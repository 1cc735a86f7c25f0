/** The report as Markdown (golden, for both agreements), the page's parts, and where it is written. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyFixture, PROJECT_ROOT } from '../helpers/repository.js';

const golden = (name: string) => join(PROJECT_ROOT, 'test/golden/report', name);

describe('partnership report', () => {
  it.each([
    ['ks-kmd-2018', '2018-12-31'],
    ['ks-kdd-digital', '2025-06-02'],
  ] as const)('%s: the figures as tables in Markdown, for the archive and a pull request', async (fixture, today) => {
    const { code, stdout } = await runCli(['report', '--format', 'md', '--today', today], {
      cwd: copyFixture(fixture),
    });
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot(golden(`${fixture}.md`));
  });

  it('writes the page by default: a summary, the timeline, each chart as inline SVG beside its table', async () => {
    const folder = copyFixture();
    const { code, stdout } = await runCli(['report', '-o', 'rapport/evaluering.html', '--today', '2018-12-31'], {
      cwd: folder,
    });
    expect(code).toBe(0);
    expect(stdout).toBe('Wrote the evaluation report (html) to rapport/evaluering.html\n');
    const html = readFileSync(join(folder, 'rapport/evaluering.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nb">/);
    expect(html).toContain('<li>Partene holdt 3 møter der avtalen krevde 3; 1 ble avlyst og 0 er planlagt.</li>');
    // Nine figures but one: no action was agreed in 2017–2018, and a chart of zeroes is a sentence instead.
    expect(html.match(/<figure>/g)?.length).toBe(8);
    expect(html.match(/<svg [^>]*role="img"/g)?.length).toBe(8);
    expect(html.match(/<table>/g)?.length).toBe(8);
    expect(html).toContain('<section id="oppfolging"><h2>Oppfølgingspunkter</h2>');
    expect(html).toContain('<p>Ingen oppfølgingspunkter er registrert.</p></section>');
    expect(html).not.toContain('id="oppfolging-chart"');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<th scope="row">31.\u00a0desember 2018</th><td>Avtalens periode utløper</td>');
  });

  it('escapes what the records hold', async () => {
    const folder = copyFixture();
    const path = join(folder, 'agreement/agreement.md');
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace(
          'title: Samarbeidsavtale mellom regjeringen',
          'title: "<script>alert(1)</script> Samarbeidsavtale mellom regjeringen',
        )
        .replace(/(title: "<script>.*)$/m, '$1"'),
    );
    const { stdout } = await runCli(['report', '--today', '2018-12-31'], { cwd: folder });
    expect(stdout).not.toContain('<script>');
    expect(stdout).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('is a bundle of its own, which the other commands never load', () => {
    const cli = readFileSync(join(PROJECT_ROOT, 'dist/partnership.cjs'), 'utf8');
    expect(cli).toContain('require("./evaluation.cjs")');
    // The report's own words (the site names the report's page, and no more).
    expect(cli).not.toContain('Tidslinje for avtalen');
    expect(readFileSync(join(PROJECT_ROOT, 'dist/evaluation.cjs'), 'utf8')).toContain('Tidslinje for avtalen');
  });

  it('counts the year as status does: a planned meeting whose day has passed is neither held nor planned', async () => {
    const folder = copyFixture();
    expect(
      (await runCli(['new', 'meeting', '--date', '2018-11-20', '--today', '2018-10-01'], { cwd: folder })).code,
    ).toBe(0);
    for (const today of ['2018-11-19', '2018-11-20', '2018-12-01']) {
      const status = JSON.parse((await runCli(['status', '--json', '--today', today], { cwd: folder })).stdout);
      const report = JSON.parse(
        (await runCli(['report', '--format', 'json', '--today', today], { cwd: folder })).stdout,
      );
      const year = report.years.find((entry: { year: number }) => entry.year === 2018);
      expect({ held: year.held, planned: year.planned }, today).toEqual({
        held: status.meetings_this_year.held,
        planned: status.meetings_this_year.planned,
      });
    }
  });

  it('refuses a day before the signing: there is nothing to report yet', async () => {
    const { code, stdout, stderr } = await runCli(['report', '--today', '2017-01-01'], { cwd: copyFixture() });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'partnership: the agreement was signed on 2017-09-07, after 2017-01-01: there is nothing to report yet\n',
    );
  });

  it('names the file it wrote with its control characters escaped', async () => {
    const { stdout } = await runCli(['report', '-o', 'r\u001b[31m.html', '--today', '2018-12-31'], {
      cwd: copyFixture(),
    });
    expect(stdout).toBe('Wrote the evaluation report (html) to r\\u001b[31m.html\n');
  });
});
