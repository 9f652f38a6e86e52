import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import { APP_INDEX_URL } from '../../src/app/load-dataset';
import { paragraphChunkFile } from '../../src/dataset/app-layout';
import { makeSiteFiles } from '../helpers/make-app-layout';
import { describeInBrowser } from './describe-in-browser';
import { fetchDataset } from './fetch-dataset';
import { findFiguresTable } from './figures-table';
import { plantFiles } from './plant-dataset';
import { saveScreenshot } from './save-screenshot';

const t = createTranslate('zh');

/**
 * Every data file the page asks for, as a path below the site (data/dataset/app/index.json …). The
 * e2e build runs under vitest's NODE_ENV=test, so React is its development build and StrictMode runs
 * the loading effect twice: the index may be asked for twice; each file's count is checked apart.
 */
function recordDataRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const at = path.indexOf('/data/');
    if (at >= 0) paths.push(path.slice(at + 1));
  });
  return paths;
}

describeInBrowser('paragraph text on demand', (session) => {
  it('draws the first screen and the figures table from the served index alone: no dataset.json, no chunk', async () => {
    let requests: string[] = [];
    const page = await session.open('#/', async (p) => {
      requests = recordDataRequests(p);
    });
    await page.getByRole('heading', { name: t('overview.title') }).waitFor();
    await page.getByRole('link', { name: t('nav.figures') }).click();
    await findFiguresTable(page).locator('tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect([...new Set(requests)], JSON.stringify(requests)).toEqual([APP_INDEX_URL]);
  });

  it('fetches exactly the chunk of the figure opened, once, with one article to a chunk', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    let requests: string[] = [];
    const page = await session.open('#/figures', async (p) => {
      requests = recordDataRequests(p);
      await plantFiles(p, makeSiteFiles(dataset, 1));
    });
    const table = findFiguresTable(page);
    // A figure of an article other than the first, so a chunk other than 00000 is the right one.
    const at = dataset.figures.findIndex((f) => f.articleId !== dataset.figures[0]?.articleId);
    await page.getByRole('combobox', { name: t('table.pageSize') }).selectOption('500');
    await table.locator('tbody tr').nth(at).getByRole('button').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('p mark').first().waitFor();
    const figureId = new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('fig');
    const figure = dataset.figures.find((f) => f.id === figureId);
    const chunk = dataset.articles.findIndex((a) => a.id === figure?.articleId);
    expect(chunk).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: t('panel.close') }).click();
    await table.locator('tbody tr').nth(at).getByRole('button').first().click(); // again: already in
    await dialog.locator('p mark').first().waitFor();
    await page.waitForLoadState('networkidle');
    const chunkFile = `data/dataset/${paragraphChunkFile(chunk)}`;
    expect([...new Set(requests)], JSON.stringify(requests)).toEqual([APP_INDEX_URL, chunkFile]);
    expect(requests.filter((r) => r === chunkFile)).toHaveLength(1);
  });

  it.each([
    ['zh', '', 'text.loading'],
    ['en', '&lang=en', 'text.loading'],
  ] as const)('shows, in %s, that the drill-down’s paragraph is on its way while its chunk is held back, then the paragraph', async (language, lang, key) => {
    const dataset = await fetchDataset(session.baseUrl);
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const page = await session.open(`#/figures?fig=${encodeURIComponent(dataset.figures[0]?.id ?? '')}${lang}`, async (p) => {
      await p.route('**/data/dataset/app/paragraphs/**', async (route) => {
        await held;
        await route.continue();
      });
    });
    const status = page.getByRole('dialog').getByRole('status');
    await status.waitFor();
    expect(await status.innerText()).toBe(createTranslate(language)(key));
    await saveScreenshot(page, `figure-panel-loading-${language}`, { fullPage: false });
    release();
    await page.getByRole('dialog').locator('p mark').first().waitFor();
    expect(await page.getByRole('dialog').getByRole('status').count()).toBe(0);
  });
});
