import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../src/lib/create-dataset-index';
import { selectGaps, selectLocalityStacks, selectTotals } from '../../src/views/overview/select-overview';
import { makeSampleDataset } from '../helpers/make-dataset';

const index = createDatasetIndex(makeSampleDataset());
const { articles, figures } = index.dataset;

describe('overview selectors', () => {
  it('totals articles, places named, figures and source files', () => {
    expect(selectTotals(articles, figures)).toEqual({ articles: 4, localities: 4, figures: 7, sources: 3 });
  });

  it('stacks figures per place by category, biggest place first', () => {
    const stacks = selectLocalityStacks(index, figures);
    expect(stacks.map((s) => [s.locality, s.total])).toEqual([['郧西县', 2], ['浦东新区', 2], ['城关镇', 1], ['朝阳区', 1]]);
    expect(stacks[0]?.counts.investment).toBe(1);
  });

  it('lists articles with no figures and figures with no place', () => {
    const gaps = selectGaps(index, articles, figures);
    expect(gaps.articlesWithoutFigures.map((a) => a.title)).toEqual(['会议纪要']);
    expect(gaps.figuresWithoutLocality.map((f) => f.text)).toEqual(['1200人']);
  });
});
