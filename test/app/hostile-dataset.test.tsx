import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { APP_INDEX_URL, loadDataset } from '../../src/app/load-dataset';
import type { AppIndex } from '../../src/dataset/app-layout';
import { checkDataset } from '../../src/dataset/check-dataset';
import type { Dataset } from '../../src/dataset/schema';
import { loadFrom, makeAppLayout, makeSiteFiles, serveFiles } from '../helpers/make-app-layout';
import { makeSampleDataset } from '../helpers/make-dataset';
import { HOSTILE_TEXTS, LONG_PARAGRAPH_CHARS, makeHostileDataset, PWNED_FLAG } from '../helpers/make-hostile-dataset';

// A dataset file is input like any other: whatever text it holds must reach the page as text. The
// sample dataset with markup, scripts, URLs and bidi tricks planted in every shown field is served as
// the app's layout (index and paragraph chunks) and rendered in every view; nothing may become an
// element, and the text must show literally. A spoiled index is refused at load; a spoiled chunk is
// named where its text would show.

beforeAll(() => {
  Element.prototype.scrollIntoView ??= () => undefined; // jsdom lays nothing out
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});
afterEach(() => {
  delete (window as unknown as Record<string, unknown>)[PWNED_FLAG];
});

const hostile = makeHostileDataset(makeSampleDataset());
const firstFigure = hostile.figures[0]?.id ?? '';
/** The hostile dataset's files with the index replaced by `body` (spoiled JSON, or a spoiled index object). */
const withIndex = (dataset: Dataset, spoil: (index: AppIndex) => unknown): typeof fetch => {
  const files = makeSiteFiles(dataset);
  files.set(APP_INDEX_URL, JSON.stringify(spoil(makeAppLayout(dataset).index)));
  return serveFiles(files);
};

/** Elements the planted markup would create if any of it were parsed as HTML. */
const plantedElements = (): Element[] => [...document.querySelectorAll('img, script, svg[onload], [onerror], [onload]')];
const hasText = (text: string) => (_: string, element: Element | null) =>
  element !== null && element.textContent?.includes(text) === true && [...element.children].every((c) => !c.textContent?.includes(text));

