import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { captureDownloads } from '../../helpers/capture-downloads';
import { renderCompare } from './render-compare';

/** The compare table's rows as [place, value] — the chart draws the same rows in the same order. */
function tableRows(): string[][] {
  const table = screen.getByRole('table', { name: /^各地区 / });
  return within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').slice(0, 2).map((c) => c.textContent ?? ''));
}

/** The place names of the chart, top to bottom. */
function chartPlaces(): string[] {
  const chart = screen.getByRole('figure', { name: /^各地区 / });
  return within(chart).getAllByRole('listitem').map((item) => within(item).getAllByRole('button')[0]?.textContent ?? '');
}

const select = (name: string) => screen.getByRole('combobox', { name });

describe('CompareView: the indicator picker', () => {
  it('groups indicators by domain with how many places report each, and lists one-place indicators apart', () => {
    renderCompare({ indicator: 'approval-time' });
    const groups = within(select('比较指标')).getAllByRole('group');
    expect(groups.map((g) => [g.getAttribute('label'), within(g).getAllByRole('option').map((o) => o.textContent)])).toEqual([
      ['审批时限', ['审批时限（3 个地区）']],
      ['企业服务', ['走访企业（4 个地区）']],
      ['仅一个地区报告', ['审批时限压缩比例（1 个地区）']],
    ]);
  });

  it('narrows the list as the user types, keeping the chosen indicator, and switches the chart on a choice', async () => {
    renderCompare({ indicator: 'approval-time' });
    await userEvent.type(screen.getByRole('searchbox', { name: '查找指标' }), '走访');
    expect(within(select('比较指标')).getAllByRole('option').map((o) => o.textContent)).toEqual(['审批时限（3 个地区）', '走访企业（4 个地区）']);
    expect(screen.getByText('找到 1 个指标')).toBeTruthy();
    await userEvent.selectOptions(select('比较指标'), '走访企业（4 个地区）');
    expect(tableRows()).toEqual([['郧西县', '≈100家'], ['张湾区', '50家']]);
  });

  it('finds an indicator by pinyin initials', async () => {
    renderCompare({ indicator: 'enterprises-visited' });
    await userEvent.type(screen.getByRole('searchbox', { name: '查找指标' }), 'spsx');
    expect(await screen.findByText('找到 2 个指标')).toBeTruthy(); // 审批时限, 审批时限压缩比例
  });
});

