import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import './e2e-target';
import { findChromium, isBrowserRequired } from './find-chromium';
import { launchChromium } from './launch-chromium';
import { buildSite, startPreview } from './start-preview';

/**
 * Vitest globalSetup of the `e2e` project: build the production site once, serve it with
 * `vite preview`, start one Chromium, and hand both to the test files. Returns the teardown.
 * `E2E_BASE_URL=http://localhost:5173/` tests a site that is already running instead.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = findChromium();
  if (executablePath === null) {
    const reason = 'no Chromium at /usr/bin/chromium (or $CHROMIUM_PATH); install it with `apt-get install -y chromium`';
    if (isBrowserRequired()) {
      throw new Error(`e2e: ${reason}. CI / REQUIRE_BROWSER=1 is set, so browser tests may not be skipped.`);
    }
    announceSkip(reason);
    project.provide('e2eTarget', { status: 'skipped', reason });
    return async () => {};
  }

  const existingSite = process.env['E2E_BASE_URL'];
  if (existingSite !== undefined && existingSite !== '') {
    // For iterating on one journey against a site you already serve: skips the build.
    const browser = await launchChromium(executablePath);
    project.provide('e2eTarget', { status: 'ready', baseUrl: existingSite, wsEndpoint: browser.wsEndpoint() });
    return () => browser.close();
  }

  const outDir = await mkdtemp(path.join(tmpdir(), 'reform-metrics-e2e-'));
  const cleanups: (() => Promise<unknown>)[] = [() => rm(outDir, { recursive: true, force: true })];
  const teardown = async (): Promise<void> => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    await buildSite(outDir);
    const { server, baseUrl } = await startPreview(outDir);
    cleanups.push(() => server.close());
    const browser = await launchChromium(executablePath);
    cleanups.push(() => browser.close());
    project.provide('e2eTarget', { status: 'ready', baseUrl, wsEndpoint: browser.wsEndpoint() });
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}

/** A skipped browser suite must not pass silently: print a banner nobody can miss. */
function announceSkip(reason: string): void {
  const lines = [
    'BROWSER TESTS SKIPPED',
    `e2e: ${reason}.`,
    'Unit and component tests still run. Set CI=1 or REQUIRE_BROWSER=1 to make this an error.',
  ];
  const rule = '!'.repeat(Math.max(...lines.map((line) => line.length)) + 4);
  console.warn(['', rule, ...lines.map((line) => `!! ${line}`), rule, ''].join('\n'));
}
