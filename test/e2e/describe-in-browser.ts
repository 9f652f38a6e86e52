import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import { resolveE2eTarget } from './e2e-target';
import { recordPageErrors } from './record-page-errors';

/** What a journey gets: a fresh page on the built site, and the shared browser for anything unusual. */
export interface BrowserSession {
  /**
   * Opens `route` (relative to the preview's base URL) in a fresh context: no cookies, no storage.
   * `beforeGoto` runs on the new page before it navigates (to intercept requests, say).
   */
  open(route: string, beforeGoto?: (page: Page) => Promise<void>): Promise<Page>;
  /** Where the built site is served, ending in `/`. */
  baseUrl: string;
  /** The run's one Chromium, for tests that need a page outside the site. */
  browser(): Browser;
}

/** Like the Chinese seed and the dashboard's default language: 简体中文 first. */
const CONTEXT_OPTIONS = {
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  viewport: { width: 1280, height: 900 },
  acceptDownloads: true,
} as const;

/**
 * A describe block whose tests drive the real browser. Skipped (with the global setup's banner)
 * when no Chromium exists; otherwise every test ends by failing on any page or console error.
 */
export function describeInBrowser(name: string, body: (session: BrowserSession) => void): void {
  const target = resolveE2eTarget();
  describe.skipIf(target.status !== 'ready')(name, () => {
    if (target.status !== 'ready') return;
    let browser: Browser | null = null;
    let context: BrowserContext | null = null;
    let recorded: string[][] = []; // one list per page opened by the current test

    beforeAll(async () => {
      browser = await chromium.connect(target.wsEndpoint);
    });
    afterAll(async () => {
      await browser?.close();
    });
    afterEach(async () => {
      await context?.close();
      context = null;
      const seen = recorded.flat();
      recorded = [];
      expect(seen, 'no page errors').toEqual([]);
    });

    const requireBrowser = (): Browser => {
      if (browser === null) throw new Error('e2e: browser not connected yet');
      return browser;
    };
    body({
      baseUrl: target.baseUrl,
      browser: requireBrowser,
      async open(route, beforeGoto) {
        context ??= await requireBrowser().newContext(CONTEXT_OPTIONS);
        const page = await context.newPage();
        recorded.push(recordPageErrors(page));
        await beforeGoto?.(page);
        await page.goto(new URL(route, target.baseUrl).href);
        return page;
      },
    });
  });
}
