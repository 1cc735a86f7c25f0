/**
 * The record's site in Debian's Chromium, served over HTTP as GitHub Pages would: axe-core finds no
 * violation of WCAG 2.1 A and AA on any page kind of either agreement, public or internal; the search
 * finds pages without a server; the Atom feed parses as XML; print leaves the menu out on A4 pages; and
 * no page asks anything of another site.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumMissing, withChromium } from './helpers/chromium.js';
import { runCli } from './helpers/cli.js';
import { portfolioRepositories } from './helpers/portfolio.js';
import { copyFixture, PROJECT_ROOT, temporaryFolder } from './helpers/repository.js';
import { SITE_PAGES } from './helpers/site.js';

const AXE = readFileSync(join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.atom': 'application/atom+xml',
  '.ics': 'text/calendar',
};

function serve(folder: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(join(folder, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    try {
      if (!path.startsWith(folder) || !statSync(path).isFile()) throw new Error('not found');
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(readFileSync(path));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const SITES = [
  {
    fixture: 'ks-kmd-2018',
    today: '2018-12-31',
    documents: ['moter/2018-09-20/innkalling.html', 'moter/2018-09-20/referat.html', 'moter/2018-06-12/avlysning.html'],
  },
  {
    fixture: 'ks-kdd-digital',
    today: '2025-09-01',
    documents: ['moter/2024-10-22/innkalling.html', 'moter/2024-10-22/referat.html'],
  },
] as const;

describe('the site in headless Chromium', () => {
  it('passes axe-core’s WCAG 2.1 A and AA rules on every page kind, finds with its search, parses its feed, prints on A4', async (context) => {
    const missing = chromiumMissing();
    if (missing) context.skip(missing);
    await withChromium(async (browser) => {
      for (const { fixture, today, documents } of SITES) {
        for (const mode of ['--public', '--internal']) {
          const out = join(temporaryFolder(), 'site');
          const folder = copyFixture(fixture);
          // The cancelled meeting's avlysning went out, so the site has one.
          const cancelled = join(folder, 'meetings/2018-06-12.md');
          if (fixture === 'ks-kmd-2018')
            writeFileSync(
              cancelled,
              readFileSync(cancelled, 'utf8').replace(
                'status: cancelled',
                'status: cancelled\ncancellation_sent: 2018-05-30',
              ),
            );
          const built = await runCli(['site', '--out', out, mode, '--today', today], { cwd: folder });
          expect(built.code, built.stderr).toBe(0);
          const server = await serve(out);
          const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
          try {
            const tab = await browser.newPage();
            const problems: string[] = [];
            tab.on('pageerror', (error) => problems.push(`page: ${error.message}`));
            tab.on('console', (message) => {
              if (message.type() === 'error') problems.push(`console: ${message.text()}`);
            });
            tab.on('request', (request) => {
              if (!request.url().startsWith(origin)) problems.push(`request: ${request.url()}`);
            });
            for (const page of [...SITE_PAGES, ...documents]) {
              await tab.goto(`${origin}/${page}`, { waitUntil: 'load' });
              // Evaluated from outside the page: the site's policy lets no inline script run.
              await tab.evaluate(AXE);
              // Run in the page: passed as text, since the tests' type check knows no DOM.
              const violations = (await tab.evaluate(`(async () => {
                const result = await window.axe.run(document, {
                  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                });
                return result.violations.map((violation) => violation.id + ': ' + violation.nodes.map((node) => node.target.join(' ')).join(', '));
              })()`)) as string[];
              expect(violations, `${fixture} ${mode} ${page}`).toEqual([]);
              expect(await tab.locator('html').getAttribute('lang')).toMatch(/^(nb|nn)$/);
              expect(await tab.locator('a.skip').getAttribute('href')).toBe('#innhold');
              if (mode === '--internal') expect(await tab.locator('.internal').count()).toBe(1);
            }

            // The search needs no server of its own: the index is a file beside the pages.
            await tab.goto(`${origin}/sok.html?q=referat`, { waitUntil: 'load' });
            await tab.locator('#treff li').first().waitFor();
            expect(await tab.locator('#treff li').count()).toBeGreaterThan(0);
            await tab.fill('#sok', 'ordsomikkefinnes');
            await tab.click('button[type="submit"]');
            await expect.poll(() => tab.locator('#treff li').count()).toBe(0);

            const atom = (await tab.evaluate(`(async () => {
              const text = await (await fetch('endringer.atom')).text();
              const xml = new DOMParser().parseFromString(text, 'application/xml');
              return { error: xml.querySelector('parsererror') !== null, entries: xml.getElementsByTagName('entry').length };
            })()`)) as { error: boolean; entries: number };
            expect(atom.error).toBe(false);
            expect(atom.entries).toBeGreaterThan(0);

            await tab.goto(`${origin}/beslutninger.html`, { waitUntil: 'load' });
            await tab.emulateMedia({ media: 'print' });
            expect(await tab.locator('nav').isVisible()).toBe(false);
            const pdf = await tab.pdf({ format: 'A4', preferCSSPageSize: true });
            expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
            await tab.close();
            expect(problems, `${fixture} ${mode}`).toEqual([]);
          } finally {
            server.close();
          }
        }
      }
    });
  });

  it('the portfolio page passes the same rules, with a broken repository and an unreadable one in it', async (context) => {
    const missing = chromiumMissing();
    if (missing) context.skip(missing);
    const parent = portfolioRepositories();
    for (const lang of ['nb', 'en']) {
      const page = join(parent, `portefolje-${lang}.html`);
      await runCli(
        ['portfolio', 'kmd', 'digital', 'broken', 'nowhere', '-o', page, '--lang', lang, '--today', '2025-09-01'],
        {
          cwd: parent,
        },
      );
      await withChromium(async (browser) => {
        const tab = await browser.newPage();
        await tab.goto(`file://${page}`, { waitUntil: 'load' });
        await tab.evaluate(AXE);
        const violations = (await tab.evaluate(`(async () => {
          const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return result.violations.map((violation) => violation.id);
        })()`)) as string[];
        expect(violations, lang).toEqual([]);
        expect(await tab.locator('html').getAttribute('lang')).toBe(lang);
        expect(await tab.locator('tbody tr').count()).toBe(4);
      });
    }
  });
});
