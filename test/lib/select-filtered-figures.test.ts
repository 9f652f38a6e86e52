import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/dataset/check-dataset';
import { selectLocalityChain } from '../../src/lib/create-dataset-index';
import { prepareFigureSearch } from '../../src/lib/create-figure-search';
import { makeDatasetIndex } from '../helpers/make-app-layout';
import {
  countByCategory,
  countByLocality,
  countFilterChoices,
  selectArticleYear,
  selectFilteredArticles,
  selectFilteredFigures,
} from '../../src/lib/select-filtered-figures';
import { EMPTY_FILTERS, UNDATED, type Filters } from '../../src/lib/url-state';
import { makeSampleDataset } from '../helpers/make-dataset';

const index = makeDatasetIndex(makeSampleDataset());
const texts = (filters: Partial<Filters>, query = '') =>
  selectFilteredFigures(index, { ...EMPTY_FILTERS, ...filters }, query).map((f) => f.text);

describe('makeSampleDataset', () => {
  it('passes the dataset checker', () => {
    expect(checkDataset(makeSampleDataset())).toEqual([]);
  });
});

describe('selectFilteredFigures', () => {
  it.each([
    [['cn-420000'], ['3.5亿元', '12%', '3个工作日']],
    [['cn-420322100'], ['3个工作日']],
    [['cn-310115', 'cn-110000'], ['约2.8万件', '99%以上', '5至8亿元']],
  ])('keeps figures of %j and every place below', (localities, expected) => {
    expect(texts({ localities })).toEqual(expected);
  });

  it('keeps figures of the chosen categories', () => {
    expect(texts({ categories: ['investment'] })).toEqual(['3.5亿元', '5至8亿元']);
  });

  it.each([
    ['投资', ['3.5亿元', '5至8亿元']],
    ['浦东', ['约2.8万件', '99%以上']],
    ['县', ['3.5亿元', '12%', '3个工作日']],
    ['十堰 开办', ['3个工作日']],
    ['pudong', ['约2.8万件', '99%以上']],
  ])('matches the query %j against metric, text, place, title and file', (query, expected) => {
    expect(texts({}, query)).toEqual(expected);
  });

  it.each([
    ['Ⅲ类', '地表水Ⅲ类水体比例'],
    ['gdp', '地区GDP'],
    ['ⓐ级', 'Ⓐ级景区'],
  ])('folds case as the query does: %j finds the metric %j', (query, metric) => {
    const dataset = makeSampleDataset();
    const figure = dataset.figures[0];
    if (!figure) throw new Error('the sample dataset has figures');
    dataset.figures[0] = { ...figure, metric };
    const found = selectFilteredFigures(makeDatasetIndex(dataset), EMPTY_FILTERS, query.toLowerCase());
    expect(found.map((f) => f.metric)).toEqual([metric]);
  });

  it('can leave one filter out to count the choices of that filter', () => {
    const figures = selectFilteredFigures(index, { ...EMPTY_FILTERS, categories: ['investment'] }, '', 'categories');
    expect(figures).toHaveLength(7);
  });
});

