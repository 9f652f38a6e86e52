import { compareChinese } from './compare-chinese';
import type { AppArticle } from '../dataset/app-layout';
import type { AppDataset } from '../dataset/read-app-index';
import type { Figure, Locality, Rejection, Source } from '../dataset/schema';
import type { ParagraphStore } from './create-paragraph-store';

/** Lookups every view needs, built once per dataset. */
export interface DatasetIndex {
  dataset: AppDataset;
  articles: ReadonlyMap<string, AppArticle>;
  /** The paragraph text, fetched a chunk at a time: nothing here is needed for the first screen. */
  text: ParagraphStore;
  localities: ReadonlyMap<string, Locality>;
  sources: ReadonlyMap<string, Source>;
  /** Every figure by id, the rejected ones (marked wrong in review) included, so their panel still opens. */
  figures: ReadonlyMap<string, Figure>;
  /** The figures marked wrong, by id, with the reason. */
  rejected: ReadonlyMap<string, Rejection>;
  /** Child localities by parent id; the top of every chain is under `null`. */
  children: ReadonlyMap<string | null, readonly Locality[]>;
  /** An article's figures, rejected ones included: counted before its text has arrived. */
  figuresOfArticle: ReadonlyMap<string, readonly Figure[]>;
  /** A paragraph's figures in text order, rejected ones included (the article view strikes them through). */
  figuresOfParagraph: ReadonlyMap<string, readonly Figure[]>;
  /** Each locality's own id plus the ids of everything below it. */
  subtree: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Indexes a checked dataset. What is derived from the articles, sources and localities is kept per
 * list (by identity), so a dataset that differs only in its figures — every review decision makes
 * one — is indexed again in the time its figures take. Paragraphs are not indexed here: `text`
 * fetches and indexes each chunk when a view first shows text from it.
 */
export function createDatasetIndex(dataset: AppDataset, text: ParagraphStore): DatasetIndex {
  const places = remember(dataset.localities, () => indexLocalities(dataset.localities));
  const rejected = dataset.rejected ?? [];
  const everyFigure = rejected.length === 0 ? dataset.figures : [...dataset.figures, ...rejected.map((r) => r.figure)];
  const figuresOfParagraph = groupBy(everyFigure, (f) => f.paragraphId);
  for (const list of figuresOfParagraph.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);

  return {
    dataset,
    articles: remember(dataset.articles, () => byId(dataset.articles)),
    text,
    localities: places.localities,
    sources: remember(dataset.sources, () => byId(dataset.sources)),
    figures: byId(everyFigure),
    rejected: new Map(rejected.map((r) => [r.figure.id, r])),
    children: places.children,
    figuresOfArticle: groupBy(everyFigure, (f) => f.articleId),
    figuresOfParagraph,
    subtree: places.subtree,
  };
}

function indexLocalities(localities: readonly Locality[]) {
  const children = groupBy(localities, (l) => l.parentId);
  for (const list of children.values()) list.sort((a, b) => compareChinese(a.name, b.name));
  const subtree = new Map<string, Set<string>>();
  const collect = (locality: Locality): Set<string> => {
    const ids = new Set([locality.id]);
    for (const child of children.get(locality.id) ?? []) for (const id of collect(child)) ids.add(id);
    subtree.set(locality.id, ids);
    return ids;
  };
  for (const top of children.get(null) ?? []) collect(top);
  return { children, subtree, localities: byId(localities) };
}

const derived = new WeakMap<object, unknown>();

/** `compute()` once per list: the lists are never changed in place, a changed one is a new array. */
function remember<T>(list: object, compute: () => T): T {
  if (!derived.has(list)) derived.set(list, compute());
  return derived.get(list) as T;
}

/** Names from the top of the chain down to the place: ['湖北省', '十堰市', '郧西县']. */
export function selectLocalityChain(index: DatasetIndex, id: string | null): string[] {
  const locality = id === null ? undefined : index.localities.get(id);
  if (!locality) return [];
  if (locality.path.length > 0) return locality.path;
  return [...selectLocalityChain(index, locality.parentId), locality.name];
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
