import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { APP_INDEX_URL } from '../../src/app/load-dataset';
import type { AppIndex } from '../../src/dataset/app-layout';
import type { Dataset } from '../../src/dataset/schema';
import { makeAppLayout, makeSiteFiles, type SiteFiles } from '../helpers/make-app-layout';
import { HOSTILE_TEXTS, makeHostileDataset, PWNED_FLAG } from '../helpers/make-hostile-dataset';
import { describeInBrowser } from './describe-in-browser';
import { fetchDataset } from './fetch-dataset';
import { plantFiles } from './plant-dataset';
import { saveScreenshot } from './save-screenshot';

// The served seed dataset with markup, scripts, URLs and bidi tricks planted in every shown field:
// in the real browser, under the built page's Content-Security-Policy, nothing may run (no flag set,
// no dialog, no element made from the text) and the text must show literally.

/** Serves `dataset` as the site's app layout (index and chunks), and counts dialogs the page opens. */
function plant(dataset: Dataset | SiteFiles, dialogs: string[]): (page: Page) => Promise<void> {
  return async (page) => {
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await plantFiles(page, dataset instanceof Map ? dataset : makeSiteFiles(dataset));
  };
}

/** The layout of `dataset` with its index replaced by what `spoil` makes of it. */
function spoilIndex(dataset: Dataset, spoil: (index: AppIndex) => unknown): SiteFiles {
  const files = makeSiteFiles(dataset);
  files.set(APP_INDEX_URL, JSON.stringify(spoil(makeAppLayout(dataset).index)));
  return files;
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
    ['a newer schema version', (d: Dataset) => spoilIndex(d, (i) => ({ ...i, schemaVersion: 3 }))],
    ['a newer layout', (d: Dataset) => spoilIndex(d, (i) => ({ ...i, layout: 2 }))],
    ['figures pointing at missing articles', (d: Dataset) => makeSiteFiles({ ...d, figures: d.figures.map((f) => ({ ...f, articleId: HOSTILE_TEXTS[0] })) })],
    ['records of the wrong shape', (d: Dataset) => makeSiteFiles({ ...d, articles: d.articles.map((a) => ({ ...a, title: { html: HOSTILE_TEXTS[0] } as never })) })],
    ['a table whose fields are not this program’s', (d: Dataset) => spoilIndex(d, (i) => ({ ...i, figures: { ...i.figures, fields: ['__proto__', ...i.figures.fields.slice(1)] } }))],
  ])('shows a clear error for %s, running nothing', async (_, spoil) => {
    const files = spoil(makeHostileDataset(await fetchDataset(session.baseUrl)));
    const page = await session.open('#/', plant(files, []));
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('npm run dataset');
    expect(await pwned(page)).toBeUndefined();
    expect(await planted(page)).toBe(0);
  });

  it('shows a clear error for an index cut off in the middle', async () => {
    const files = makeSiteFiles(makeHostileDataset(await fetchDataset(session.baseUrl)));
    const text = files.get(APP_INDEX_URL) ?? '';
    files.set(APP_INDEX_URL, text.slice(0, text.length / 2));
    const page = await session.open('#/', plant(files, []));
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('npm run dataset');
  });

  it('names a spoiled paragraph chunk in the drill-down, running nothing', async () => {
    const dataset = makeHostileDataset(await fetchDataset(session.baseUrl));
    const files = makeSiteFiles({ ...dataset, paragraphs: dataset.paragraphs.map((p) => ({ ...p, text: { html: HOSTILE_TEXTS[0] } as never })) });
    const page = await session.open(`#/figures?fig=${encodeURIComponent(dataset.figures[0]?.id ?? '')}`, plant(files, []));
    const alert = page.getByRole('dialog').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('data/dataset/app/paragraphs/');
    expect(await pwned(page)).toBeUndefined();
    expect(await planted(page)).toBe(0);
  });
});
