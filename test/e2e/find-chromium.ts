import { accessSync, constants } from 'node:fs';

/** Where Debian and Ubuntu put their Chromium; CHROMIUM_PATH overrides. Never a downloaded browser. */
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'] as const;

/** Returns the path of an executable Chromium, or null when this machine has none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const override = env['CHROMIUM_PATH'];
  // An explicit override that points nowhere is a mistake to report, not a reason to guess another browser.
  const candidates = override !== undefined && override !== '' ? [override] : CHROMIUM_CANDIDATES;
  return candidates.find(isExecutable) ?? null;
}

/** True when a missing browser must fail the run (CI, or REQUIRE_BROWSER=1) instead of skipping e2e. */
export function isBrowserRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  const isSet = (value: string | undefined): boolean =>
    value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
  return isSet(env['CI']) || isSet(env['REQUIRE_BROWSER']);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
