import type { Page } from 'playwright-core';

/** Committed pictures of every view, rewritten by each e2e run; the README shows one of them. */
const SCREENSHOT_DIR = new URL('./screenshots/', import.meta.url);

/** Saves a full-page screenshot as test/e2e/screenshots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const file = new URL(`${name}.png`, SCREENSHOT_DIR).pathname;
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
