import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import type { DatasetLoadResult } from '../../src/app/load-dataset';
import { loadFrom } from '../helpers/make-app-layout';
import { makeSampleDataset } from '../helpers/make-dataset';

beforeAll(() => {
  // recharts' `responsive` charts watch their size; jsdom has no layout, so a silent observer will do.
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

function renderApp(hash: string, load: () => Promise<DatasetLoadResult> = loadFrom(makeSampleDataset())) {
  window.history.replaceState(null, '', `/${hash}`);
  return render(<App load={load} />);
}

/** The drill-down's <mark>, once the figure's paragraph chunk is in. */
const markIn = async (panel: HTMLElement) => {
  await waitFor(() => expect(panel.querySelector('mark')).not.toBeNull());
  return panel.querySelector('mark');
};

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('App error screen', () => {
  it.each([
    [{ kind: 'missing', file: 'data/dataset.json' } as const, '找不到数据文件 data/dataset.json。'],
    [{ kind: 'version', file: 'data/dataset.json', found: '2', expected: 1 } as const, '数据文件 data/dataset.json 的版本是 2，本程序需要版本 1。'],
    [{ kind: 'unreadable', file: 'data/dataset.json', detail: 'Unexpected end of JSON input' } as const, '数据文件 data/dataset.json 无法读取：Unexpected end of JSON input'],
  ])('names the problem %j and the rebuild command', async (problem, message) => {
    renderApp('#/', async () => ({ status: 'error', problem }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: '无法加载数据集' })).toBeTruthy();
    expect(within(alert).getByText(message)).toBeTruthy();
    expect(within(alert).getByText('npm run dataset')).toBeTruthy();
  });
});

describe('App URL state', () => {
  it('restores the view, filter and sort from the hash', async () => {
    renderApp('#/figures?cat=investment&sort=-baseValue');
    const table = await screen.findByRole('table', { name: '数字明细' });
    expect(bodyRows(table).map((r) => within(r).getAllByRole('cell')[2]?.textContent)).toEqual(['5至8亿元', '3.5亿元']);
    expect(screen.getByRole('button', { name: '标准值' }).closest('th')?.getAttribute('aria-sort')).toBe('descending');
    expect((screen.getByRole('combobox', { name: '类别' }) as HTMLSelectElement).value).toBe('investment');
    expect(screen.getByText('显示 2 / 7 个数字')).toBeTruthy();
  });

  it('writes a sort into the hash, and back restores the previous one', async () => {
    renderApp('#/figures');
    await screen.findByRole('table', { name: '数字明细' });
    await userEvent.click(screen.getByRole('button', { name: '指标' }));
    await waitFor(() => expect(window.location.hash).toBe('#/figures?sort=metric'));
    window.history.back();
    await waitFor(() => expect(window.location.hash).toBe('#/figures'));
    await waitFor(() => expect(screen.getByRole('button', { name: '指标' }).closest('th')?.getAttribute('aria-sort')).toBe('none'));
  });

  it('shows a clicked place checked at once, not only after the URL has caught up', async () => {
    renderApp('#/figures');
    await screen.findByRole('table', { name: '数字明细' });
    const checkbox = screen.getByRole('checkbox', { name: '上海市' }) as HTMLInputElement;
    checkbox.click(); // no waiting: the state is read right after the click, as a browser driver does
    expect(checkbox.checked).toBe(true);
    expect(window.location.hash).toBe('#/figures?loc=cn-310000');
  });

  it('keeps the filters when moving to another view', async () => {
    renderApp('#/figures?loc=cn-310000');
    await screen.findByRole('table', { name: '数字明细' });
    await userEvent.click(screen.getByRole('link', { name: '地区一览' }));
    await waitFor(() => expect(window.location.hash).toBe('#/localities?loc=cn-310000'));
    const table = await screen.findByRole('table', { name: '地区一览' });
    expect(bodyRows(table).map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual(['上海市', '浦东新区']);
  });

  it('switches the interface to English and back', async () => {
    renderApp('#/figures');
    await userEvent.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'Export CSV' })).toBeTruthy();
    expect(window.location.hash).toBe('#/figures?lang=en');
    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('button', { name: '导出 CSV' })).toBeTruthy();
  });
});

describe('App drill-down', () => {
  it('opens with Enter, highlights the figure, and Escape returns focus', async () => {
    renderApp('#/figures');
    const opener = await screen.findByRole('button', { name: '约2.8万件' });
    opener.focus();
    await userEvent.keyboard('{Enter}');
    const panel = await screen.findByRole('dialog');
    expect((await markIn(panel))?.textContent).toBe('约2.8万件');
    expect(within(panel).getByText('浦东新区政务服务')).toBeTruthy();
    expect(within(panel).getByText('上海市 › 浦东新区')).toBeTruthy();
    expect(within(panel).getByText('002_pudong.txt')).toBeTruthy();
    expect(within(panel).getByText('群众满意率达到99%以上。')).toBeTruthy(); // the next paragraph
    expect(window.location.hash).toContain('fig=');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '约2.8万件' }));
  });

  it('shows the paragraph in its original script with the 简/繁 button', async () => {
    renderApp('#/figures');
    await userEvent.click(await screen.findByRole('button', { name: '约2.8万件' }));
    const panel = await screen.findByRole('dialog');
    await markIn(panel);
    await userEvent.click(within(panel).getByRole('button', { name: '简/繁' }));
    expect(panel.querySelector('mark')?.textContent).toBe('約2.8萬件');
    expect(within(panel).getByRole('button', { name: '简/繁' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('opens a figure from its highlight in the article reader', async () => {
    renderApp('#/articles/a1');
    await screen.findByRole('heading', { name: '郧西县优化营商环境' });
    await waitFor(() => expect(document.querySelectorAll('article mark').length).toBeGreaterThan(0));
    const marks = document.querySelectorAll('article mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['3.5亿元', '12%', '3个工作日']);
    await userEvent.click(screen.getByRole('button', { name: '3个工作日' }));
    const panel = await screen.findByRole('dialog');
    expect((await markIn(panel))?.textContent).toBe('3个工作日');
    expect(within(panel).getByText('湖北省 › 十堰市 › 郧西县 › 城关镇')).toBeTruthy();
  });
});
