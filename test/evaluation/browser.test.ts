/**
 * The report's page in a real browser: Debian's Chromium, headless, driven by playwright-core, with a
 * fresh profile. It opens with no console error and no request to anywhere, shows every chart with its
 * table, takes a screenshot and prints on A4. CI installs Chromium (.ci/run), so there it always runs;
 * elsewhere, without Chromium, the test says why it is skipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumMissing, withChromium } from '../helpers/chromium.js';
import { runCli } from '../helpers/cli.js';
import { copyFixture } from '../helpers/repository.js';

const SECTIONS = ['tidslinje', 'moter', 'balanse', 'deltakelse', 'fokus', 'forslag', 'varsel', 'oppfolging', 'arsplan'];

/** Width and height from a PNG's header. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const REPORTS = [
  ['ks-kmd-2018', '2018-12-31'],
  ['ks-kdd-digital', '2025-06-02'],
] as const;

describe('report: the page in headless Chromium', () => {
  it('opens with no console error and no request and shows every chart with its table, for both agreements; a screenshot and an A4 print of the first', async (context) => {
    const missing = chromiumMissing();
    if (missing) context.skip(missing);
    await withChromium(
      async (browser) => {
        for (const [fixture, today] of REPORTS) {
          const folder = copyFixture(fixture);
          const { code, stderr } = await runCli(['report', '-o', 'evaluering.html', '--today', today], { cwd: folder });
          expect(code, stderr).toBe(0);
          const page = join(folder, 'evaluering.html');
          expect(readFileSync(page, 'utf8')).not.toMatch(/<script|<link|<img|https?:\/\/(?!www\.w3\.org\/2000\/svg")/);

          const tab = await browser.newPage();
          const problems: string[] = [];
          tab.on('console', (message) => {
            if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
          });
          tab.on('pageerror', (error) => problems.push(`page: ${error.message}`));
          tab.on('request', (request) => {
            if (!request.url().startsWith('file:')) problems.push(`request: ${request.url()}`);
          });
          await tab.goto(`file://${page}`, { waitUntil: 'load' });

          for (const id of SECTIONS) {
            const chart = tab.locator(`section#${id} svg.chart`);
            const table = tab.locator(`section#${id} table`);
            // A chart of nothing but zeroes is a sentence instead ("Ingen oppfølgingspunkter er registrert.").
            if ((await chart.count()) === 0) {
              expect(await tab.locator(`section#${id} p`).last().textContent(), `${fixture}: ${id}`).toMatch(/^Ingen /);
              continue;
            }
            expect(await chart.count(), `${fixture}: ${id}`).toBe(1);
            expect(await chart.getAttribute('role')).toBe('img');
            expect((await chart.boundingBox())?.height ?? 0, `${fixture}: ${id}`).toBeGreaterThan(50);
            expect(await table.locator('tbody tr').count(), `${fixture}: ${id}`).toBeGreaterThan(0);
            expect(await table.isVisible(), `${fixture}: ${id}`).toBe(true);
          }
          expect(await tab.locator('h1').textContent()).toBe('Evalueringsgrunnlag');
          // Printed on A4, the smallest text of any chart is at least 8 pt: its size in the drawing's units,
          // scaled as the printed chart is (CSS pixels are 0.75 pt).
          await tab.emulateMedia({ media: 'print' });
          // Run in the page: the test's own types know no DOM.
          const smallest =
            await tab.evaluate<number>(`Math.min(...[...document.querySelectorAll('svg.chart')].flatMap((svg) => {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return [...svg.querySelectorAll('text')].map((text) => Number(text.getAttribute('font-size')) * scale * 0.75);
          }))`);
          expect(smallest, fixture).toBeGreaterThanOrEqual(8);
          await tab.emulateMedia({ media: 'screen' });

          // The picture and the print once, of the shipped agreement's report: they cost the most.
          if (fixture === 'ks-kmd-2018') {
            const screenshot = await tab.screenshot({ fullPage: true });
            const { width, height } = pngSize(screenshot);
            expect(width).toBe(1240);
            expect(height).toBeGreaterThan(3000);
            // Printing on A4: the report breaks into several A4 pages.
            const pdf = await tab.pdf({ format: 'A4' });
            expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(2);
          }
          expect(problems).toEqual([]);
          await tab.close();
        }
      },
      { width: 1240, height: 1754 },
    );
  });
});
