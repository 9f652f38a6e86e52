import type { Browser, Page } from 'playwright-core';
import { createTranslate } from '../src/app/i18n/translate';

const t = createTranslate('zh');

/** One measured interaction: what was done and how long until the page showed its result. */
export interface UiMeasure {
  /** Which target it is held to (bench-ui-targets.ts). */
  kind: 'firstChart' | 'figuresTable' | 'sort' | 'filter' | 'drillDown' | 'article';
  name: string;
  ms: number;
}

/** What the journey picks in the built site's data. */
export interface UiSubjects {
  /** An article whose chunk the journey has not fetched before it opens it (the last one). */
  coldArticleId: string;
  /** A place with many figures, picked in the locality filter. */
  localityName: string;
  searchText: string;
}

declare global {
  interface Window {
    /** When each watched selector first matched, in ms since navigation (installed by `watchFirstSeen`). */
    __firstSeen: Record<string, number>;
    /** Runs `act`, then resolves with the ms until `done()` holds and the next frame is drawn. */
    __timeUntil: (act: () => void, done: () => boolean) => Promise<number>;
  }
}

/**
 * Installed before the app's own scripts: a MutationObserver notes when each selector first matches,
 * and `__timeUntil` measures an action in the page itself, from just before it to the frame after the
 * DOM shows its result, so nothing of the driver's round trips is counted, and no fixed sleep either.
 */
function installProbes(watched: Record<string, string>): void {
  window.__firstSeen = {};
  const look = (): void => {
    for (const [name, selector] of Object.entries(watched)) {
      if (window.__firstSeen[name] === undefined && document.querySelector(selector)) window.__firstSeen[name] = performance.now();
    }
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true });
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  window.__timeUntil = async (act, done) => {
    const start = performance.now();
    act();
    if (!done()) {
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    }
    await nextFrame();
    return performance.now() - start;
  };
}

const WATCHED = {
  firstChart: '.stack-chart .stack-row',
  figuresTable: 'main table tbody tr',
};

/** Opens `route` in a fresh page with the probes installed, and waits for `selector` (the time it first showed). */
async function openTimed(browser: Browser, baseUrl: string, route: string, watch: keyof typeof WATCHED): Promise<{ page: Page; ms: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  // tsx compiles with keepNames, so the functions handed to the page call esbuild's __name helper.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.addInitScript(installProbes, WATCHED);
  await page.goto(new URL(route, baseUrl).href);
  await page.waitForFunction((name) => window.__firstSeen[name] !== undefined, watch, { timeout: 60_000 });
  return { page, ms: await page.evaluate((name) => window.__firstSeen[name] ?? NaN, watch) };
}

/** The pager's line, which names the rows the table holds: a filter's result shows there. */
const PAGER = '.table-pager [role="status"]';

/**
 * Drives the built site the way a reader does and times each step: first chart, figures table,
 * sorts both ways, filters, drill-downs (cold and warm chunk), the article reader. Returns the measures
 * and the page's JS heap at the end.
 */
export async function measureUi(browser: Browser, baseUrl: string, subjects: UiSubjects): Promise<{ measures: UiMeasure[]; heapBytes: number }> {
  const measures: UiMeasure[] = [];
  const overview = await openTimed(browser, baseUrl, '#/', 'firstChart');
  measures.push({ kind: 'firstChart', name: 'first chart (overview, cold load)', ms: overview.ms });
  await overview.page.close();

  const { page, ms } = await openTimed(browser, baseUrl, '#/figures', 'figuresTable');
  measures.push({ kind: 'figuresTable', name: 'figures table (cold load)', ms });
  for (const header of [t('column.locality'), t('column.metric'), t('column.baseValue'), t('column.date')]) {
    // Two presses sort both ways; the third takes the sort off again, so the next column starts alone.
    for (let press = 0; press < 3; press++) {
      const { ms: elapsed, sort } = await timeSortPress(page, header);
      if (press < 2) measures.push({ kind: 'sort', name: `sort ${header} ${sort}`, ms: elapsed });
    }
  }
  measures.push(...(await measureFilters(page, subjects)));
  measures.push(...(await measureDrillDowns(page, subjects)));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await page.close();
  return { measures, heapBytes: heap.usedSize };
}

/** One press of a sortable header, timed until its aria-sort has changed; resolves with the new sort. */
function timeSortPress(page: Page, header: string): Promise<{ ms: number; sort: string }> {
  return page.evaluate(async (header) => {
    const th = () => [...document.querySelectorAll('th')].find((h) => (h.textContent ?? '').startsWith(header));
    const before = th()?.getAttribute('aria-sort');
    const ms = await window.__timeUntil(
      () => (th()?.querySelector('button.sort-button') as HTMLButtonElement).click(),
      () => th()?.getAttribute('aria-sort') !== before,
    );
    return { ms, sort: th()?.getAttribute('aria-sort') ?? '?' };
  }, header);
}

