import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Impacts that block or seriously hinder someone using a screen reader or keyboard. */
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** Runs axe-core in the page and fails with a readable list of every serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 5);
      return `${violation.impact} ${violation.id}: ${violation.help} — ${targets.join(' | ')}`;
    });
  expect(blocking, `axe violations on ${page.url()}`).toEqual([]);
}
