import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/dataset/check-dataset';
import { selectLocalityChain } from '../../src/lib/create-dataset-index';
import { makeDatasetIndex } from '../helpers/make-app-layout';
import {
  countByCategory,
  countByLocality,
  selectFilteredArticles,
  selectFilteredFigures,
} from '../../src/lib/select-filtered-figures';
import { EMPTY_FILTERS, type Filters } from '../../src/lib/url-state';
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

  it('can leave one filter out to count the choices of that filter', () => {
    const figures = selectFilteredFigures(index, { ...EMPTY_FILTERS, categories: ['investment'] }, '', 'categories');
    expect(figures).toHaveLength(7);
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
