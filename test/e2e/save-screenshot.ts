import type { Page } from 'playwright-core';

/** Committed pictures of every view, rewritten by each e2e run; the README shows one of them. */
const SCREENSHOT_DIR = new URL('./screenshots/', import.meta.url);

/**
 * Saves a screenshot as test/e2e/screenshots/<name>.png and returns its path: the full page, or only
 * the window when `fullPage` is false (a page with a 200,000-character paragraph is metres long).
 */
export async function saveScreenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  const file = new URL(`${name}.png`, SCREENSHOT_DIR).pathname;
  await page.screenshot({ path: file, fullPage });
  return file;
}
