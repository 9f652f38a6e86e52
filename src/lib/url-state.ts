import { ASPECTS, CATEGORIES, LOCALITY_LEVELS, type Aspect, type Category, type LocalityLevel } from '../dataset/schema';
import { REVIEW_FILTERS, type ReviewFilter } from './select-review';

/** Every screen the hash can name. `locality` and `article` carry an id. */
export const VIEWS = ['overview', 'compare', 'figures', 'localities', 'locality', 'article'] as const;
export type View = (typeof VIEWS)[number];

/** One sort key, the same shape TanStack Table's `ColumnSort` has. */
export interface SortKey {
  id: string;
  desc: boolean;
}

/** The filters every view applies. */
export interface Filters {
  /** Selected locality ids; a place includes everything below it. Empty means all. */
  localities: string[];
  /** Selected categories. Empty means all. */
  categories: Category[];
  /** Free text, as typed (simplified or traditional, or pinyin). */
  query: string;
  /** Publication years of the figures' articles (`2023`), or `undated`. Empty means all. */
  years: string[];
  /** Review status; null means every figure but those marked wrong. */
  review: ReviewFilter | null;
}

/** Everything a copied link has to reproduce. */
export interface UrlState {
  view: View;
  /** The locality or article id of `locality`/`article` views, else null. */
  id: string | null;
  filters: Filters;
  sort: SortKey[];
  /** The figure whose drill-down panel is open. */
  figure: string | null;
  /** Compare view: the indicator id compared; null for the view's default. */
  indicator: string | null;
  /** Compare view: which aspect of the indicator (level, before, change …); null for the default. */
  aspect: Aspect | null;
  /** Compare view: the base unit compared; null for the most used one. */
  unit: string | null;
  /** Compare view: a year (`2022`) or `undated` to compare within; null for each place's latest claim. */
  period: string | null;
  /** Overview and compare view: the administrative level of the rows; null for the view's default. */
  level: LocalityLevel | null;
  /** Compare view: an additive indicator summed up from sub-places for a place that reports none itself. */
  rollup: boolean;
  language: 'zh' | 'en';
  /** The table's page, from 1. A new filter or sort starts again at 1. */
  page: number;
  /** Rows per table page; null for the table's default. */
  pageSize: number | null;
  /** The table's visible column ids in order; null for the table's default choice. */
  columns: string[] | null;
  /** Article view: the paragraph to scroll to and mark (阅读全文 from a figure). */
  paragraph: string | null;
}

/** The `years` entry of articles that print no date. */
export const UNDATED = 'undated';

export const EMPTY_FILTERS: Filters = { localities: [], categories: [], query: '', years: [], review: null };

export const DEFAULT_STATE: UrlState = {
  view: 'overview',
  id: null,
  filters: EMPTY_FILTERS,
  sort: [],
  figure: null,
  indicator: null,
  aspect: null,
  unit: null,
  period: null,
  level: null,
  rollup: false,
  language: 'zh',
  page: 1,
  pageSize: null,
  columns: null,
  paragraph: null,
};

const CATEGORY_SET = new Set<string>(CATEGORIES);
const PATH_VIEWS: Readonly<Record<string, View>> = {
  '': 'overview',
  compare: 'compare',
  figures: 'figures',
  localities: 'localities',
};
const ID_VIEWS: Readonly<Record<string, View>> = { localities: 'locality', articles: 'article' };
const VIEW_PATHS: Readonly<Record<View, string>> = {
  overview: '',
  compare: 'compare',
  figures: 'figures',
  localities: 'localities',
  locality: 'localities',
  article: 'articles',
};
// -baseValue → { id: 'baseValue', desc: true }
const SORT_KEY = /^(?<minus>-?)(?<id>[\w.]+)$/;
const YEAR = /^\d{4}$/;
const COLUMN_ID = /^[\w.]+$/;

