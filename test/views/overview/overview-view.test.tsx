import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { makeDatasetIndex } from '../../helpers/make-app-layout';
import { applyUrlPatch, DEFAULT_STATE, type UrlState } from '../../../src/lib/url-state';
import type { ViewProps } from '../../../src/lib/view-props';
import { OverviewView } from '../../../src/views/overview/overview-view';
import { makeSampleDataset } from '../../helpers/make-dataset';

const dataset = makeSampleDataset();
const index = makeDatasetIndex(dataset);

function Harness({ initial }: { initial: Partial<UrlState> }) {
  const [state, setState] = useState<UrlState>({ ...DEFAULT_STATE, ...initial });
  const update: ViewProps['update'] = (patch) => setState((s) => applyUrlPatch(s, patch));
  return <OverviewView index={index} state={state} figures={dataset.figures} query="" update={update} openFigure={vi.fn()} />;
}

const chart = () => screen.getByRole('figure', { name: /各地区的数字数量/ });
const bars = () => within(within(chart()).getAllByRole('list')[1] ?? chart()).getAllByRole('link');

describe('OverviewView', () => {
  it('shows one level at a time, says that counts include sub-places, and switches level on request', async () => {
    render(<Harness initial={{}} />);
    expect(screen.getByRole('heading', { name: '省级：各地区的数字数量（含下级地区）' })).toBeTruthy();
    expect(bars().map((bar) => bar.textContent)).toEqual(['湖北省3', '上海市2', '北京市1']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '行政级别' }), '县级（3 个地区）');
    expect(screen.getByRole('heading', { name: '县级：各地区的数字数量（含下级地区）' })).toBeTruthy();
    expect(bars().map((bar) => bar.getAttribute('aria-label'))).toEqual([
      '郧西县：3 个数字（含下级地区），查看这些数字',
      '浦东新区：2 个数字（含下级地区），查看这些数字',
      '朝阳区：1 个数字（含下级地区），查看这些数字',
    ]);
  });

  it("links each bar to the figures view filtered to its place, keeping the other filters", () => {
    render(<Harness initial={{ level: 'county', filters: { ...DEFAULT_STATE.filters, categories: ['investment'] } }} />);
    expect(bars().map((bar) => bar.getAttribute('href'))).toEqual([
      '#/figures?loc=cn-420322&cat=investment',
      '#/figures?loc=cn-310115&cat=investment',
      '#/figures?loc=cn-110105&cat=investment',
    ]);
  });

  it('shows the non-zero categories of a bar in legend order on hover and on focus, with its own and sub-place counts', async () => {
    render(<Harness initial={{ level: 'county' }} />);
    const legend = within(screen.getByRole('list', { name: '类别' })).getAllByRole('listitem').map((item) => item.textContent);
    expect(legend).toEqual(['投资', '产值与收入', '审批时限', '服务量', '满意率']);
    const [yunxi, pudong] = bars();
    if (!yunxi || !pudong) throw new Error('no bars');
    await userEvent.hover(yunxi);
    const tooltip = screen.getByRole('tooltip');
    expect(within(tooltip).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['投资 1', '产值与收入 1', '审批时限 1']);
    expect(within(tooltip).getByText('其中本级 2 个，下级地区 1 个')).toBeTruthy();
    expect(yunxi.getAttribute('aria-describedby')).toBe(tooltip.id);
    await userEvent.unhover(yunxi);
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => pudong.focus()); // as Tab would: the keyboard reaches the same tooltip
    expect(within(screen.getByRole('tooltip')).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['服务量 1', '满意率 1']);
  });

  it('lists every place of the level in the chart data with its own figures beside those of its sub-places', async () => {
    render(<Harness initial={{ level: 'county' }} />);
    await userEvent.click(screen.getByText('图表数据（3 个地区）'));
    const table = screen.getByRole('table', { name: '县级：各地区的数字数量（含下级地区）' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(within(table).getAllByRole('columnheader').slice(0, 3).map((h) => h.textContent)).toEqual(['地区', '数字（含下级）', '其中本级']);
    expect(rows[0]).toBe('郧西县3211100'); // total, own, then 投资 产值与收入 审批时限 服务量 满意率
  });
});
