import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FigureTable } from '../../src/components/figure-table';
import type { TableView } from '../../src/components/use-data-table';
import type { ParagraphStore } from '../../src/lib/create-paragraph-store';
import { createGate, makeDatasetIndex, makeSiteFiles } from '../helpers/make-app-layout';
import { selectFigureRows, type FigureRow } from '../../src/lib/select-figure-rows';
import { captureDownloads } from '../helpers/capture-downloads';
import { makeSampleDataset } from '../helpers/make-dataset';

const sample = makeSampleDataset();
const index = makeDatasetIndex(sample);
const sampleRows = selectFigureRows(index, index.dataset.figures);
const openFigure = vi.fn();

function Harness({ rows = sampleRows, text = index.text }: { rows?: readonly FigureRow[]; text?: ParagraphStore }) {
  const actions = { openFigure, articleHref: (id: string) => `#/articles/${id}`, text };
  const [view, setView] = useState<TableView>({ sort: [], page: 1, pageSize: null, columns: null });
  // Like the URL: a new sort starts again at the first page.
  const change = (patch: Partial<TableView>) => setView((v) => ({ ...v, ...patch, ...(patch.sort && !patch.page ? { page: 1 } : {}) }));
  return <FigureTable rows={rows} view={view} onViewChange={change} actions={actions} exportName="figures" caption="数字" />;
}

/** The text of one column in every body row, top to bottom. */
function columnTexts(header: string): string[] {
  const headers = screen.getAllByRole('columnheader').map((th) => th.textContent ?? '');
  const at = headers.findIndex((text) => text.startsWith(header));
  return screen.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[at]?.textContent ?? '');
}

