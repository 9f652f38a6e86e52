import { describe, expect, it } from 'vitest';
import { applyUrlPatch, DEFAULT_STATE, formatUrlState, hrefForView, parseUrlState, type UrlState } from '../../src/lib/url-state';

describe('parseUrlState', () => {
  it.each([
    ['', 'overview', null],
    ['#/', 'overview', null],
    ['#/compare', 'compare', null],
    ['#/figures', 'figures', null],
    ['#/localities', 'localities', null],
    ['#/localities/cn-420322', 'locality', 'cn-420322'],
    ['#/articles/a%2F1', 'article', 'a/1'],
    ['#/nowhere', 'overview', null],
  ])('reads %j as the %s view', (hash, view, id) => {
    const state = parseUrlState(hash);
    expect([state.view, state.id]).toEqual([view, id]);
  });

  it('reads filters, sort, figure and language', () => {
    const state = parseUrlState('#/figures?loc=cn-1&loc=cn-2&cat=investment&cat=bogus&q=投资&year=2023&year=23&year=undated&sort=-baseValue,locality&fig=f1&lang=en');
    expect(state.filters).toEqual({ localities: ['cn-1', 'cn-2'], categories: ['investment'], query: '投资', years: ['2023', 'undated'], review: null });
    expect(state.sort).toEqual([{ id: 'baseValue', desc: true }, { id: 'locality', desc: false }]);
    expect([state.figure, state.language]).toEqual(['f1', 'en']);
  });

  it('reads the page, page size and visible columns of a table, ignoring nonsense', () => {
    expect(parseUrlState('#/figures?page=3&size=100&cols=metric,text')).toMatchObject({ page: 3, pageSize: 100, columns: ['metric', 'text'] });
    expect(parseUrlState('#/figures?page=0&size=-5')).toMatchObject({ page: 1, pageSize: null, columns: null });
    expect(parseUrlState('#/figures?page=2.5&cols=')).toMatchObject({ page: 1, columns: [] });
  });

  it('reads the compare choice and the level, ignoring values no view offers', () => {
    expect(parseUrlState('#/compare?ind=approval-time&aspect=change&unit=天&period=2023&level=township&rollup=1')).toMatchObject({
      indicator: 'approval-time', aspect: 'change', unit: '天', period: '2023', level: 'township', rollup: true,
    });
    expect(parseUrlState('#/compare?aspect=after&period=23&level=city&rollup=yes')).toMatchObject({
      aspect: null, period: null, level: null, rollup: false,
    });
  });

  it('keeps a raw question mark inside a pasted query value', () => {
    expect(parseUrlState('#/figures?q=为什么?&lang=en')).toMatchObject({ filters: { query: '为什么?' }, language: 'en' });
  });
});

describe('formatUrlState', () => {
  const full: UrlState = {
    view: 'article',
    id: '文章 1',
    filters: { localities: ['cn-420322'], categories: ['approval_speed'], query: '縣 投资&x', years: ['2024', 'undated'], review: 'corrected' },
    sort: [{ id: 'metric', desc: false }, { id: 'baseValue', desc: true }],
    figure: 'p1-3',
    indicator: 'approval-time',
    aspect: 'before',
    unit: '元',
    period: '2022',
    level: 'county',
    rollup: true,
    language: 'en',
    page: 4,
    pageSize: 25,
    columns: ['locality', 'sentence'],
    paragraph: 'a1-3',
  };

  it.each([DEFAULT_STATE, full, { ...DEFAULT_STATE, view: 'compare' as const, indicator: 'project-total-investment', unit: '元', period: 'undated' }])(
    'round-trips state %#',
    (state) => {
      expect(parseUrlState(formatUrlState(state))).toEqual(state);
    },
  );

  it('writes the default state as #/', () => {
    expect(formatUrlState(DEFAULT_STATE)).toBe('#/');
  });
});

describe('hrefForView', () => {
  it('keeps filters and language but drops the sort and the open figure', () => {
    const from = parseUrlState('#/figures?cat=investment&sort=-baseValue&fig=f1&lang=en');
    expect(hrefForView(from, 'compare')).toBe('#/compare?cat=investment&lang=en');
  });
});

describe('applyUrlPatch', () => {
  const onPage3 = { ...DEFAULT_STATE, view: 'figures' as const, page: 3 };

  it.each([
    ['a new filter', { filters: { ...DEFAULT_STATE.filters, query: '投资' } }, 1],
    ['a new sort', { sort: [{ id: 'metric', desc: false }] }, 1],
    ['an open figure', { figure: 'f1' }, 3],
    ['a new page size with its own page', { pageSize: 100, page: 2 }, 2],
  ])('after %s the table shows the expected page', (_name, patch, page) => {
    expect(applyUrlPatch(onPage3, patch).page).toBe(page);
  });
});
