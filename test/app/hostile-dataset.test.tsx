import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { loadDataset } from '../../src/app/load-dataset';
import { checkDataset } from '../../src/dataset/check-dataset';
import { makeSampleDataset } from '../helpers/make-dataset';
import { HOSTILE_TEXTS, LONG_PARAGRAPH_CHARS, makeHostileDataset, PWNED_FLAG } from '../helpers/make-hostile-dataset';

// A dataset file is input like any other: whatever text it holds must reach the page as text. The
// sample dataset with markup, scripts, URLs and bidi tricks planted in every shown field is rendered
// in every view; nothing may become an element, and the text must show literally.

beforeAll(() => {
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
const json = (body: string): typeof fetch => async () => new Response(body, { headers: { 'content-type': 'application/json' } });

/** Elements the planted markup would create if any of it were parsed as HTML. */
const plantedElements = (): Element[] => [...document.querySelectorAll('img, script, svg[onload], [onerror], [onload]')];
const hasText = (text: string) => (_: string, element: Element | null) =>
  element !== null && element.textContent?.includes(text) === true && [...element.children].every((c) => !c.textContent?.includes(text));

describe('the app with a hostile dataset', () => {
  it('is a sound dataset, so the app renders it rather than refusing it', () => {
    expect(checkDataset(hostile)).toEqual([]);
  });

  it.each([
    ['the overview', '#/'],
    ['the figures table with a drill-down open', `#/figures?fig=${encodeURIComponent(firstFigure)}`],
    ['the localities list', '#/localities'],
    ['a locality', `#/localities/${encodeURIComponent(hostile.localities[0]?.id ?? '')}`],
    ['an article', `#/articles/${encodeURIComponent(hostile.articles[0]?.id ?? '')}`],
  ])('renders %s with every planted text as text, running none of it', async (_, hash) => {
    window.history.replaceState(null, '', `/${hash}`);
    render(<App load={async () => ({ status: 'ready', dataset: hostile })} />);
    await waitFor(() => expect(document.querySelector('main')?.textContent).toContain(HOSTILE_TEXTS[0]), { timeout: 10_000 });
    expect(plantedElements().map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
    expect((window as unknown as Record<string, unknown>)[PWNED_FLAG]).toBeUndefined();
    expect(screen.getAllByText(hasText(HOSTILE_TEXTS[0])).length).toBeGreaterThan(0);
  });

  it('shows an extremely long paragraph in the article reader', async () => {
    const article = hostile.articles[0]?.id ?? '';
    window.history.replaceState(null, '', `/#/articles/${encodeURIComponent(article)}`);
    render(<App load={async () => ({ status: 'ready', dataset: hostile })} />);
    await waitFor(() => expect(document.body.textContent).toContain('x'.repeat(LONG_PARAGRAPH_CHARS)));
  });

  it('renders a dataset with no figures at all', async () => {
    const empty = { ...hostile, figures: [] };
    window.history.replaceState(null, '', '/#/');
    render(<App load={async () => ({ status: 'ready', dataset: empty })} />);
    await waitFor(() => expect(document.querySelector('main')).not.toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('loading a dataset that is not sound', () => {
  it.each([
    ['figures that point at missing paragraphs', { ...hostile, figures: hostile.figures.map((f) => ({ ...f, paragraphId: 'gone' })) }, 'invalid'],
    ['a newer schema version', { ...hostile, schemaVersion: 3 }, 'version'],
    ['records that are not records', { ...hostile, figures: [null, 7] }, 'invalid'],
    ['a title that is an object', { ...hostile, articles: hostile.articles.map((a) => ({ ...a, title: { html: '<b>' } })) }, 'invalid'],
    ['a paragraph text that is a number', { ...hostile, paragraphs: hostile.paragraphs.map((p) => ({ ...p, text: 7 })) }, 'invalid'],
    ['a list that is an object', { ...hostile, localities: { length: 1 } }, 'invalid'],
  ])('reports %s as an error instead of crashing', async (_, data, kind) => {
    const result = await loadDataset(json(JSON.stringify(data)));
    expect(result.status === 'error' && result.problem.kind).toBe(kind);
  });

  it('reports a file cut off in the middle as unreadable', async () => {
    const text = JSON.stringify(hostile);
    const result = await loadDataset(json(text.slice(0, Math.floor(text.length / 2))));
    expect(result.status === 'error' && result.problem.kind).toBe('unreadable');
  });

  it('names the problems on the error screen as text', async () => {
    const broken = { ...hostile, figures: hostile.figures.map((f) => ({ ...f, paragraphId: HOSTILE_TEXTS[0] })) };
    window.history.replaceState(null, '', '/#/');
    render(<App load={() => loadDataset(json(JSON.stringify(broken)))} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(HOSTILE_TEXTS[0]);
    expect(plantedElements()).toEqual([]);
  });
});
