import type { Figure, Indicator } from '../../dataset/schema';
import type { DatasetIndex } from '../../lib/create-dataset-index';

/** An indicator the figures report, with how many places and comparable figures report it. */
export interface IndicatorOption {
  indicator: Indicator;
  localities: number;
  figures: number;
}

/**
 * The indicators with at least one comparable figure (placed, no anecdote), in table order, each with
 * how many places report it. @example selectIndicatorOptions(index, figures)[0] // { indicator: 审批时限, localities: 2, figures: 3 }
 */
export function selectIndicatorOptions(index: DatasetIndex, figures: readonly Figure[]): IndicatorOption[] {
  const places = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const figure of figures) {
    if (figure.indicatorId === null || figure.anecdote || figure.localityId === null) continue;
    let set = places.get(figure.indicatorId);
    if (!set) places.set(figure.indicatorId, (set = new Set()));
    set.add(figure.localityId);
    counts.set(figure.indicatorId, (counts.get(figure.indicatorId) ?? 0) + 1);
  }
  return index.dataset.indicators.flatMap((indicator) => {
    const localities = places.get(indicator.id)?.size ?? 0;
    return localities > 0 ? [{ indicator, localities, figures: counts.get(indicator.id) ?? 0 }] : [];
  });
}

/** The indicator to compare: the chosen one while reported, else the one most places report (then most figures). */
export function resolveIndicator(options: readonly IndicatorOption[], chosen: string | null): Indicator | null {
  const found = options.find((o) => o.indicator.id === chosen);
  if (found) return found.indicator;
  let best: IndicatorOption | null = null;
  for (const o of options) if (best === null || o.localities > best.localities || (o.localities === best.localities && o.figures > best.figures)) best = o;
  return best?.indicator ?? null;
}
