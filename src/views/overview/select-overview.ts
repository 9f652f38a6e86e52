import { CATEGORIES, type Article, type Category, type Figure, type LocalityLevel } from '../../dataset/schema';
import { compareChinese } from '../../lib/compare-chinese';
import { selectLocalityChain, type DatasetIndex } from '../../lib/create-dataset-index';
import { selectLevelOptions, type LevelOption } from '../../lib/select-level-options';
import { selectLocalityAncestry } from '../../lib/select-locality-ancestry';
import { CHAIN_SEPARATOR } from '../../lib/select-figure-rows';

/** The headline numbers of what the filters let through. */
export interface OverviewTotals {
  articles: number;
  localities: number;
  figures: number;
  sources: number;
}

/** One stacked bar: a place and its figures per category, its sub-places' included. */
export interface LocalityStack {
  localityId: string;
  locality: string;
  chain: string;
  /** Figures of the place and of every place below it, as the locality filter and the localities table count. */
  total: number;
  /** Of those, the figures placed on the place itself. */
  own: number;
  counts: Record<Category, number>;
}

/** Counts of the filtered articles and figures, the places they name and the files they come from. */
export function selectTotals(articles: readonly Article[], figures: readonly Figure[]): OverviewTotals {
  const places = new Set<string>();
  for (const list of [articles, figures]) for (const item of list) if (item.localityId !== null) places.add(item.localityId);
  return {
    articles: articles.length,
    localities: places.size,
    figures: figures.length,
    sources: new Set(articles.map((a) => a.sourceId)).size,
  };
}

/**
 * One stack per place of `level`, counting each figure for its place and every place above it (a town's
 * figures count for its county too), biggest first, then by name. Places with no figure are left out.
 */
export function selectLocalityStacks(index: DatasetIndex, figures: readonly Figure[], level: LocalityLevel): LocalityStack[] {
  const stacks = new Map<string, LocalityStack>();
  for (const figure of figures) {
    for (const id of selectLocalityAncestry(index, figure.localityId)) {
      const locality = index.localities.get(id);
      if (locality?.level !== level) continue;
      let stack = stacks.get(id);
      if (!stack) {
        stack = {
          localityId: id,
          locality: locality.name,
          chain: selectLocalityChain(index, id).join(CHAIN_SEPARATOR),
          total: 0,
          own: 0,
          counts: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>,
        };
        stacks.set(id, stack);
      }
      stack.total += 1;
      stack.own += id === figure.localityId ? 1 : 0;
      stack.counts[figure.category] += 1;
    }
  }
  return [...stacks.values()].sort((a, b) => b.total - a.total || compareChinese(a.locality, b.locality));
}

/** The levels the overview can show: every place holding a figure, or above one, counted at its level. */
export function selectOverviewLevels(index: DatasetIndex, figures: readonly Figure[]): LevelOption[] {
  const places = new Set<string>();
  for (const figure of figures) for (const id of selectLocalityAncestry(index, figure.localityId)) places.add(id);
  return selectLevelOptions(index, places);
}

/** What extraction could not place: articles with no figure at all, and filtered figures with no place. */
export function selectGaps(index: DatasetIndex, articles: readonly Article[], figures: readonly Figure[]) {
  const withFigures = new Set(index.dataset.figures.map((f) => f.articleId));
  return {
    articlesWithoutFigures: articles.filter((a) => !withFigures.has(a.id)),
    figuresWithoutLocality: figures.filter((f) => f.localityId === null),
  };
}
