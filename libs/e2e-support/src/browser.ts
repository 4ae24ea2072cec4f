import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium (`apt-get install chromium`); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface BrowserSession {
  context: BrowserContext;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface BrowserOptions {
  downloadsPath?: string;
  /** Ignore the page's Content-Security-Policy, so a test may inject a script (the axe-core checks). */
  bypassCSP?: boolean;
  /** What `prefers-reduced-motion` answers. */
  reducedMotion?: 'reduce' | 'no-preference';
}

/** Headless Chromium with a fresh profile that is deleted on close. */
export async function launchBrowser(options: BrowserOptions = {}): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'tradeflow-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: DESKTOP,
    acceptDownloads: true,
    downloadsPath: options.downloadsPath,
    bypassCSP: options.bypassCSP,
    reducedMotion: options.reducedMotion,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  return {
    context,
    async newPage(viewport = DESKTOP) {
      const page = await context.newPage();
      // Generous: the machine is shared and CI runs the API tests beside these.
      page.setDefaultTimeout(60_000);
      await page.setViewportSize(viewport);
      return page;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
