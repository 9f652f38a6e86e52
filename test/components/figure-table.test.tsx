import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FigureTable } from '../../src/components/figure-table';
import { createDatasetIndex } from '../../src/lib/create-dataset-index';
import { selectFigureRows, type FigureRow } from '../../src/lib/select-figure-rows';
import type { SortKey } from '../../src/lib/url-state';
import { makeSampleDataset } from '../helpers/make-dataset';

const index = createDatasetIndex(makeSampleDataset());
const sampleRows = selectFigureRows(index, index.dataset.figures);
const openFigure = vi.fn();
const actions = { openFigure, articleHref: (id: string) => `#/articles/${id}` };


function Harness({ rows = sampleRows }: { rows?: readonly FigureRow[] }) {
  const [sort, setSort] = useState<SortKey[]>([]);
  return <FigureTable rows={rows} sort={sort} onSortChange={setSort} actions={actions} exportName="figures" caption="数字" />;
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
    ['标准值', 'descending', ['5–8亿元', '3.5亿元', '≈2.8万件', '1,200人', '≥99%', '12%', '3工作日']],
    ['原文数值', 'descending', ['1200人', '99%以上', '12%', '5至8亿元', '3.5亿元', '3个工作日', '约2.8万件']],
  ])('sorts by %s (%s first: text by pinyin, numbers by value) when its header is pressed', async (header, direction, expected) => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: header }));
    expect(columnTexts(header)).toEqual(expected);
    expect(screen.getByRole('button', { name: header }).closest('th')?.getAttribute('aria-sort')).toBe(direction);
  });

  it('reverses a numeric sort on a second press', async () => {
    render(<Harness />);
    const button = screen.getByRole('button', { name: '标准值' });
    await userEvent.click(button);
    await userEvent.click(button);
    expect(columnTexts('标准值')[0]).toBe('3工作日');
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

  it('hides a column from the column menu', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByText('显示列'));
    await userEvent.click(screen.getByRole('checkbox', { name: '来源文件' }));
    expect(screen.queryByRole('columnheader', { name: /来源文件/ })).toBeNull();
  });
});

describe('FigureTable CSV export', () => {
  let saved: Blob | null = null;
  beforeEach(() => {
    saved = null;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('exports every row of every page in the current sort', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...sampleRows[0]!, id: `f${i}`, value: i, text: `${i}个` }));
    render(<Harness rows={many} />);
    expect(screen.getAllByRole('row')).toHaveLength(51); // one page of 50 plus the header row
    await userEvent.click(screen.getByRole('button', { name: '原文数值' })); // largest first
    await userEvent.click(screen.getByRole('button', { name: /CSV/ }));
    const bytes = new Uint8Array(await saved!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = csv.split('\r\n');
    expect(lines[0]?.startsWith('\uFEFFid,地区,')).toBe(true);
    expect(lines).toHaveLength(62); // header, 60 rows, and the empty string after the last CRLF
    expect(lines[1]?.startsWith('f59,')).toBe(true);
    expect(lines[60]?.startsWith('f0,')).toBe(true);
    expect(lines[1]).toContain('"=""420322"""');
  });
});