describe('FigureTable', () => {
  it.each([
    ['地区', 'ascending', ['未知地区', '朝阳区', '城关镇', '浦东新区', '浦东新区', '郧西县', '郧西县']],
    ['指标', 'ascending', ['办理业务', '固定资产投资', '企业开办时间', '签约项目投资', '群众满意率', '同比增长', '新增就业']],
    // numbers by unit first (元 人 件 工作日 %, pinyin order reversed), then by value within the unit
    ['标准值', 'descending', ['5–8亿元', '3.5亿元', '1,200人', '≈2.8万件', '3工作日', '≥99%', '12%']],
    ['原文数值', 'descending', ['5至8亿元', '3.5亿元', '1200人', '约2.8万件', '3个工作日', '99%以上', '12%']],
  ])('sorts by %s (%s first: text by pinyin, numbers by unit and value) when its header is pressed', async (header, direction, expected) => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: header }));
    expect(columnTexts(header)).toEqual(expected);
    expect(screen.getByRole('button', { name: header }).closest('th')?.getAttribute('aria-sort')).toBe(direction);
  });

  it.each(['地区', '指标', '标准值'])('sorts by %s the same when the idle time before the press has ranked every shown column', async (header) => {
    const pressedAtOnce = render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: header }));
    const expected = columnTexts(header);
    pressedAtOnce.unmount();
    render(<Harness />);
    // Without requestIdleCallback (jsdom) the ranks are made in tasks after the render: let them run.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await userEvent.click(screen.getByRole('button', { name: header }));
    expect(columnTexts(header)).toEqual(expected);
  });

  it('reverses a numeric sort on a second press', async () => {
    render(<Harness />);
    const button = screen.getByRole('button', { name: '标准值' });
    await userEvent.click(button);
    await userEvent.click(button);
    expect(columnTexts('标准值')).toEqual(['12%', '≥99%', '3工作日', '≈2.8万件', '1,200人', '3.5亿元', '5–8亿元']);
    expect(button.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
  });

  it('adds a second sort key with shift held', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: '类别' }));
    const user = userEvent.setup();
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('button', { name: '标准值' }));
    await user.keyboard('{/Shift}');
    // categories by pinyin (产值 服务 就业 满意 审批 投资), then the two 投资 figures largest first
    expect(columnTexts('原文数值')).toEqual(['12%', '约2.8万件', '1200人', '99%以上', '3个工作日', '5至8亿元', '3.5亿元']);
    expect(screen.getByRole('button', { name: '标准值' }).closest('th')?.getAttribute('aria-sort')).toBe('descending');
  });

  it('opens a figure from the button holding its text', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: '约2.8万件' }));
    expect(openFigure).toHaveBeenCalledWith(index.dataset.figures[3]!.id);
  });

  it('shows the article date and outlet of each figure', () => {
    const dated = makeDatasetIndex({
      ...sample,
      articles: sample.articles.map((a) => (a.id === 'a1' ? { ...a, date: '2023-05-22', outlet: '十堰日报' } : a)),
    });
    render(<Harness rows={selectFigureRows(dated, dated.dataset.figures)} text={dated.text} />);
    expect(columnTexts('日期').slice(0, 4)).toEqual(['2023-05-22', '2023-05-22', '2023-05-22', '—']);
    expect(columnTexts('媒体')[0]).toBe('十堰日报');
  });

  it('fetches no paragraph chunk until the sentence column is shown, then the chunks of the rows shown, each once', async () => {
    const requests: string[] = [];
    const gate = createGate();
    const fresh = makeDatasetIndex(sample, { requests, hold: gate.hold });
    render(<Harness rows={selectFigureRows(fresh, fresh.dataset.figures)} text={fresh.text} />);
    expect(screen.queryByRole('columnheader', { name: /原句/ })).toBeNull();
    expect(requests).toEqual([]);
    await userEvent.click(screen.getByText('显示列'));
    await userEvent.click(screen.getByRole('checkbox', { name: '原句' }));
    expect(columnTexts('原句')[0]).toBe('加载中…'); // the chunk is on its way
    gate.open();
    await waitFor(() => expect(columnTexts('原句')[0]).toBe('今年全县完成固定资产投资3.5亿元，同比增长12%。'));
    const chunksOfRows = new Set(sample.figures.map((f) => fresh.text.fileOf(fresh.text.chunkOf(f.articleId)!)));
    expect(requests.sort()).toEqual([...chunksOfRows].sort());
  });

  it('names the chunk file in a sentence cell whose chunk is missing', async () => {
    const files = makeSiteFiles(sample);
    const fresh = makeDatasetIndex(sample, { files });
    const lost = fresh.text.fileOf(fresh.text.chunkOf(sample.figures[0]!.articleId)!);
    files.delete(lost);
    render(<Harness rows={selectFigureRows(fresh, fresh.dataset.figures)} text={fresh.text} />);
    await userEvent.click(screen.getByText('显示列'));
    await userEvent.click(screen.getByRole('checkbox', { name: '原句' }));
    await waitFor(() => expect(columnTexts('原句')[0]).toBe(`找不到段落文件 ${lost}。`));
  });

  it('hides a shown column and shows a hidden one from the column menu', async () => {
    render(<Harness />);
    expect(screen.queryByRole('columnheader', { name: /来源文件/ })).toBeNull(); // hidden until asked for
    await userEvent.click(screen.getByText('显示列'));
    await userEvent.click(screen.getByRole('checkbox', { name: '类别' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '来源文件' }));
    expect(screen.queryByRole('columnheader', { name: /类别/ })).toBeNull();
    expect(screen.getByRole('columnheader', { name: /来源文件/ })).toBeTruthy();
  });

  it('pages forward and back, and a new page size keeps the top row in view', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ ...sampleRows[0]!, id: `f${i}`, text: `${i}个` }));
    render(<Harness rows={many} />);
    const firstText = () => columnTexts('原文数值')[0];
    expect(screen.getByText('第 1 / 3 页，共 120 行')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '下一页' }));
    expect(screen.getByText('第 2 / 3 页，共 120 行')).toBeTruthy();
    expect([firstText(), columnTexts('原文数值').length]).toEqual(['50个', 50]);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '每页行数' }), '25');
    expect(screen.getByText('第 3 / 5 页，共 120 行')).toBeTruthy(); // row 51 is the first of page 3
    expect(firstText()).toBe('50个');
    await userEvent.click(screen.getByRole('button', { name: '上一页' }));
    expect(firstText()).toBe('25个');
  });
});

