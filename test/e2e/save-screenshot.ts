import type { Page } from 'playwright-core';

/** Git-ignored folder where reviewers find one picture per view after a run. */
const SCREENSHOT_DIR = new URL('./screenshots/', import.meta.url);

/** Saves a full-page screenshot as test/e2e/screenshots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const file = new URL(`${name}.png`, SCREENSHOT_DIR).pathname;
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
