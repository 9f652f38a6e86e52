import type { Article, Figure } from '../dataset/schema';
import type { DatasetIndex } from './create-dataset-index';
import type { PinyinMatcher } from './load-pinyin';
import { normalizePinyin } from './match-pinyin';
import { selectReviewStatus } from './select-review';
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
  const places = ignore === 'localities' ? null : selectLocalitySet(index, filters.localities);
  const categories = ignore === 'categories' || filters.categories.length === 0 ? null : new Set(filters.categories);
  const years = ignore === 'years' || filters.years.length === 0 ? null : new Set(filters.years);
  const terms = splitTerms(query);
  const review = ignore === 'review' ? null : filters.review;
  const rejected = index.rejected.size === 0 ? [] : [...index.rejected.values()].map((r) => r.figure);
  const pool = review === 'wrong' ? rejected : ignore === 'review' ? [...index.dataset.figures, ...rejected] : index.dataset.figures;
  return pool.filter(
    (figure) =>
      (review === null || review === 'wrong' || selectReviewStatus(figure) === review) &&
      (places === null || (figure.localityId !== null && places.has(figure.localityId))) &&
      (categories === null || categories.has(figure.category)) &&
      (years === null || years.has(selectArticleYear(index.articles.get(figure.articleId)))) &&
      (terms.length === 0 || matchesTerms(readSearchTexts(index, figure, figureTexts), terms, pinyin)),
  );
}

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

/** Figures per publication year of their article, UNDATED included. */
export function countByYear(index: DatasetIndex, figures: readonly Figure[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const figure of figures) {
    const year = selectArticleYear(index.articles.get(figure.articleId));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}

/** Figures per category. */
export function countByCategory(figures: readonly Figure[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const figure of figures) counts.set(figure.category, (counts.get(figure.category) ?? 0) + 1);
  return counts;
}

/** Figures per locality, each figure counted for its place and every place above it. */
export function countByLocality(index: DatasetIndex, figures: readonly Figure[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const figure of figures) {
    const seen = new Set<string>(); // guards against a parent loop the checker would already have reported
    let id = figure.localityId;
    while (id !== null && !seen.has(id)) {
      seen.add(id);
      counts.set(id, (counts.get(id) ?? 0) + 1);
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

// Joined once per record and index: a search filters every figure five times per keystroke (the
// list and each filter control's counts), and the joining was most of that time.
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

function figureTexts(index: DatasetIndex, figure: Figure): string[] {
  const locality = figure.localityId === null ? undefined : index.localities.get(figure.localityId);
  return [
    figure.text,
    figure.metric,
    figure.unit,
    figure.sourceFile,
    index.articles.get(figure.articleId)?.title ?? '',
    ...(locality ? [locality.fullName, ...locality.aliases] : []),
  ];
}

function articleTexts(index: DatasetIndex, article: Article): string[] {
  const locality = article.localityId === null ? undefined : index.localities.get(article.localityId);
  return [article.title, article.subtitle ?? '', ...(locality ? [locality.fullName, ...locality.aliases] : [])];
}
