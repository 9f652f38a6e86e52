import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import { describeInBrowser } from './describe-in-browser';
import { fetchDataset } from './fetch-dataset';
import { selectFilterLocality } from './seed-expectations';

const t = createTranslate('zh');
const PHONE = { width: 390, height: 844 };

/** How many lines an element's text takes: its height over its line height (font-independent). */
function countLines(element: Locator): Promise<number> {
  return element.evaluate((node) => {
    const style = getComputedStyle(node);
    const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.5;
    const range = document.createRange();
    range.selectNodeContents(node);
    const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
    return Math.max(lines.size, Math.round(range.getBoundingClientRect().height / lineHeight));
  });
}

describeInBrowser('the dashboard on a phone (390 px)', (session) => {
  it('keeps the title and every nav label on one line, and folds the filters until asked', async () => {
    const page = await session.open('#/figures', (p) => p.setViewportSize(PHONE));
    const title = page.getByRole('heading', { level: 1, name: t('app.title') });
    await title.waitFor();
    expect(await countLines(title)).toBe(1);
    const links = page.getByRole('navigation', { name: t('nav.label') }).getByRole('link');
    expect(await links.count()).toBe(4);
    for (const link of await links.all()) expect(await countLines(link), await link.innerText()).toBe(1);

    const search = page.getByRole('searchbox', { name: t('filters.search'), exact: true });
    expect(await search.isVisible()).toBe(false);
    const toggle = page.getByRole('button', { name: /^筛选/u });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // The table starts on the first screen instead of under a screenful of filters.
    expect((await page.getByRole('table').boundingBox())?.y ?? Infinity).toBeLessThan(PHONE.height);

    await toggle.click();

    await search.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it("keeps each category name of a locality's table on one line", async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const { locality } = selectFilterLocality(dataset);
    const page = await session.open(`#/localities/${encodeURIComponent(locality.id)}`, (p) => p.setViewportSize(PHONE));
    const table = page.getByRole('table', { name: t('localities.byCategory') });
    await table.waitFor();
    const names = table.getByRole('rowheader');
    expect(await names.count()).toBeGreaterThan(1);
    for (const name of await names.all()) expect(await countLines(name), await name.innerText()).toBe(1);
  });

  it('shows at least three ticks on the compare chart axis, none overlapping', async () => {
    const page = await session.open('#/compare', (p) => p.setViewportSize(PHONE));
    const chart = page.getByRole('figure');
    await chart.locator('.dot').first().waitFor();
    const ticks = await chart.locator('.dot-axis .dot-tick').evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect()));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < ticks.length; i += 1) expect(ticks[i]?.left ?? 0).toBeGreaterThanOrEqual(ticks[i - 1]?.right ?? 0);
    expect(Math.max(...ticks.map((tick) => tick.right))).toBeLessThanOrEqual(PHONE.width);
  });
});