describe('CompareView: like with like', () => {
  it('shows each place by its after-reform level in working days, best (shortest) first', () => {
    renderCompare({ indicator: 'approval-time' });
    expect(tableRows()).toEqual([['郧西县', '7.5工作日'], ['浦东新区', '8工作日']]);
    expect(chartPlaces()).toEqual(['郧西县', '浦东新区']);
    expect((select('数字性质') as HTMLSelectElement).value).toBe('level');
  });

  it.each([
    ['数字性质', '改革前（2）', [['郧西县', '15工作日'], ['浦东新区', '20工作日']]],
    ['单位', '天（1）', [['朝阳区', '5天']]],
    ['时期', '2021年（1）', [['浦东新区', '10工作日']]],
  ])('compares another choice of %s only when asked: %s', async (control, option, expected) => {
    renderCompare({ indicator: 'approval-time' });
    await userEvent.selectOptions(select(control), option);
    expect(tableRows()).toEqual(expected);
  });

  it('shows one administrative level at a time, the one with most places first', async () => {
    renderCompare({ indicator: 'enterprises-visited' });
    expect((select('行政级别') as HTMLSelectElement).value).toBe('county');
    await userEvent.selectOptions(select('行政级别'), '乡镇级（2 个地区）');
    expect(tableRows()).toEqual([['城关镇', '30家'], ['上津镇', '20家']]);
  });

  it('rolls an additive indicator up to a parent on request, marked as a sum', async () => {
    renderCompare({ indicator: 'enterprises-visited' });
    expect(within(select('行政级别')).queryByRole('option', { name: '地级（1 个地区）' })).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: '汇总下级地区' }));
    await userEvent.selectOptions(select('行政级别'), '地级（1 个地区）');
    expect(tableRows()).toEqual([['十堰市', 'Σ ≈150家']]);
  });

  it('offers no roll-up for a level or rate', () => {
    renderCompare({ indicator: 'approval-time' });
    expect((screen.getByRole('checkbox', { name: '汇总下级地区' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('比率和水平不可相加')).toBeTruthy();
  });

  it('puts the worst first when asked, and the best first again', async () => {
    renderCompare({ indicator: 'approval-time' });
    await userEvent.selectOptions(select('排序'), '最差在前');
    expect(chartPlaces()).toEqual(['浦东新区', '郧西县']);
    await userEvent.selectOptions(select('排序'), '最好在前');
    expect(chartPlaces()).toEqual(['郧西县', '浦东新区']);
  });
});

describe('CompareView: from a dot to its source', () => {
  it("opens a claim's figure from its dot, and a worked-out value at its cut", async () => {
    const { dataset, openFigure } = renderCompare({ indicator: 'approval-time' });
    await userEvent.click(screen.getByRole('button', { name: '郧西县：7.5工作日，原文 15个工作日 → 一半，2023-05-22 发布' }));
    expect(openFigure).toHaveBeenCalledWith(dataset.figures.find((f) => f.text === '一半')?.id);
  });

  it("lists a row's claims when its place is pressed, each figure opening its paragraph", async () => {
    const { dataset, openFigure } = renderCompare({ indicator: 'approval-time' });
    const [yunxi] = within(screen.getByRole('figure', { name: /^各地区 / })).getAllByRole('button', { name: '郧西县' });
    if (!yunxi) throw new Error('no row button');
    await userEvent.click(yunxi);
    expect(yunxi.getAttribute('aria-expanded')).toBe('true');
    const heading = screen.getByRole('heading', { name: '郧西县 的说法' });
    const list = within(heading.parentElement ?? document.body).getByRole('list');
    await userEvent.click(within(list).getByRole('button', { name: '15个工作日' }));
    expect(openFigure).toHaveBeenCalledWith(dataset.figures.find((f) => f.text === '15个工作日')?.id);
  });
});

describe('CompareView: exports', () => {
  const downloads = captureDownloads();
  const readCsv = async () => Papa.parse<string[]>((await downloads.text()).replace(/^\uFEFF/u, ''), { skipEmptyLines: true }).data;

  it('exports the comparison in the order shown, the value split into number, bound, exactness and sum', async () => {
    renderCompare({ indicator: 'enterprises-visited', rollup: true, level: 'prefecture' });
    const [tableButton] = screen.getAllByRole('button', { name: '导出 CSV' });
    if (!tableButton) throw new Error('no export button');
    await userEvent.click(tableButton);
    expect(await readCsv()).toEqual([
      ['地区', '数值（家）', '上限（家）', '限定', '汇总', '时期', '说法数', '隶属'],
      ['十堰市', '150', '', '约数', '下级地区合计（2 个）', '2023-05-22 发布', '2', '湖北省 › 十堰市'],
    ]);
  });

  it('exports places × indicators with value, exactness and period per indicator', async () => {
    renderCompare({ indicator: 'approval-time' });
    const section = screen.getByRole('region', { name: '县级：地区 × 指标总表' });
    await userEvent.click(within(section).getByRole('button', { name: '导出 CSV' }));
    const [header = [], ...rows] = await readCsv();
    expect(header).toEqual(['地区', '隶属', '区划代码', '审批时限（工作日）', '审批时限·精确度', '审批时限·时期', '走访企业（家）', '走访企业·精确度', '走访企业·时期']);
    expect(rows).toEqual([
      ['郧西县', '湖北省 › 十堰市 › 郧西县', '420322', '7.5', '确数', '2023-05-22 发布', '100', '约数', '2023-05-22 发布'],
      ['张湾区', '湖北省 › 十堰市 › 张湾区', '', '', '', '', '50', '确数', '2023-05-22 发布'],
      ['浦东新区', '上海市 › 浦东新区', '310115', '8', '确数', '2022-03-01 发布', '', '', ''],
    ]);
  });
});