/** Reads a location hash such as `#/figures?loc=cn-42&sort=-baseValue`. Unknown parts fall back to defaults. */
export function parseUrlState(hash: string): UrlState {
  const body = hash.replace(/^#\/?/, '');
  // Only the first ? opens the query: a pasted link may carry a raw ? inside a value (q=为什么?).
  const cut = body.indexOf('?');
  const [path, search] = cut < 0 ? [body, ''] : [body.slice(0, cut), body.slice(cut + 1)];
  const [head = '', ...rest] = path.split('/').filter((part, i) => i === 0 || part !== '');
  const params = new URLSearchParams(search);
  const idView = ID_VIEWS[head];
  const withId = rest.length > 0 && idView !== undefined;
  const sort = (params.get('sort') ?? '').split(',').flatMap((key) => {
    const groups = SORT_KEY.exec(key)?.groups;
    return groups?.id ? [{ id: groups.id, desc: groups.minus === '-' }] : [];
  });
  return {
    view: withId ? idView : (PATH_VIEWS[head] ?? 'overview'),
    id: withId ? decodeURIComponent(rest.join('/')) : null,
    filters: {
      localities: params.getAll('loc'),
      categories: params.getAll('cat').filter((c): c is Category => CATEGORY_SET.has(c)),
      query: params.get('q') ?? '',
      years: params.getAll('year').filter((y) => YEAR.test(y) || y === UNDATED),
      review: parseMember(params.get('rev'), REVIEW_FILTERS),
    },
    sort,
    figure: params.get('fig'),
    indicator: params.get('ind'),
    aspect: parseMember(params.get('aspect'), ASPECTS),
    unit: params.get('unit'),
    period: parsePeriod(params.get('period')),
    level: parseMember(params.get('level'), LOCALITY_LEVELS),
    rollup: params.get('rollup') === '1',
    language: params.get('lang') === 'en' ? 'en' : 'zh',
    page: parsePositive(params.get('page')) ?? 1,
    pageSize: parsePositive(params.get('size')),
    columns: params.has('cols') ? (params.get('cols') ?? '').split(',').filter((id) => COLUMN_ID.test(id)) : null,
    paragraph: params.get('para'),
  };
}

/** The text when it is one of `allowed` (an `as const` list), else null. */
function parseMember<T extends string>(text: string | null, allowed: readonly T[]): T | null {
  return allowed.find((member) => member === text) ?? null;
}

function parsePeriod(text: string | null): string | null {
  return text !== null && (YEAR.test(text) || text === UNDATED) ? text : null;
}

function parsePositive(text: string | null): number | null {
  const n = Number(text ?? '');
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** Writes the hash for a state; `parseUrlState(formatUrlState(s))` gives `s` back. */
export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const id of state.filters.localities) params.append('loc', id);
  for (const category of state.filters.categories) params.append('cat', category);
  if (state.filters.query !== '') params.set('q', state.filters.query);
  for (const year of state.filters.years) params.append('year', year);
  if (state.filters.review !== null) params.set('rev', state.filters.review);
  if (state.sort.length > 0) params.set('sort', state.sort.map((s) => (s.desc ? '-' : '') + s.id).join(','));
  if (state.indicator !== null) params.set('ind', state.indicator);
  if (state.aspect !== null) params.set('aspect', state.aspect);
  if (state.unit !== null) params.set('unit', state.unit);
  if (state.period !== null) params.set('period', state.period);
  if (state.level !== null) params.set('level', state.level);
  if (state.rollup) params.set('rollup', '1');
  if (state.figure !== null) params.set('fig', state.figure);
  if (state.page !== 1) params.set('page', String(state.page));
  if (state.pageSize !== null) params.set('size', String(state.pageSize));
  if (state.columns !== null) params.set('cols', state.columns.join(','));
  if (state.paragraph !== null) params.set('para', state.paragraph);
  if (state.language !== 'zh') params.set('lang', state.language);
  const base = VIEW_PATHS[state.view];
  const path = state.id !== null && (state.view === 'locality' || state.view === 'article')
    ? `${base}/${encodeURIComponent(state.id)}`
    : base;
  const search = params.toString();
  return `#/${path}${search === '' ? '' : `?${search}`}`;
}

/**
 * The hash of another view, keeping filters and language but not the sort, page, columns, figure or
 * compare choice, which belong to the view being left.
 */
export function hrefForView(state: UrlState, view: View, id: string | null = null, extra: Partial<UrlState> = {}): string {
  return formatUrlState({ ...DEFAULT_STATE, view, id, filters: state.filters, language: state.language, ...extra });
}

/** The state after a change: a new filter or sort starts again at the table's first page. */
export function applyUrlPatch(state: UrlState, patch: Partial<UrlState>): UrlState {
  const restarts = patch.page === undefined && (patch.filters !== undefined || patch.sort !== undefined);
  return { ...state, ...patch, ...(restarts ? { page: 1 } : {}) };
}