describe('selectFilteredFigures, one filter left out', () => {
  // Leaving a filter out must give what the same filters without it give, whatever was asked just
  // before (the filters are run once for the list and every control's counts, and the run is kept).
  const localities = [...index.localities.keys()];
  const categories = [...new Set(index.dataset.figures.map((f) => f.category))];
  const years = [...new Set(index.dataset.articles.map((a) => a.date?.slice(0, 4) ?? UNDATED))];
  const filters = fc.record({
    localities: fc.subarray(localities, { maxLength: Math.min(2, localities.length) }),
    categories: fc.subarray(categories, { maxLength: Math.min(2, categories.length) }),
    years: fc.subarray(years, { maxLength: Math.min(2, years.length) }),
  });
  const query = fc.constantFrom('', '县', '投资', '浦东', 'pudong', '十堰 开办');
  const asked = fc.tuple(filters, query, fc.constantFrom('localities', 'categories', 'years', null));

  it('equals filtering without that filter, for any filters asked in any order', () => {
    fc.assert(
      fc.property(fc.array(asked, { minLength: 1, maxLength: 5 }), (calls) => {
        for (const [chosen, q, ignore] of calls) {
          const all = { ...EMPTY_FILTERS, ...chosen };
          const without = ignore === null ? all : { ...all, [ignore]: [] };
          const got = selectFilteredFigures(index, all, q, ignore).map((f) => f.id);
          const expected = index.dataset.figures
            .filter((f) => selectFilteredFigures(index, without, q).includes(f))
            .map((f) => f.id);
          expect(got).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('gives the very list of the first screen again once the filters are cleared, so the table keeps its rows', () => {
    const first = selectFilteredFigures(index, EMPTY_FILTERS, '');
    expect(selectFilteredFigures(index, { ...EMPTY_FILTERS, localities: ['cn-420000'] }, '')).not.toBe(first);
    const cleared = selectFilteredFigures(index, EMPTY_FILTERS, '  ');
    expect(cleared).toBe(first);
    expect(cleared.map((f) => f.id)).toEqual(index.dataset.figures.map((f) => f.id));
  });
});

describe('countFilterChoices', () => {
  const tally = <K,>(keys: K[]): Map<K, number> => {
    const counts = new Map<K, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const localities = [...index.localities.keys()];
  const categories = [...new Set(index.dataset.figures.map((f) => f.category))];

  it('counts each control’s choices as the figures without that control’s filter give them', () => {
    fc.assert(
      fc.property(
        fc.subarray(localities, { maxLength: Math.min(2, localities.length) }),
        fc.subarray(categories, { maxLength: Math.min(2, categories.length) }),
        fc.constantFrom('', '县', '投资', 'pudong'),
        (chosenPlaces, chosenCategories, q) => {
          const filters = { ...EMPTY_FILTERS, localities: chosenPlaces, categories: chosenCategories };
          const without = (ignore: 'localities' | 'categories' | 'years' | 'review') => selectFilteredFigures(index, filters, q, ignore);
          const counts = countFilterChoices(index, filters, q);
          expect(counts.categories).toEqual(countByCategory(without('categories')));
          expect(counts.localities).toEqual(countByLocality(index, without('localities')));
          expect(counts.years).toEqual(tally(without('years').map((f) => selectArticleYear(index.articles.get(f.articleId)))));
          expect(counts.review).toEqual(tally(without('review').map((f) => f.review?.status ?? 'unreviewed')));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('selectFilteredArticles', () => {
  it('keeps an article of the chosen place even when it has no figures in view', () => {
    const filters = { ...EMPTY_FILTERS, query: '会议' };
    const figures = selectFilteredFigures(index, filters, filters.query);
    expect(selectFilteredArticles(index, filters, filters.query, figures).map((a) => a.id)).toEqual(['a4']);
  });

  it('keeps only articles holding a figure of the chosen category', () => {
    const filters: Filters = { ...EMPTY_FILTERS, categories: ['investment'] };
    const figures = selectFilteredFigures(index, filters, '');
    expect(selectFilteredArticles(index, filters, '', figures).map((a) => a.id)).toEqual(['a1', 'a3']);
  });
});

describe('counts', () => {
  it('counts a figure for its place and every place above it', () => {
    const counts = countByLocality(index, index.dataset.figures);
    expect([counts.get('cn-420000'), counts.get('cn-420322'), counts.get('cn-420322100')]).toEqual([3, 3, 1]);
  });

  it('counts figures per category', () => {
    expect(countByCategory(index.dataset.figures).get('investment')).toBe(2);
  });
});

describe('selectLocalityChain', () => {
  it('lists names from the top of the chain', () => {
    expect(selectLocalityChain(index, 'cn-420322100')).toEqual(['湖北省', '十堰市', '郧西县', '城关镇']);
  });
});

describe('the search index built in idle time', () => {
  it.each(['投资', '浦东', '县', '十堰 开办', 'pudong', 'gdp', '亿元'])(
    'gives %j the same hits whether it was built before the search or by it',
    (query) => {
      const searchedFirst = selectFilteredFigures(makeDatasetIndex(makeSampleDataset()), EMPTY_FILTERS, query).map((f) => f.id);
      const prepared = makeDatasetIndex(makeSampleDataset());
      prepareFigureSearch(prepared);
      expect(selectFilteredFigures(prepared, EMPTY_FILTERS, query).map((f) => f.id)).toEqual(searchedFirst);
    },
  );
});
