import type { Article, Figure } from '../dataset/schema';
import type { DatasetIndex } from './create-dataset-index';
import { createFigureSearch, readFilterPool } from './create-figure-search';
import type { PinyinMatcher } from './load-pinyin';
import { normalizePinyin } from './match-pinyin';
import { selectReviewStatus, type ReviewFilter } from './select-review';
import { UNDATED, type Filters } from './url-state';

/** Which filter to leave out, so a control can count what each of its own choices would give. */
export type FilterDimension = 'localities' | 'categories' | 'years' | 'review';

/**
 * Figures passing every filter. `query` is the search text already converted to simplified Chinese;
 * it is split on spaces and every term must match one of the figure's texts, as written or, with a
 * `pinyin` matcher, as pinyin (hanbin, hb → 汉滨). Figures marked wrong in review pass only the review
 * filter `wrong` (and, to be counted there, a call that ignores the review filter). The search
 * reads no paragraph text (that loads a chunk at a time): a figure matches on its own words, metric,
 * unit and file, its article's title, and its place's names.
 */
export function selectFilteredFigures(
  index: DatasetIndex,
  filters: Filters,
  query: string,
  ignore: FilterDimension | null = null,
  pinyin: PinyinMatcher | null = null,
): Figure[] {
  const unfiltered = ignore === null && isUnfiltered(filters, query);
  const known = unfiltered ? UNFILTERED_LISTS.get(index) : undefined;
  if (known) return known;
  const { pool, failed } = runFilterPass(index, filters, query, pinyin);
  const counted = ignore === null ? 0 : FAILS[ignore];
  const list = pool.filter((_figure, i) => ((failed[i] as number) & ~counted) === 0);
  if (unfiltered) UNFILTERED_LISTS.set(index, list);
  return list;
}

// Clearing the filters asks again for the list the first screen showed. The same array (not an equal
// one) lets the table find its rows and their sort ranks again (select-figure-rows.ts, sort-by-ranks.ts)
// instead of numbering 85,000 rows anew.
const UNFILTERED_LISTS = new WeakMap<DatasetIndex, Figure[]>();

function isUnfiltered(filters: Filters, query: string): boolean {
  return filters.localities.length === 0 && filters.categories.length === 0 && filters.years.length === 0 && filters.review === null && splitTerms(query).length === 0;
}

/** What each choice of each filter would show: the counts a filter control lists next to its choices. */
export interface FilterChoiceCounts {
  categories: Map<string, number>;
  years: Map<string, number>;
  /** Each figure counted for its place and every place above it. */
  localities: Map<string, number>;
  review: Map<ReviewFilter, number>;
}

/**
 * The counts of every filter control at once, each leaving its own filter out (what choosing another
 * category would give), in one loop over the kept filter run and without a list per control.
 */
export function countFilterChoices(index: DatasetIndex, filters: Filters, query: string, pinyin: PinyinMatcher | null = null): FilterChoiceCounts {
  const { failed } = runFilterPass(index, filters, query, pinyin);
  const { categories, years, places, review } = readChoiceColumns(index);
  const tallies = { categories: new Int32Array(categories.values.length), years: new Int32Array(years.values.length), places: new Int32Array(places.values.length), review: new Int32Array(review.values.length) };
  const count = (tally: Int32Array, id: number): void => {
    if (id >= 0) tally[id] = (tally[id] as number) + 1;
  };
  for (let i = 0; i < failed.length; i++) {
    const fails = failed[i] as number;
    if ((fails & ~FAILS.categories) === 0) count(tallies.categories, categories.ids[i] as number);
    if ((fails & ~FAILS.years) === 0) count(tallies.years, years.ids[i] as number);
    if ((fails & ~FAILS.localities) === 0) count(tallies.places, places.ids[i] as number);
    if ((fails & ~FAILS.review) === 0) count(tallies.review, review.ids[i] as number);
  }
  return {
    categories: toCounts(categories, tallies.categories),
    years: toCounts(years, tallies.years),
    localities: addUpChains(index, toCounts(places, tallies.places)),
    review: toCounts(review, tallies.review),
  };
}

/** One value per pool figure as a number into `values` (-1 for none). */
interface NumberedColumn<K> {
  values: K[];
  ids: Int32Array;
}

