import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import { describeInBrowser } from './describe-in-browser';
import { fetchDataset } from './fetch-dataset';
import { findFiguresWithin, selectFilterLocality } from './seed-expectations';

const t = createTranslate('zh');

/** Every row's figure text on one page (the pager's largest size), top to bottom. */
async function readAllTexts(route: string, open: (route: string) => Promise<Page>): Promise<string[]> {
  const all = await open(`${route}${route.includes('?') ? '&' : '?'}size=500`);
  await all.locator('tbody tr').first().waitFor();
  return readTexts(all);
}

/** The figure texts of the rows shown (each row's button names its figure). */
function readTexts(page: Page): Promise<string[]> {
  return page.locator('table').last().locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.querySelector('button')?.textContent ?? ''));
}

describeInBrowser('paging through a figures table', (session) => {
  it.each(['#/figures', 'locality'])('on %s, 下一页 shows rows 51–100, Enter pages too, and a new page size keeps its place', async (where) => {
    const dataset = await fetchDataset(session.baseUrl);
    const { locality } = selectFilterLocality(dataset);
    const route = where === 'locality' ? `#/localities/${encodeURIComponent(locality.id)}` : '#/figures';
    const total = where === 'locality' ? findFiguresWithin(dataset, locality.id).length : dataset.figures.length;
    expect(total, 'the seed must have more than one page of figures here').toBeGreaterThan(50);
    const every = await readAllTexts(route, (r) => session.open(r));
    const pages = Math.ceil(total / 50);
    const page = await session.open(route);
    await page.getByText(t('table.page', { page: 1, pages, rows: total })).waitFor();

    await page.getByRole('button', { name: t('table.next') }).click();

    await page.getByText(t('table.page', { page: 2, pages, rows: total })).waitFor();
    expect(await readTexts(page)).toEqual(every.slice(50, 100));
    expect(new URL(page.url()).hash).toContain('page=2');

    await page.getByRole('button', { name: t('table.previous') }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(t('table.page', { page: 1, pages, rows: total })).waitFor();
    expect(await readTexts(page)).toEqual(every.slice(0, 50));

    await page.getByRole('combobox', { name: t('table.pageSize') }).selectOption('25');
    await page.getByRole('button', { name: t('table.next') }).click();
    await page.getByText(t('table.page', { page: 2, pages: Math.ceil(total / 25), rows: total })).waitFor();
    expect(await readTexts(page)).toEqual(every.slice(25, 50));

    await page.reload(); // the page and its size are in the URL
    await page.getByText(t('table.page', { page: 2, pages: Math.ceil(total / 25), rows: total })).waitFor();
    expect(await readTexts(page)).toEqual(every.slice(25, 50));
  });
});