describe('the app with a hostile dataset', () => {
  it('is a sound dataset, so the app renders it rather than refusing it', () => {
    expect(checkDataset(hostile)).toEqual([]);
  });

  it('shows the planted paragraph text in the drill-down as text, once its chunk is in', async () => {
    window.history.replaceState(null, '', `/#/figures?fig=${encodeURIComponent(firstFigure)}`);
    render(<App load={loadFrom(hostile)} />);
    const panel = await screen.findByRole('dialog');
    const planted = hostile.paragraphs.find((p) => p.id === hostile.figures[0]?.paragraphId)?.text ?? '?';
    await waitFor(() => expect(panel.querySelector('.focus-paragraph')?.textContent).toBe(planted));
    expect(plantedElements()).toEqual([]);
    expect((window as unknown as Record<string, unknown>)[PWNED_FLAG]).toBeUndefined();
  });

  it.each([
    ['the overview', '#/'],
    ['the figures table with a drill-down open', `#/figures?fig=${encodeURIComponent(firstFigure)}`],
    ['the localities list', '#/localities'],
    ['a locality', `#/localities/${encodeURIComponent(hostile.localities[0]?.id ?? '')}`],
    ['an article', `#/articles/${encodeURIComponent(hostile.articles[0]?.id ?? '')}`],
  ])('renders %s with every planted text as text, running none of it', async (_, hash) => {
    window.history.replaceState(null, '', `/${hash}`);
    render(<App load={loadFrom(hostile)} />);
    await waitFor(() => expect(document.querySelector('main')?.textContent).toContain(HOSTILE_TEXTS[0]), { timeout: 10_000 });
    expect(plantedElements().map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
    expect((window as unknown as Record<string, unknown>)[PWNED_FLAG]).toBeUndefined();
    expect(screen.getAllByText(hasText(HOSTILE_TEXTS[0])).length).toBeGreaterThan(0);
  });

  it('shows an extremely long paragraph in the article reader', async () => {
    const article = hostile.articles[0]?.id ?? '';
    window.history.replaceState(null, '', `/#/articles/${encodeURIComponent(article)}`);
    render(<App load={loadFrom(hostile)} />);
    await waitFor(() => expect(document.body.textContent).toContain('x'.repeat(LONG_PARAGRAPH_CHARS)));
  });

  it('renders a dataset with no figures at all', async () => {
    const empty = { ...hostile, figures: [] };
    window.history.replaceState(null, '', '/#/');
    render(<App load={loadFrom(empty)} />);
    await waitFor(() => expect(document.querySelector('main')).not.toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('loading a dataset that is not sound', () => {
  it.each([
    ['figures that point at missing articles', withIndex({ ...hostile, figures: hostile.figures.map((f) => ({ ...f, articleId: 'gone' })) }, (i) => i), 'invalid'],
    ['figures that point at missing places', withIndex({ ...hostile, figures: hostile.figures.map((f) => ({ ...f, localityId: 'gone' })) }, (i) => i), 'invalid'],
    ['a newer schema version', withIndex({ ...hostile, schemaVersion: 3 as never }, (i) => i), 'version'],
    ['a newer layout', withIndex(hostile, (i) => ({ ...i, layout: 2 })), 'version'],
    ['rows that are not rows', withIndex(hostile, (i) => ({ ...i, figures: { ...i.figures, rows: [null, 7] } })), 'invalid'],
    ['fields renamed (a __proto__ field would set every record’s prototype)', withIndex(hostile, (i) => ({ ...i, figures: { ...i.figures, fields: ['__proto__', ...i.figures.fields.slice(1)] } })), 'invalid'],
    ['a title that is an object', withIndex({ ...hostile, articles: hostile.articles.map((a) => ({ ...a, title: { html: '<b>' } as never })) }, (i) => i), 'invalid'],
    ['an article naming a chunk that does not exist', withIndex(hostile, (i) => ({ ...i, articles: { ...i.articles, rows: i.articles.rows.map((r) => [...r.slice(0, -1), 99]) } })), 'invalid'],
    ['a table that is an object', withIndex(hostile, (i) => ({ ...i, localities: { length: 1 } })), 'invalid'],
  ])('reports %s as an error instead of crashing', async (_, fetchFn, kind) => {
    const result = await loadDataset(fetchFn);
    expect(result.status === 'error' && result.problem.kind).toBe(kind);
  });

  it('reports an index cut off in the middle as unreadable', async () => {
    const files = makeSiteFiles(hostile);
    const text = files.get(APP_INDEX_URL) ?? '';
    files.set(APP_INDEX_URL, text.slice(0, Math.floor(text.length / 2)));
    const result = await loadDataset(serveFiles(files));
    expect(result.status === 'error' && result.problem.kind).toBe('unreadable');
  });

  it('names the problems on the error screen as text', async () => {
    window.history.replaceState(null, '', '/#/');
    render(<App load={() => loadDataset(withIndex({ ...hostile, figures: hostile.figures.map((f) => ({ ...f, articleId: HOSTILE_TEXTS[0] })) }, (i) => i))} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(HOSTILE_TEXTS[0]);
    expect(plantedElements()).toEqual([]);
  });
});

describe('showing text from a chunk that is not sound', () => {
  it('names the chunk file where a paragraph text is a number, and runs nothing', async () => {
    const spoiled = { ...hostile, paragraphs: hostile.paragraphs.map((p) => ({ ...p, text: 7 as never })) };
    window.history.replaceState(null, '', `/#/figures?fig=${encodeURIComponent(firstFigure)}`);
    render(<App load={loadFrom(spoiled)} />);
    const alert = await within(await screen.findByRole('dialog')).findByRole('alert');
    expect(alert.textContent).toMatch(/^段落文件 data\/dataset\/app\/paragraphs\/00000\.json 内容有误（paragraphs\[0\]\.text is not a string）。/u);
    expect(plantedElements()).toEqual([]);
  });

  it('says so in the drill-down when a figure’s paragraph is not in its chunk', async () => {
    const stray = { ...hostile, figures: hostile.figures.map((f, i) => (i === 0 ? { ...f, paragraphId: HOSTILE_TEXTS[0] } : f)) };
    window.history.replaceState(null, '', `/#/figures?fig=${encodeURIComponent(firstFigure)}`);
    render(<App load={loadFrom(stray)} />);
    const alert = await within(await screen.findByRole('dialog')).findByRole('alert');
    expect(alert.textContent).toBe(`段落 ${HOSTILE_TEXTS[0]} 不在段落文件 data/dataset/app/paragraphs/00000.json 中，无法显示这个数字的原文。`);
    expect(plantedElements()).toEqual([]);
  });

  it('marks nothing for a figure whose span does not read its words, and says so in the drill-down', async () => {
    const drifted = { ...hostile, figures: hostile.figures.map((f, i) => (i === 0 ? { ...f, start: f.start + 1, end: f.end + 1 } : f)) };
    window.history.replaceState(null, '', `/#/figures?fig=${encodeURIComponent(firstFigure)}`);
    render(<App load={loadFrom(drifted)} />);
    const alert = await within(await screen.findByRole('dialog')).findByRole('alert');
    expect(alert.textContent).toContain('这个数字与段落');
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('link', { name: '阅读全文' }));
    await waitFor(() => expect(document.querySelectorAll('article mark').length).toBeGreaterThan(0));
    expect([...document.querySelectorAll('article mark')].map((m) => m.getAttribute('data-figure-id'))).not.toContain(firstFigure);
  });
});
