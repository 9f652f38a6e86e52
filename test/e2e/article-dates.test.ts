import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import type { Dataset } from '../../src/dataset/schema';
import { describeInBrowser } from './describe-in-browser';
import { fetchDataset } from './fetch-dataset';
import { findFiguresTable, readColumn, showAllRows } from './figures-table';
import { plantDataset } from './plant-dataset';
import { readDefinition } from './read-definition';
import { parseCsvBytes, readDownload } from './read-download';

const t = createTranslate('zh');
const DATE = '2023-05-22';
const OUTLET = '人民网-湖北频道';

/**
 * The seed pages' dates and outlets are not extracted yet, so the served dataset gets some: the
 * first article is dated 2023 with an outlet, the second 2022; the rest stay undated.
 */
function plantDates(served: Dataset): (page: Page) => Promise<void> {
  const dataset = structuredClone(served);
  const [first, second] = datedArticles(dataset);
  if (first) Object.assign(first, { date: DATE, outlet: OUTLET });
  if (second) Object.assign(second, { date: '2022-11' });
  return (page) => plantDataset(page, dataset);
}

/** The two articles with the most figures, which the planting dates. */
function datedArticles(dataset: Dataset) {
  const count = (id: string) => dataset.figures.filter((f) => f.articleId === id).length;
  return [...dataset.articles].sort((a, b) => count(b.id) - count(a.id)).slice(0, 2);
}

describeInBrowser('article dates and outlets', (session) => {
  it('shows them in the table, the drill-down and the article, filters by year, and exports them', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const [first] = datedArticles(dataset);
    const ofFirst = dataset.figures.filter((f) => f.articleId === first?.id);
    const page = await session.open('#/figures', plantDates(dataset));
    const year = page.getByRole('combobox', { name: t('filters.year') });
    await year.selectOption('2023');

    await page.getByText(t('filters.counts', { shown: ofFirst.length, total: dataset.figures.length })).waitFor();
    expect(new URL(page.url()).hash).toContain('year=2023');
    const table = findFiguresTable(page);
    await showAllRows(page);
    expect(new Set(await readColumn(table, t('column.date')))).toEqual(new Set([DATE]));
    expect(new Set(await readColumn(table, t('column.outlet')))).toEqual(new Set([OUTLET]));

    const [header = [], ...rows] = parseCsvBytes((await readDownload(page.getByRole('button', { name: t('export.csv') }))).bytes);
    expect(rows).toHaveLength(ofFirst.length);
    expect(new Set(rows.map((row) => `${row[header.indexOf(t('column.date'))]} ${row[header.indexOf(t('column.outlet'))]}`))).toEqual(new Set([`${DATE} ${OUTLET}`]));

    await table.locator('tbody tr').first().getByRole('button').first().click();
    const dialog = page.getByRole('dialog');
    expect(await readDefinition(dialog, t('column.date'))).toBe(DATE);
    expect(await readDefinition(dialog, t('column.outlet'))).toBe(OUTLET);
    await dialog.getByRole('link', { name: t('panel.readArticle') }).click();
    await page.locator('article .meta').first().filter({ hasText: `${DATE} · ${OUTLET}` }).waitFor();
  });

  it('counts undated figures under their own year choice', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const dated = new Set(datedArticles(dataset).map((a) => a.id));
    const undated = dataset.figures.filter((f) => !dated.has(f.articleId)).length;
    const page = await session.open('#/figures', plantDates(dataset));
    await page.getByRole('combobox', { name: t('filters.year') }).selectOption('undated');
    await page.getByText(t('filters.counts', { shown: undated, total: dataset.figures.length })).waitFor();
  });
});
