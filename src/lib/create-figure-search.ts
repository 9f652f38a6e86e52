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
  /** `texts` in lower case, the same string where lower-casing changes nothing (most). */
  folded: string[];
  /** One column per searched field, pool position → place in `texts`. */
  fields: Int32Array[];
  /** Pool position → place in `places`, -1 for a figure without one. */
  placeOf: Int32Array;
  places: string[];
}

// Every character lower-casing changes: capitals, and also Ⅲ (water class Ⅲ类) and Ⓐ, which are not Lu.
const UPPER = /\p{Changes_When_Lowercased}/u;

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
  // Folded here, in idle time: testing each text for capitals on the first search took a third of its matching.
  const folded = texts.map((text) => (UPPER.test(text) ? text.toLowerCase() : text));
  return { texts, folded, fields, placeOf, places };
}

/**
 * Whether the figure at a pool position matches every term on one of its texts: its own words,
 * metric, unit and file, its article's title, its place's names. Each distinct text is matched once
 * per term, through the index's search index (built in idle time, or here on the first search).
 * Terms hold no white space, so matching the texts one by one is matching them joined.
 */
export function createFigureSearch(index: DatasetIndex, terms: readonly string[], pinyin: PinyinMatcher | null): (position: number) => boolean {
  const { texts, folded, fields, placeOf, places } = findSearchIndex(index);
  const matchers = terms.map((term) => {
    const letters = pinyin === null ? null : normalizePinyin(term);
    const matchesPinyin = (text: string): boolean => letters !== null && pinyin !== null && pinyin.matches(text, letters);
    const matchesText = (at: number): boolean => (folded[at] as string).includes(term) || matchesPinyin(texts[at] as string);
    // Most texts have nothing to fold: lower-casing each would copy it.
    const matches = (text: string): boolean => (UPPER.test(text) ? text.toLowerCase() : text).includes(term) || matchesPinyin(text);
    const matchesPlace = (at: number): boolean => {
      const locality = index.localities.get(places[at] as string);
      return locality !== undefined && [locality.fullName, ...locality.aliases].some(matches);
    };
    // Each distinct text's and place's answer, asked once: 0 not yet asked, 1 no, 2 yes. Read in one
    // loop over typed arrays: a closure per field and per answer cost most of a first search's 40 ms.
    const textAnswers = new Uint8Array(texts.length);
    const placeAnswers = new Uint8Array(places.length);
    return (position: number): boolean => {
      for (const field of fields) {
        const at = field[position] as number;
        let answer = textAnswers[at] as number;
        if (answer === 0) textAnswers[at] = answer = matchesText(at) ? 2 : 1;
        if (answer === 2) return true;
      }
      const place = placeOf[position] as number;
      if (place < 0) return false;
      let answer = placeAnswers[place] as number;
      if (answer === 0) placeAnswers[place] = answer = matchesPlace(place) ? 2 : 1;
      return answer === 2;
    };
  });
  const [only] = matchers;
  if (matchers.length === 1 && only) return only;
  return (position) => matchers.every((matches) => matches(position));
}
