import { expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import type { Dataset, Figure } from '../../src/dataset/schema';
import { describeInBrowser } from './describe-in-browser';
import { fetchDataset } from './fetch-dataset';
import { findFiguresTable } from './figures-table';

const t = createTranslate('zh');

/** The figure deepest into the longest article, so its paragraph is far below the article's top. */
function selectDeepFigure(dataset: Dataset): Figure {
  const paragraphs = new Map(dataset.paragraphs.map((p) => [p.id, p]));
  const deepest = [...dataset.figures].sort((a, b) => (paragraphs.get(b.paragraphId)?.index ?? 0) - (paragraphs.get(a.paragraphId)?.index ?? 0))[0];
  if (!deepest) throw new Error('e2e: the dataset has no figures');
  return deepest;
}

describeInBrowser('reading from a figure', (session) => {
  it('opens a figure without scrolling the header away', async () => {
    const page = await session.open('#/figures');
    const table = findFiguresTable(page);
    await table.locator('tbody tr').first().waitFor();
    await table.locator('tbody tr').nth(1).getByRole('button').first().click();
    await page.getByRole('dialog').waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect((await page.locator('.app-header').boundingBox())?.y).toBe(0);
  });

  it('阅读全文 opens the article at the paragraph of the figure, marked', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const figure = selectDeepFigure(dataset);
    const page = await session.open(`#/figures?fig=${encodeURIComponent(figure.id)}`);
    await page.getByRole('dialog').getByRole('link', { name: t('panel.readArticle') }).click();
    const target = page.locator('article p[aria-current="true"]');
    await target.waitFor();
    expect(await target.locator(`mark[data-figure-id="${figure.id}"]`).count()).toBe(1);
    await expect.poll(() => target.evaluate((p) => {
      const box = p.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  it('shows the article title once, as its heading', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const withTitle = dataset.paragraphs.find((p) => p.role === 'title');
    const article = dataset.articles.find((a) => a.id === withTitle?.articleId);
    if (!article) throw new Error('e2e: the seed has no article with a printed headline');
    const page = await session.open(`#/articles/${encodeURIComponent(article.id)}`);
    await page.getByRole('heading', { name: article.title, exact: true }).waitFor();
    const texts = await page.locator('article p').allInnerTexts();
    expect(texts.filter((text) => text.trim() === article.title)).toEqual([]);
  });

  it('runs the sidebar background down the whole of a long page', async () => {
    const page = await session.open('#/figures?size=500');
    await findFiguresTable(page).locator('tbody tr').nth(100).waitFor();
    const [aside, main] = await Promise.all([page.locator('aside.filters').boundingBox(), page.locator('main').boundingBox()]);
    expect(aside?.height ?? 0).toBeGreaterThanOrEqual((main?.height ?? Infinity) - 1);
    expect(await page.locator('aside.filters').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  it('keeps hidden columns and the page in the URL across a reload', async () => {
    const page = await session.open('#/figures');
    const table = findFiguresTable(page);
    await page.getByText(t('table.columns')).click();
    await page.getByRole('checkbox', { name: t('column.category') }).uncheck();
    await page.getByRole('button', { name: t('table.next') }).click();
    await page.getByRole('status').filter({ hasText: '第 2 /' }).waitFor();

    await page.reload();

    await page.getByRole('status').filter({ hasText: '第 2 /' }).waitFor();
    expect(await table.getByRole('columnheader', { name: t('column.category') }).count()).toBe(0);
    expect(await table.getByRole('columnheader', { name: t('column.metric') }).count()).toBe(1);
  });
});
