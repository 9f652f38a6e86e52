import { CATEGORIES, type Article, type Category, type Figure } from '../../dataset/schema';
import { selectLocalityChain, type DatasetIndex } from '../../lib/create-dataset-index';
import { CHAIN_SEPARATOR } from '../../lib/select-figure-rows';

/** The headline numbers of what the filters let through. */
export interface OverviewTotals {
  articles: number;
  localities: number;
  figures: number;
  sources: number;
}

/** One stacked bar: a place and its figures per category. */
export interface LocalityStack {
  localityId: string;
  locality: string;
  chain: string;
  total: number;
  counts: Record<Category, number>;
}

/** Counts of the filtered articles and figures, the places they name and the files they come from. */
export function selectTotals(articles: readonly Article[], figures: readonly Figure[]): OverviewTotals {
  const places = new Set<string>();
  for (const item of [...articles, ...figures]) if (item.localityId !== null) places.add(item.localityId);
  return {
    articles: articles.length,
    localities: places.size,
    figures: figures.length,
    sources: new Set(articles.map((a) => a.sourceId)).size,
  };
}

/** Figures per place (the place a figure names, not its ancestors), biggest first, at most `limit`. */
export function selectLocalityStacks(index: DatasetIndex, figures: readonly Figure[], limit = 20): LocalityStack[] {
  const stacks = new Map<string, LocalityStack>();
  for (const figure of figures) {
    if (figure.localityId === null) continue;
    let stack = stacks.get(figure.localityId);
    if (!stack) {
      stack = {
        localityId: figure.localityId,
        locality: index.localities.get(figure.localityId)?.name ?? figure.localityId,
        chain: selectLocalityChain(index, figure.localityId).join(CHAIN_SEPARATOR),
        total: 0,
        counts: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>,
      };
      stacks.set(figure.localityId, stack);
    }
    stack.total += 1;
    stack.counts[figure.category] += 1;
  }
  return [...stacks.values()].sort((a, b) => b.total - a.total).slice(0, limit);
}

/** What extraction could not place: articles with no figure at all, and filtered figures with no place. */
export function selectGaps(index: DatasetIndex, articles: readonly Article[], figures: readonly Figure[]) {
  const withFigures = new Set(index.dataset.figures.map((f) => f.articleId));
  return {
    articlesWithoutFigures: articles.filter((a) => !withFigures.has(a.id)),
    figuresWithoutLocality: figures.filter((f) => f.localityId === null),
  };
}
