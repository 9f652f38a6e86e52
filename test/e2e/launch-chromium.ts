import { chromium, type BrowserServer } from 'playwright-core';

/**
 * Flags for a sandboxed CI box with no internet: no GPU, and none of the background traffic
 * (updates, sync, QUIC probes) that would only produce noise or time out.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
] as const;

/**
 * Starts one headless Chromium for the whole run; test files attach with `chromium.connect`.
 * Playwright gives the server a fresh temporary profile and deletes it on close.
 */
export function launchChromium(executablePath: string): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}
