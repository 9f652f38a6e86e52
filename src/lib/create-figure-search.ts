import type { Figure } from '../dataset/schema';
import type { DatasetIndex } from './create-dataset-index';
import type { PinyinMatcher } from './load-pinyin';
import { normalizePinyin } from './match-pinyin';

/**
 * Every figure a filter looks at, in the order of the filter pass: the dataset's figures, then the
 * ones marked wrong in review. One array per index, so a search index's positions stay its own.
 */
export function readFilterPool(index: DatasetIndex): readonly Figure[] {
  let pool = POOLS.get(index);
  if (!pool) {
    const figures = index.dataset.figures;
    pool = index.rejected.size === 0 ? figures : [...figures, ...[...index.rejected.values()].map((r) => r.figure)];
    POOLS.set(index, pool);
  }
  return pool;
}

const POOLS = new WeakMap<DatasetIndex, readonly Figure[]>();

/**
 * Each pool figure's searched texts as numbers into one list of distinct texts: its own words,
 * metric, unit, file and article title. 85,698 figures hold about a third as many distinct texts,
 * so a search matches each distinct text once instead of looking texts up figure by figure.
 */
interface FigureSearchIndex {
  texts: string[];
  /** One column per searched field, pool position → place in `texts`. */
  fields: Int32Array[];
  /** Pool position → place in `places`, -1 for a figure without one. */
  placeOf: Int32Array;
  places: string[];
}

const SEARCH_INDEXES = new WeakMap<DatasetIndex, FigureSearchIndex>();

/** Builds the index's search index now, for idle time after the first screen; a search builds it itself otherwise. */
export function prepareFigureSearch(index: DatasetIndex): void {
  findSearchIndex(index);
}

function findSearchIndex(index: DatasetIndex): FigureSearchIndex {
  let found = SEARCH_INDEXES.get(index);
  if (!found) SEARCH_INDEXES.set(index, (found = buildSearchIndex(index)));
  return found;
}

function buildSearchIndex(index: DatasetIndex): FigureSearchIndex {
  const pool = readFilterPool(index);
  const texts: string[] = [];
  const textIds = new Map<string, number>();
  const idOf = (text: string): number => {
    let id = textIds.get(text);
    if (id === undefined) textIds.set(text, (id = texts.push(text) - 1));
    return id;
  };
  const readers: ((figure: Figure) => string)[] = [
    (f) => f.text,
    (f) => f.metric,
    (f) => f.unit,
    (f) => f.sourceFile,
    (f) => index.articles.get(f.articleId)?.title ?? '',
  ];
  const fields = readers.map((read) => Int32Array.from(pool, (figure) => idOf(read(figure))));
  const places: string[] = [];
  const placeIds = new Map<string, number>();
  const placeOf = Int32Array.from(pool, ({ localityId }) => {
    if (localityId === null) return -1;
    let id = placeIds.get(localityId);
    if (id === undefined) placeIds.set(localityId, (id = places.push(localityId) - 1));
    return id;
  });
  return { texts, fields, placeOf, places };
}

// Every character lower-casing changes: capitals, and also Ⅲ (water class Ⅲ类) and Ⓐ, which are not Lu.
const UPPER = /\p{Changes_When_Lowercased}/u;

/** Each distinct entry's answer, asked once: 0 not yet asked, 1 no, 2 yes. */
function rememberByPlace(length: number, compute: (at: number) => boolean): (at: number) => boolean {
  const answers = new Uint8Array(length);
  return (at) => {
    const known = answers[at] as number;
    if (known !== 0) return known === 2;
    const yes = compute(at);
    answers[at] = yes ? 2 : 1;
    return yes;
  };
}

/**
 * Whether the figure at a pool position matches every term on one of its texts: its own words,
 * metric, unit and file, its article's title, its place's names. Each distinct text is matched once
 * per term, through the index's search index (built in idle time, or here on the first search).
 * Terms hold no white space, so matching the texts one by one is matching them joined.
 */
export function createFigureSearch(index: DatasetIndex, terms: readonly string[], pinyin: PinyinMatcher | null): (position: number) => boolean {
  const { texts, fields, placeOf, places } = findSearchIndex(index);
  const matchers = terms.map((term) => {
    const letters = pinyin === null ? null : normalizePinyin(term);
    // Most texts have nothing to fold: lower-casing each would copy it.
    const matches = (text: string): boolean =>
      (UPPER.test(text) ? text.toLowerCase() : text).includes(term) || (letters !== null && pinyin !== null && pinyin.matches(text, letters));
    const matchesText = rememberByPlace(texts.length, (at) => matches(texts[at] as string));
    const matchesPlace = rememberByPlace(places.length, (at) => {
      const locality = index.localities.get(places[at] as string);
      return locality !== undefined && [locality.fullName, ...locality.aliases].some(matches);
    });
    return (position: number): boolean => {
      for (const field of fields) if (matchesText(field[position] as number)) return true;
      const place = placeOf[position] as number;
      return place >= 0 && matchesPlace(place);
    };
  });
  return (position) => matchers.every((matches) => matches(position));
}
