/** Debian's Chromium, headless, with a fresh profile: for the tests that open the pages the tool writes. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = process.env.PARTNERSHIP_CHROMIUM ?? '/usr/bin/chromium';

/** Why a browser test cannot run here, or undefined when it can. CI installs Chromium (.ci/run), so there it always runs. */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM)
    ? undefined
    : `no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium), as .ci/run does`;
}

/** Runs `use` with a browser of its own, closed and its profile removed afterwards. */
export async function withChromium<T>(
  use: (browser: BrowserContext) => Promise<T>,
  viewport?: { width: number; height: number },
): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'partnership-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    ...(viewport ? { viewport } : {}),
  });
  try {
    return await use(browser);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
