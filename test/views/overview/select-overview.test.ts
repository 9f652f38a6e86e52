import { describe, expect, it } from 'vitest';
import { makeDatasetIndex } from '../../helpers/make-app-layout';
import { selectGaps, selectLocalityStacks, selectOverviewLevels, selectTotals } from '../../../src/views/overview/select-overview';
import { makeSampleDataset } from '../../helpers/make-dataset';

const index = makeDatasetIndex(makeSampleDataset());
const { articles, figures } = index.dataset;

describe('overview selectors', () => {
  it('totals articles, places named, figures and source files', () => {
    expect(selectTotals(articles, figures)).toEqual({ articles: 4, localities: 4, figures: 7, sources: 3 });
  });

  it('offers every level holding a figure or above one', () => {
    expect(selectOverviewLevels(index, figures)).toEqual([
      { level: 'province', count: 3 },
      { level: 'prefecture', count: 1 },
      { level: 'county', count: 3 },
      { level: 'township', count: 1 },
    ]);
  });

  it("stacks one level's places by category, each counting its sub-places' figures, biggest first", () => {
    const stacks = selectLocalityStacks(index, figures, 'county');
    expect(stacks.map((s) => [s.locality, s.total, s.own])).toEqual([['郧西县', 3, 2], ['浦东新区', 2, 2], ['朝阳区', 1, 1]]);
    expect(stacks[0]?.counts).toMatchObject({ investment: 1, output_revenue: 1, approval_speed: 1 });
    expect(selectLocalityStacks(index, figures, 'province').map((s) => [s.locality, s.total, s.own])).toEqual([
      ['湖北省', 3, 0],
      ['上海市', 2, 0],
      ['北京市', 1, 0],
    ]);
  });

  it('lists articles with no figures and figures with no place', () => {
    const gaps = selectGaps(index, articles, figures);
    expect(gaps.articlesWithoutFigures.map((a) => a.title)).toEqual(['会议纪要']);
    expect(gaps.figuresWithoutLocality.map((f) => f.text)).toEqual(['1200人']);
  });
});
