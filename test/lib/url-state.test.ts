import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, formatUrlState, hrefForView, parseUrlState, type UrlState } from '../../src/lib/url-state';

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
    const state = parseUrlState('#/figures?loc=cn-1&loc=cn-2&cat=investment&cat=bogus&q=投资&sort=-baseValue,locality&fig=f1&lang=en');
    expect(state.filters).toEqual({ localities: ['cn-1', 'cn-2'], categories: ['investment'], query: '投资' });
    expect(state.sort).toEqual([{ id: 'baseValue', desc: true }, { id: 'locality', desc: false }]);
    expect([state.figure, state.language]).toEqual(['f1', 'en']);
  });

  it('keeps a raw question mark inside a pasted query value', () => {
    expect(parseUrlState('#/figures?q=为什么?&lang=en')).toMatchObject({ filters: { query: '为什么?' }, language: 'en' });
  });
});

describe('formatUrlState', () => {
  const full: UrlState = {
    view: 'article',
    id: '文章 1',
    filters: { localities: ['cn-420322'], categories: ['approval_speed'], query: '縣 投资&x' },
    sort: [{ id: 'metric', desc: false }, { id: 'baseValue', desc: true }],
    figure: 'p1-3',
    measure: 'category:investment',
    unit: '元',
    language: 'en',
  };

  it.each([DEFAULT_STATE, full, { ...DEFAULT_STATE, view: 'compare' as const, measure: 'metric:总投资', unit: '元' }])(
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