describe('FigureTable export', () => {
  const download = captureDownloads();

  it('exports every row of every page in the current sort, visible columns in order', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...sampleRows[0]!, id: `f${i}`, value: i, baseValue: i, text: `${i}个` }));
    render(<Harness rows={many} />);
    expect(screen.getAllByRole('row')).toHaveLength(51); // one page of 50 plus the header row
    await userEvent.click(screen.getByRole('button', { name: '原文数值' })); // largest first
    await userEvent.click(screen.getByRole('button', { name: /CSV/ }));
    await waitFor(() => expect(download.saved()).toBe(true));
    const bytes = await download.bytes();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM
    const lines = (await download.text()).split('\r\n');
    // The normalised value exports its number, upper bound and unit apart; enumerations in Chinese.
    expect(lines[0]).toBe('\uFEFF地区,指标,原文数值,审核,审核备注,标准值,标准值上限,标准单位,限定,类别,文章,日期,媒体,隶属,区划代码');
    expect(lines).toHaveLength(62); // header, 60 rows, and the empty string after the last CRLF
    expect(lines[1]).toBe(
      '郧西县,固定资产投资,59个,未审核,,59,,元,确数,投资,郧西县优化营商环境,,,湖北省 › 十堰市 › 郧西县,420322',
    );
    expect(lines[60]?.split(',')[2]).toBe('0个');
  });

  it('exports only the columns the table shows', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByText('显示列'));
    for (const name of ['指标', '原文数值', '审核', '标准值', '限定', '类别', '文章', '日期', '媒体', '隶属', '区划代码']) {
      await userEvent.click(screen.getByRole('checkbox', { name }));
    }
    await userEvent.click(screen.getByRole('button', { name: /CSV/ }));
    await waitFor(() => expect(download.saved()).toBe(true));
    expect((await download.text()).split('\r\n').slice(0, 3)).toEqual(['\uFEFF地区', '郧西县', '郧西县']);
  });

  it('with the sentence column shown, waits for every exported row’s chunk (busy on the button), then writes each sentence', async () => {
    const requests: string[] = [];
    const gate = createGate();
    const fresh = makeDatasetIndex(sample, { requests, hold: gate.hold });
    render(<Harness rows={selectFigureRows(fresh, fresh.dataset.figures)} text={fresh.text} />);
    await userEvent.click(screen.getByText('显示列'));
    await userEvent.click(screen.getByRole('checkbox', { name: '原句' }));
    await userEvent.click(screen.getByRole('button', { name: /CSV/ }));
    const chunks = new Set(sample.figures.map((f) => fresh.text.chunkOf(f.articleId))).size;
    const busy = screen.getByRole('button', { name: `正在加载原句 0/${chunks}…` });
    expect([busy.getAttribute('aria-busy'), download.saved()]).toEqual(['true', false]);
    gate.open();
    await waitFor(() => expect(download.saved()).toBe(true));
    const lines = (await download.text()).split('\r\n');
    const at = lines[0]!.split(',').indexOf('原句');
    expect(lines.slice(1, -1).map((line) => line.split(',')[at]).every((sentence) => sentence !== '')).toBe(true);
    expect(lines[1]).toContain('今年全县完成固定资产投资3.5亿元，同比增长12%。');
    expect(new Set(requests).size).toBe(requests.length); // each chunk fetched once
    expect(screen.getByRole('button', { name: /CSV/ }).getAttribute('aria-busy')).toBe('false');
  });

  it('says which chunk failed when an export cannot load the text it needs', async () => {
    const files = makeSiteFiles(sample);
    const fresh = makeDatasetIndex(sample, { files });
    const lost = fresh.text.fileOf(fresh.text.chunkOf(sample.figures[0]!.articleId)!);
    files.set(lost, '{"schemaVersion":');
    render(<Harness rows={selectFigureRows(fresh, fresh.dataset.figures)} text={fresh.text} />);
    await userEvent.click(screen.getByText('显示列'));
    await userEvent.click(screen.getByRole('checkbox', { name: '原句' }));
    await userEvent.click(screen.getByRole('button', { name: /CSV/ }));
    expect((await screen.findByRole('alert', { name: '' })).textContent).toContain(`段落文件 ${lost} 无法读取`);
    expect(download.saved()).toBe(false);
  });
});
