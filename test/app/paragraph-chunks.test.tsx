import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { APP_INDEX_URL, loadDataset, LAYOUT_FOLDER } from '../../src/app/load-dataset';
import { createGate, makeSiteFiles, serveFiles, type SiteFiles } from '../helpers/make-app-layout';
import { makeSampleDataset } from '../helpers/make-dataset';

// The first screen reads the index alone; text comes a chunk at a time where it is shown, with a
// visible state while it loads and when it fails. The sample's four articles make two chunks.

beforeAll(() => {
  configure({ asyncUtilTimeout: 5000 }); // the first render loads the view's chunk of code; other projects share the cores
  Element.prototype.scrollIntoView ??= () => undefined; // jsdom lays nothing out
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

const dataset = makeSampleDataset();
const chunkFile = (k: number) => `${LAYOUT_FOLDER}app/paragraphs/${String(k).padStart(5, '0')}.json`;
const figureOf = (text: string) => dataset.figures.find((f) => f.text === text)?.id ?? '';

function renderApp(hash: string, { files = makeSiteFiles(dataset), requests = [], hold }: { files?: SiteFiles; requests?: string[]; hold?: Promise<unknown> } = {}) {
  window.history.replaceState(null, '', `/${hash}`);
  const fetchFn = serveFiles(files, requests);
  // The index answers at once; only the chunks wait for the gate.
  const held: typeof fetch = async (input, init) => {
    if (String(input) !== APP_INDEX_URL) await hold;
    return fetchFn(input, init);
  };
  return render(<App load={() => loadDataset(held)} />);
}

describe('the paragraph text on demand', () => {
  it('fetches only the index for the first screen, then exactly the chunk of the figure opened, once', async () => {
    const requests: string[] = [];
    renderApp('#/figures', { requests });
    await userEvent.click(await screen.findByRole('button', { name: '3.5亿元' }));
    const panel = await screen.findByRole('dialog');
    await waitFor(() => expect(panel.querySelector('mark')?.textContent).toBe('3.5亿元'));
    await userEvent.click(within(panel).getByRole('button', { name: '关闭' }));
    await userEvent.click(screen.getByRole('button', { name: '12%' })); // the same article: its chunk is in
    await waitFor(() => expect(screen.getByRole('dialog').querySelector('mark')?.textContent).toBe('12%'));
    expect(requests).toEqual([APP_INDEX_URL, chunkFile(0)]);
  });

  it.each([
    ['zh', '', '正在加载段落…'],
    ['en', '&lang=en', 'Loading the paragraphs…'],
  ])('shows, in %s, that the drill-down’s paragraph is loading, then the paragraph', async (_, lang, loading) => {
    const gate = createGate();
    renderApp(`#/figures?fig=${encodeURIComponent(figureOf('约2.8万件'))}${lang}`, { hold: gate.hold });
    const panel = await screen.findByRole('dialog');
    expect((await within(panel).findByRole('status')).textContent).toBe(loading);
    expect(panel.querySelector('mark')).toBeNull();
    expect(within(panel).getByText('002_pudong.txt')).toBeTruthy(); // the facts need no text
    gate.open();
    await waitFor(() => expect(panel.querySelector('mark')?.textContent).toBe('约2.8万件'));
    expect(within(panel).queryByRole('status')).toBeNull();
  });

  it('shows the article’s title and counts at once and its paragraphs when they arrive', async () => {
    const gate = createGate();
    renderApp('#/articles/a1', { hold: gate.hold });
    expect(await screen.findByRole('heading', { name: '郧西县优化营商环境' })).toBeTruthy();
    expect(screen.getByText('本文有 3 个数字，其中 3 个符合当前筛选。')).toBeTruthy();
    expect(within(screen.getByRole('article')).getByRole('status').textContent).toBe('正在加载段落…');
    gate.open();
    await waitFor(() => expect([...document.querySelectorAll('article mark')].map((m) => m.textContent)).toEqual(['3.5亿元', '12%', '3个工作日']));
  });

  it('names the chunk that failed in the drill-down, and its button fetches it again', async () => {
    const files = makeSiteFiles(dataset);
    const sound = files.get(chunkFile(0)) ?? '';
    files.delete(chunkFile(0));
    const requests: string[] = [];
    renderApp(`#/figures?fig=${encodeURIComponent(figureOf('3.5亿元'))}`, { files, requests });
    const panel = await screen.findByRole('dialog');
    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toContain(`找不到段落文件 ${chunkFile(0)}。`);
    files.set(chunkFile(0), sound);
    await userEvent.click(within(alert).getByRole('button', { name: '重新加载段落' }));
    await waitFor(() => expect(panel.querySelector('mark')?.textContent).toBe('3.5亿元'));
    expect(within(panel).queryByRole('alert')).toBeNull();
    expect(requests.filter((r) => r === chunkFile(0))).toHaveLength(2);
  });

  it('names the chunk that failed in the article reader, and its button fetches it again', async () => {
    const files = makeSiteFiles(dataset);
    const sound = files.get(chunkFile(1)) ?? '';
    files.set(chunkFile(1), '<not json>');
    renderApp('#/articles/a3', { files });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(new RegExp(`^段落文件 ${chunkFile(1)} 无法读取（.+）。`, 'u'));
    files.set(chunkFile(1), sound);
    await userEvent.click(within(alert).getByRole('button', { name: '重新加载段落' }));
    await waitFor(() => expect(document.querySelectorAll('article mark').length).toBeGreaterThan(0));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
