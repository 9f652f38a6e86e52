import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { FilterBar } from '../../src/components/filter-bar';
import { makeDatasetIndex } from '../helpers/make-app-layout';
import { selectFilteredFigures } from '../../src/lib/select-filtered-figures';
import { EMPTY_FILTERS, type Filters } from '../../src/lib/url-state';
import { makeSampleDataset } from '../helpers/make-dataset';

const index = makeDatasetIndex(makeSampleDataset());

function Harness({ initial = EMPTY_FILTERS }: { initial?: Filters }) {
  const [filters, setFilters] = useState(initial);
  const shown = selectFilteredFigures(index, filters, filters.query).length;
  return (
    <>
      <FilterBar index={index} filters={filters} query={filters.query} shown={shown} onChange={setFilters} />
      <output data-testid="selected">{filters.localities.join(',')}</output>
    </>
  );
}

const picker = () => screen.getByRole('group', { name: '地区' });
const optionText = (name: string) => within(picker()).getByRole('checkbox', { name }).closest('label')?.textContent;

describe('FilterBar', () => {
  it('shows figure counts beside each place, its own and those below it', async () => {
    render(<Harness />);
    expect(optionText('湖北省')).toBe('湖北省3');
    await userEvent.click(within(picker()).getByRole('button', { name: '展开 湖北省' }));
    await userEvent.click(within(picker()).getByRole('button', { name: '展开 十堰市' }));
    await userEvent.click(within(picker()).getByRole('button', { name: '展开 郧西县' }));
    expect(optionText('城关镇')).toBe('城关镇1');
  });

  it('filters by a checked place and updates the shown count', async () => {
    render(<Harness />);
    expect(screen.getByText('显示 7 / 7 个数字')).toBeTruthy();
    await userEvent.click(within(picker()).getByRole('checkbox', { name: '上海市' }));
    expect(screen.getByText('显示 2 / 7 个数字')).toBeTruthy();
    expect(screen.getByRole('button', { name: '移除 上海市' })).toBeTruthy();
  });

  it('counts categories under the place filter', async () => {
    render(<Harness initial={{ ...EMPTY_FILTERS, localities: ['cn-420000'] }} />);
    const options = within(screen.getByRole('combobox', { name: '类别' })).getAllByRole('option').map((o) => o.textContent);
    expect(options).toContain('投资 (1)');
    expect(options).toContain('全部类别 (3)');
  });

  it.each([
    ['县', ['湖北省十堰市郧西县', '湖北省十堰市郧西县城关镇']], // the county by name, then the town under it
    ['浦', ['上海市浦东新区']],
    ['朝阳', ['北京市朝阳区']],
  ])('finds places by the substring %s', async (query, expected) => {
    render(<Harness />);
    await userEvent.type(within(picker()).getByRole('searchbox', { name: '搜索地区' }), query);
    const labels = within(picker()).getAllByRole('checkbox').map((c) => c.closest('label')?.querySelector('span')?.textContent);
    expect(labels).toEqual(expected);
  });

  it('finds a place from a query typed in traditional characters', async () => {
    render(<Harness />);
    await userEvent.type(within(picker()).getByRole('searchbox', { name: '搜索地区' }), '浦東');
    const box = await within(picker()).findByRole('checkbox', { name: '浦东新区' });
    await userEvent.click(box);
    expect(screen.getByTestId('selected').textContent).toBe('cn-310115');
  });

  it('clears every filter with one button', async () => {
    render(<Harness initial={{ localities: ['cn-310000'], categories: ['investment'], query: '投资', years: [], review: 'unreviewed' }} />);
    await userEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(screen.getByText('显示 7 / 7 个数字')).toBeTruthy();
  });

  it('offers each publication year with its count, newest first, and filters by the one chosen', async () => {
    const sample = makeSampleDataset();
    const dates: Record<string, string> = { a1: '2023-05-22', a2: '2021' };
    const dated = makeDatasetIndex({ ...sample, articles: sample.articles.map((a) => ({ ...a, date: dates[a.id] ?? null })) });
    function Dated() {
      const [filters, setFilters] = useState(EMPTY_FILTERS);
      const shown = selectFilteredFigures(dated, filters, filters.query).length;
      return <FilterBar index={dated} filters={filters} query={filters.query} shown={shown} onChange={setFilters} />;
    }
    render(<Dated />);
    const year = screen.getByRole('combobox', { name: '年份' });
    expect(within(year).getAllByRole('option').map((o) => o.textContent)).toEqual(['全部年份 (7)', '2023 (3)', '2021 (2)', '未注明日期 (2)']);
    await userEvent.selectOptions(year, '2021');
    expect(screen.getByText('显示 2 / 7 个数字')).toBeTruthy();
    await userEvent.selectOptions(year, 'undated');
    expect(screen.getByText('显示 2 / 7 个数字')).toBeTruthy();
    await userEvent.selectOptions(year, '');
    expect(screen.getByText('显示 7 / 7 个数字')).toBeTruthy();
  });

  it.each(['yunxi', 'yúnxī', 'yx', 'yunx'])('finds 郧西县 in the locality search by the pinyin %j', async (query) => {
    render(<Harness />);
    await userEvent.type(within(picker()).getByRole('searchbox', { name: '搜索地区' }), query);
    await userEvent.click(await within(picker()).findByRole('checkbox', { name: '郧西县' }));
    expect(screen.getByTestId('selected').textContent).toBe('cn-420322');
  });
});