/** What the filter controls count each pool figure under: its category, year, own place and review status. */
interface ChoiceColumns {
  categories: NumberedColumn<string>;
  years: NumberedColumn<string>;
  places: NumberedColumn<string>;
  review: NumberedColumn<ReviewFilter>;
}

// Counting by map (a year read through its article, a place id hashed) per figure took about 50 ms at
// 85,000 figures on every filter change; the values are the same for every change, so they are
// numbered once per index and a change only adds up small numbers.
const CHOICE_COLUMNS = new WeakMap<DatasetIndex, ChoiceColumns>();

function readChoiceColumns(index: DatasetIndex): ChoiceColumns {
  let found = CHOICE_COLUMNS.get(index);
  if (!found) {
    const pool = readFilterPool(index);
    found = {
      categories: numberColumn(pool, (figure) => figure.category),
      years: numberColumn(pool, (figure) => selectArticleYear(index.articles.get(figure.articleId))),
      places: numberColumn(pool, (figure) => figure.localityId),
      review: numberColumn(pool, selectReviewStatus),
    };
    CHOICE_COLUMNS.set(index, found);
  }
  return found;
}

function numberColumn<K>(pool: readonly Figure[], read: (figure: Figure) => K | null): NumberedColumn<K> {
  const values: K[] = [];
  const numbers = new Map<K, number>();
  const ids = Int32Array.from(pool, (figure) => {
    const value = read(figure);
    if (value === null) return -1;
    let id = numbers.get(value);
    if (id === undefined) numbers.set(value, (id = values.push(value) - 1));
    return id;
  });
  return { values, ids };
}

/** The values counted at least once, with their counts. */
function toCounts<K>({ values }: NumberedColumn<K>, tally: Int32Array): Map<K, number> {
  const counts = new Map<K, number>();
  tally.forEach((count, id) => {
    if (count > 0) counts.set(values[id] as K, count);
  });
  return counts;
}

/** One bit per filter a figure can fail; a figure shows when it fails none. */
const FAILS = { localities: 1, categories: 2, years: 4, review: 8, query: 16 } as const;

/** Every figure a filter could show (the rejected last), and the filters each one fails. */
interface FilterPass {
  pool: readonly Figure[];
  failed: Uint8Array;
}

// The list and each filter control's counts (which leave their own filter out) all ask for the same
// filters at once: five passes over every figure per press or keystroke, the search matched in each.
// One pass notes, per figure, which filters it fails; each caller then leaves out the one it ignores.
let lastPass: { index: DatasetIndex; key: string; pinyin: PinyinMatcher | null; pass: FilterPass } | null = null;

function runFilterPass(index: DatasetIndex, filters: Filters, query: string, pinyin: PinyinMatcher | null): FilterPass {
  const unfiltered = isUnfiltered(filters, query);
  const kept = unfiltered ? UNFILTERED_PASSES.get(index) : undefined;
  if (kept) return kept;
  const key = JSON.stringify([filters.localities, filters.categories, filters.years, filters.review, query]);
  if (lastPass && lastPass.index === index && lastPass.key === key && lastPass.pinyin === pinyin) return lastPass.pass;
  const places = selectLocalitySet(index, filters.localities);
  const categories = filters.categories.length === 0 ? null : new Set(filters.categories);
  const years = filters.years.length === 0 ? null : new Set(filters.years);
  const terms = splitTerms(query);
  const review = filters.review;
  const search = terms.length === 0 ? null : createFigureSearch(index, terms, pinyin);
  const figures = index.dataset.figures;
  const pool = readFilterPool(index);
  const failed = new Uint8Array(pool.length);
  pool.forEach((figure, i) => {
    let fails = 0;
    // A figure marked wrong in review shows only under the review filter `wrong`, and only it does.
    const wrong = i >= figures.length;
    if (wrong ? review !== 'wrong' : review === 'wrong' || (review !== null && selectReviewStatus(figure) !== review)) fails |= FAILS.review;
    if (places !== null && (figure.localityId === null || !places.has(figure.localityId))) fails |= FAILS.localities;
    if (categories !== null && !categories.has(figure.category)) fails |= FAILS.categories;
    if (years !== null && !years.has(selectArticleYear(index.articles.get(figure.articleId)))) fails |= FAILS.years;
    if (search !== null && !search(i)) fails |= FAILS.query;
    failed[i] = fails;
  });
  const pass = { pool, failed };
  lastPass = { index, key, pinyin, pass };
  if (unfiltered) UNFILTERED_PASSES.set(index, pass);
  return pass;
}

