/**
 * Every kind of page the tool writes, from records with a script and a request in every field, opened
 * in Debian's Chromium: no script runs, nothing is fetched, the payload shows as the text it is, and
 * each page carries a Content-Security-Policy that would stop a script that got in. CI installs
 * Chromium (.ci/run), so there this always runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumMissing, withChromium } from './helpers/chromium.js';
import { runCli } from './helpers/cli.js';
import { recordsWithPayloads } from './helpers/payloads.js';
import type { FixtureName } from './helpers/repository.js';

const PAGES: Record<FixtureName, Array<[kind: string, today: string, args: string[]]>> = {
  'ks-kmd-2018': [
    ['innkalling', '2018-02-20', ['render', 'agenda', '2018-03-14']],
    ['referat', '2018-10-04', ['render', 'minutes', '2018-09-20']],
    ['avlysning', '2018-06-01', ['render', 'agenda', '2018-06-12']],
    ['protokoll', '2018-11-15', ['renew', '--year', '2019', '--decided', '2018-11-15']],
    ['oppsigelse', '2018-10-30', ['terminate', '--by', 'ks', '--notified', '2018-10-31']],
    ['evalueringsgrunnlag', '2018-12-31', ['report']],
  ],
  'ks-kdd-digital': [
    ['innkalling', '2025-08-25', ['render', 'agenda', '2025-09-16']],
    ['referat', '2025-02-11', ['render', 'minutes', '2024-10-22']],
    ['avlysning', '2023-09-01', ['render', 'agenda', '2023-09-12']],
    ['protokoll', '2025-11-10', ['renew', '--year', '2026', '--decided', '2025-11-10']],
    ['oppsigelse', '2025-10-14', ['terminate', '--by', 'dep', '--notified', '2025-10-15']],
    ['evalueringsgrunnlag', '2025-06-02', ['report']],
  ],
};

describe('every page the tool writes, with a payload in every field, in headless Chromium', () => {
  it('runs no script, fetches nothing, shows the payload as text, and forbids scripts by its policy', async (context) => {
    const missing = chromiumMissing();
    if (missing) context.skip(missing);
    await withChromium(async (browser) => {
      for (const [fixture, pages] of Object.entries(PAGES)) {
        const folder = recordsWithPayloads(fixture as FixtureName);
        for (const [kind, today, args] of pages) {
          const where = `${fixture}: ${kind}`;
          const page = join(folder, `${kind}.html`);
          const made = await runCli([...args, '--format', 'html', '-o', page, '--today', today], { cwd: folder });
          expect(made.code, `${where}: ${made.stderr}`).toBe(0);
          expect(readFileSync(page, 'utf8'), where).toContain(
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';',
          );

          const tab = await browser.newPage();
          // A request the policy stops still shows as one that failed, with the reason; any other is a leak.
          const requests: string[] = [];
          tab.on('request', (request) => {
            if (request.url() !== `file://${page}`) requests.push(request.url());
          });
          const blocked: string[] = [];
          tab.on('requestfailed', (request) => {
            if (/ERR_BLOCKED_BY_CSP|csp/i.test(request.failure()?.errorText ?? '')) blocked.push(request.url());
          });
          await tab.goto(`file://${page}`, { waitUntil: 'load' });
          // Run in the page: passed as text, since the tests' type check knows no DOM.
          const seen = (await tab.evaluate(`({
            title: document.title,
            text: document.body.textContent,
            active: [...document.querySelectorAll('script, img, iframe, object, embed, link, style:not(head > style)')].map((element) => element.tagName),
            handlers: [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.name).filter((name) => name.startsWith('on'))),
            links: [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')),
          })`)) as { title: string; text: string; active: string[]; handlers: string[]; links: string[] };
          expect(seen.title, where).not.toBe('pwned');
          expect(seen.active, where).toEqual([]);
          expect(seen.handlers, where).toEqual([]);
          expect(
            seen.links.filter((href) => /^\s*javascript:/i.test(href)),
            where,
          ).toEqual([]);
          expect(seen.text, where).toContain(`<script>document.title='pwned'</script>`);
          expect(requests, where).toEqual([]);

          // The policy is the second wall: markup put into the page afterwards still runs nothing and fetches nothing.
          await tab.evaluate(
            `document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(
              `<img src="https://example.org/x.png" onerror="document.title='pwned'"><iframe srcdoc="<script>parent.document.title='pwned'</script>"></iframe>`,
            )})`,
          );
          await tab.waitForTimeout(50);
          expect(await tab.title(), where).not.toBe('pwned');
          expect(requests, where).toEqual(blocked);
          await tab.close();
        }
      }
    });
  });

  it("the site built from those records: no script but the search's own, no handler, nothing from elsewhere, the payload as text", async (context) => {
    const missing = chromiumMissing();
    if (missing) context.skip(missing);
    await withChromium(async (browser) => {
      for (const [fixture, today] of [
        ['ks-kmd-2018', '2018-12-31'],
        ['ks-kdd-digital', '2025-09-01'],
      ] as const) {
        const folder = recordsWithPayloads(fixture);
        const out = join(folder, 'nettsted');
        const made = await runCli(['site', '--internal', '--out', out, '--today', today], { cwd: folder });
        expect(made.code, made.stderr).toBe(0);
        const pages = readdirSync(out, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .map((entry) => join(entry.parentPath, entry.name));
        let shown = 0;
        const tab = await browser.newPage();
        const requests: string[] = [];
        tab.on('request', (request) => {
          if (!request.url().startsWith(`file://${out}/`)) requests.push(request.url());
        });
        for (const page of pages) {
          const where = `${fixture}: ${page.slice(out.length + 1)}`;
          await tab.goto(`file://${page}`, { waitUntil: 'load' });
          const seen = (await tab.evaluate(`({
            title: document.title,
            text: document.body.textContent,
            scripts: [...document.querySelectorAll('script')].map((script) => script.getAttribute('src')),
            active: [...document.querySelectorAll('img, iframe, object, embed, style, link:not([rel="stylesheet"]):not([rel="icon"]):not([rel="alternate"])')].map((element) => element.tagName),
            handlers: [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.name).filter((name) => name.startsWith('on'))),
            links: [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')),
          })`)) as {
            title: string;
            text: string;
            scripts: Array<string | null>;
            active: string[];
            handlers: string[];
            links: string[];
          };
          expect(seen.title, where).not.toBe('pwned');
          expect(seen.scripts, where).toEqual(page.endsWith('/sok.html') ? ['sok.js'] : []);
          expect(seen.active, where).toEqual([]);
          expect(seen.handlers, where).toEqual([]);
          expect(
            seen.links.filter((href) => /^\s*(javascript|data|https?):/i.test(href)),
            where,
          ).toEqual([]);
          if (seen.text.includes("<script>document.title='pwned'</script>")) shown += 1;
        }
        expect(shown, fixture).toBeGreaterThan(0);
        expect(requests, fixture).toEqual([]);
        await tab.close();
      }
    });
  });
});