type FilterAction = { kind: 'locality'; name: string } | { kind: 'category'; value: string } | { kind: 'search'; text: string } | { kind: 'clear' };

/**
 * Applies one filter the way a reader's input does (a checkbox click, a select change, typed text,
 * through React's own event handlers) and times it until the pager's row count has changed.
 */
function timeFilter(page: Page, action: FilterAction): Promise<number> {
  return page.evaluate(
    ({ action, pager, categoryLabel, clearLabel }) => {
      const before = document.querySelector(pager)?.textContent;
      const act = (): void => {
        if (action.kind === 'locality') {
          (document.querySelector(`.filters input[aria-label="${action.name}"]`) as HTMLInputElement).click();
        } else if (action.kind === 'category') {
          const select = [...document.querySelectorAll('.filters select')].find((s) => s.closest('label, div')?.textContent?.includes(categoryLabel)) as HTMLSelectElement;
          select.value = action.value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        } else if (action.kind === 'search') {
          const input = document.querySelector('.filter-bar input[type="search"]') as HTMLInputElement;
          // React listens to the native setter's input event, not to a plain assignment.
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, action.text);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        } else {
          ([...document.querySelectorAll('.filters button')].find((b) => b.textContent === clearLabel) as HTMLButtonElement).click();
        }
      };
      return window.__timeUntil(act, () => document.querySelector(pager)?.textContent !== before);
    },
    { action, pager: PAGER, categoryLabel: t('filters.category'), clearLabel: t('filters.clear') },
  );
}

/** Each filter on its own, then cleared (timed too: clearing re-filters every figure). */
async function measureFilters(page: Page, subjects: UiSubjects): Promise<UiMeasure[]> {
  const measures: UiMeasure[] = [];
  const actions: [string, FilterAction][] = [
    [`filter locality ${subjects.localityName}`, { kind: 'locality', name: subjects.localityName }],
    ['clear filters', { kind: 'clear' }],
    ['filter category investment', { kind: 'category', value: 'investment' }],
    ['clear filters', { kind: 'clear' }],
    [`filter search "${subjects.searchText}"`, { kind: 'search', text: subjects.searchText }],
    ['clear filters', { kind: 'clear' }],
  ];
  for (const [name, action] of actions) measures.push({ kind: 'filter', name, ms: await timeFilter(page, action) });
  return measures;
}

/** A figure opened from the table (its chunk cold), closed and opened again (warm), then its article, then an article of another chunk. */
async function measureDrillDowns(page: Page, subjects: UiSubjects): Promise<UiMeasure[]> {
  const open = (row: number) =>
    page.evaluate((row) => window.__timeUntil(
      () => (document.querySelectorAll('main table tbody tr')[row]?.querySelector('button.link-button') as HTMLButtonElement).click(),
      () => document.querySelector('[role="dialog"] .focus-paragraph mark') !== null,
    ), row);
  const close = (label: string) =>
    page.evaluate((label) => window.__timeUntil(
      () => ([...document.querySelectorAll('[role="dialog"] button')].find((b) => b.textContent === label) as HTMLButtonElement).click(),
      () => document.querySelector('[role="dialog"]') === null,
    ), label);
  const measures: UiMeasure[] = [{ kind: 'drillDown', name: 'drill-down, chunk cold', ms: await open(0) }];
  await close(t('panel.close'));
  measures.push({ kind: 'drillDown', name: 'drill-down, chunk warm', ms: await open(0) });
  measures.push({
    kind: 'article',
    name: 'article from the drill-down, chunk warm',
    ms: await page.evaluate((label) => window.__timeUntil(
      () => ([...document.querySelectorAll('[role="dialog"] a')].find((a) => a.textContent === label) as HTMLAnchorElement).click(),
      () => document.querySelector('article p.paragraph') !== null,
    ), t('panel.readArticle')),
  });
  measures.push({
    kind: 'article',
    name: 'article of another chunk, cold',
    ms: await page.evaluate((id) => window.__timeUntil(
      () => {
        location.hash = `#/articles/${encodeURIComponent(id)}`;
      },
      // Its own paragraphs (ids start with the article's), not the previous article's still on screen.
      () => document.querySelector(`article p.paragraph[data-paragraph-id^="${CSS.escape(id)}"]`) !== null,
    ), subjects.coldArticleId),
  });
  return measures;
}
