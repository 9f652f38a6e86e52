import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/schema';
import { HOSTILE_TEXTS, makeHostileDataset, PWNED_FLAG } from '../helpers/make-hostile-dataset';
import { describeInBrowser } from './describe-in-browser';
import { fetchDataset } from './fetch-dataset';
import { saveScreenshot } from './save-screenshot';

// The served seed dataset with markup, scripts, URLs and bidi tricks planted in every shown field:
// in the real browser, under the built page's Content-Security-Policy, nothing may run (no flag set,
// no dialog, no element made from the text) and the text must show literally.

/** Serves `dataset` in place of the site's dataset.json, and counts dialogs the page opens. */
function plant(dataset: unknown, dialogs: string[]): (page: Page) => Promise<void> {
  return async (page) => {
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.route('**/data/dataset.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }));
  };
}

const planted = (page: Page): Promise<number> =>
  page.evaluate(() => document.querySelectorAll('img, script:not([src]), svg[onload], [onerror], [onload]').length);
const pwned = (page: Page): Promise<unknown> => page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], PWNED_FLAG);

describeInBrowser('a hostile dataset', (session) => {
  let hostile: Dataset;
  const routes = (d: Dataset): [string, string][] => [
    ['overview', '#/'],
    ['figures', `#/figures?fig=${encodeURIComponent(d.figures[0]?.id ?? '')}`],
    ['localities', '#/localities'],
    ['article', `#/articles/${encodeURIComponent(d.articles[0]?.id ?? '')}`],
  ];

  it('runs none of its text in any view, and shows it literally', async () => {
    hostile = makeHostileDataset(await fetchDataset(session.baseUrl));
    const dialogs: string[] = [];
    for (const [name, route] of routes(hostile)) {
      const page = await session.open(route, plant(hostile, dialogs));
      await page.getByText(HOSTILE_TEXTS[0], { exact: false }).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await pwned(page), `${name}: a planted script ran`).toBeUndefined();
      expect(await planted(page), `${name}: planted markup became elements`).toBe(0);
      if (name === 'article') {
        const title = await page.locator('#article-title').textContent();
        expect(title, 'the article’s title, shown as text').toContain(hostile.articles[0]?.title.slice(0, 20) ?? '?');
        await saveScreenshot(page, 'hostile-article', { fullPage: false });
      }
      await page.close();
    }
    expect(dialogs).toEqual([]);
  });

  it('keeps a direction override inside the element that shows it', async () => {
    const dataset = makeHostileDataset(await fetchDataset(session.baseUrl));
    const page = await session.open('#/localities', plant(dataset, []));
    const link = page.getByRole('link', { name: /report/u }).first();
    await link.waitFor();
    expect(await link.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('isolate');
  });

  it.each([
    ['a newer schema version', (d: Dataset) => ({ ...d, schemaVersion: 3 })],
    ['figures pointing at missing paragraphs', (d: Dataset) => ({ ...d, figures: d.figures.map((f) => ({ ...f, paragraphId: HOSTILE_TEXTS[0] })) })],
    ['records of the wrong shape', (d: Dataset) => ({ ...d, articles: d.articles.map((a) => ({ ...a, title: { html: HOSTILE_TEXTS[0] } })) })],
  ])('shows a clear error for %s, running nothing', async (_, spoil) => {
    const dataset = spoil(makeHostileDataset(await fetchDataset(session.baseUrl)));
    const page = await session.open('#/', plant(dataset, []));
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('npm run dataset');
    expect(await pwned(page)).toBeUndefined();
    expect(await planted(page)).toBe(0);
  });

  it('shows a clear error for a dataset file cut off in the middle', async () => {
    const text = JSON.stringify(makeHostileDataset(await fetchDataset(session.baseUrl)));
    const page = await session.open('#/', async (p) => {
      await p.route('**/data/dataset.json', (route) => route.fulfill({ contentType: 'application/json', body: text.slice(0, text.length / 2) }));
    });
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('npm run dataset');
  });
});