// The unfiltered pass is kept per index beside the last one: clearing any filter returns to it.
const UNFILTERED_PASSES = new WeakMap<DatasetIndex, FilterPass>();

/**
 * Articles passing the locality and text filters on their own fields, plus any article holding a
 * passing figure. With a category filter, only articles holding a passing figure remain.
 */
export function selectFilteredArticles(
  index: DatasetIndex,
  filters: Filters,
  query: string,
  figures: readonly Figure[],
  pinyin: PinyinMatcher | null = null,
): Article[] {
  const holding = new Set(figures.map((f) => f.articleId));
  const places = selectLocalitySet(index, filters.localities);
  const terms = splitTerms(query);
  return index.dataset.articles.filter((article) => {
    if (holding.has(article.id)) return true;
    if (filters.categories.length > 0) return false;
    if (filters.years.length > 0 && !filters.years.includes(selectArticleYear(article))) return false;
    const placed = places === null || (article.localityId !== null && places.has(article.localityId));
    return placed && (terms.length === 0 || matchesTerms(readSearchTexts(index, article, articleTexts), terms, pinyin));
  });
}

/** The selected places with everything below them, or null when nothing is selected. */
export function selectLocalitySet(index: DatasetIndex, selected: readonly string[]): Set<string> | null {
  if (selected.length === 0) return null;
  const ids = new Set<string>();
  for (const id of selected) for (const below of index.subtree.get(id) ?? [id]) ids.add(below);
  return ids;
}

/** The year an article was published (`2023`), or UNDATED when it prints no date. */
export function selectArticleYear(article: Article | undefined): string {
  return article?.date?.slice(0, 4) ?? UNDATED;
}

/** Figures per category. */
export function countByCategory(figures: readonly Figure[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const figure of figures) counts.set(figure.category, (counts.get(figure.category) ?? 0) + 1);
  return counts;
}

/** Figures per locality, each figure counted for its place and every place above it. */
export function countByLocality(index: DatasetIndex, figures: readonly Figure[]): Map<string, number> {
  const own = new Map<string, number>();
  for (const figure of figures) if (figure.localityId !== null) own.set(figure.localityId, (own.get(figure.localityId) ?? 0) + 1);
  return addUpChains(index, own);
}

/** Each place's own count added to it and to every place above it: as many walks as places, not as figures. */
function addUpChains(index: DatasetIndex, own: ReadonlyMap<string, number>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [place, count] of own) {
    const seen = new Set<string>(); // guards against a parent loop the checker would already have reported
    let id: string | null = place;
    while (id !== null && !seen.has(id)) {
      seen.add(id);
      counts.set(id, (counts.get(id) ?? 0) + count);
      id = index.localities.get(id)?.parentId ?? null;
    }
  }
  return counts;
}

function splitTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/u).filter((term) => term !== '');
}

/** What a search looks at in one record: its texts, and them joined in lower case. */
interface SearchTexts {
  texts: readonly string[];
  haystack: string;
}

// An article's texts joined once per article and index (10,000 articles: no need to do better).
const searchTextsOfIndex = new WeakMap<DatasetIndex, WeakMap<object, SearchTexts>>();

function readSearchTexts<T extends object>(index: DatasetIndex, record: T, collect: (index: DatasetIndex, record: T) => string[]): SearchTexts {
  let cache = searchTextsOfIndex.get(index);
  if (!cache) searchTextsOfIndex.set(index, (cache = new WeakMap()));
  let found = cache.get(record);
  if (!found) {
    const texts = collect(index, record);
    cache.set(record, (found = { texts, haystack: texts.join('\n').toLowerCase() }));
  }
  return found;
}

function matchesTerms({ texts, haystack }: SearchTexts, terms: readonly string[], pinyin: PinyinMatcher | null): boolean {
  return terms.every((term) => {
    if (haystack.includes(term)) return true;
    const letters = pinyin === null ? null : normalizePinyin(term);
    return letters !== null && texts.some((text) => pinyin?.matches(text, letters));
  });
}

function articleTexts(index: DatasetIndex, article: Article): string[] {
  const locality = article.localityId === null ? undefined : index.localities.get(article.localityId);
  return [article.title, article.subtitle ?? '', ...(locality ? [locality.fullName, ...locality.aliases] : [])];
}
