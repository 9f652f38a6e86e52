import { CATEGORIES, type Category, type Figure, type Qualifier, type UnitKind } from '../../dataset/schema';
import { compareChinese } from '../../lib/compare-chinese';
import { selectLocalityChain, type DatasetIndex } from '../../lib/create-dataset-index';
import { CHAIN_SEPARATOR } from '../../lib/select-figure-rows';

/** A choice of what to compare: a whole category, or one metric label. */
export interface Measure {
  /** `category:<category>` or `metric:<label>`, as kept in the URL. */
  key: string;
  category: Category;
  metric: string | null;
  count: number;
}

/** One bar: a locality and the figure that stands for it. */
export interface ComparisonBar {
  localityId: string;
  locality: string;
  chain: string;
  /** The largest figure of the place for the measure; the bar's value. */
  figure: Figure;
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  unitKind: UnitKind;
  /** Every figure of the place for the measure, largest first. */
  figures: Figure[];
}

/** Categories and, under each, metric labels, with how many figures each covers. */
export function selectMeasures(figures: readonly Figure[]): Measure[] {
  const measures: Measure[] = [];
  for (const category of CATEGORIES) {
    const inCategory = figures.filter((f) => f.category === category);
    if (inCategory.length === 0) continue;
    measures.push({ key: `category:${category}`, category, metric: null, count: inCategory.length });
    const metrics = new Map<string, number>();
    for (const f of inCategory) if (f.metric !== '') metrics.set(f.metric, (metrics.get(f.metric) ?? 0) + 1);
    [...metrics]
      .sort(([a], [b]) => compareChinese(a, b))
      .forEach(([metric, count]) => measures.push({ key: `metric:${metric}`, category, metric, count }));
  }
  return measures;
}

/** The figures a measure key covers. */
export function selectMeasured(figures: readonly Figure[], key: string | null): Figure[] {
  const [kind, name] = key === null ? [] : [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'category') return figures.filter((f) => f.category === name);
  if (kind === 'metric') return figures.filter((f) => f.metric === name);
  return [];
}

/** Base units of the measured figures, most used first: only like is compared with like. */
export function selectUnits(measured: readonly Figure[]): { unit: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of measured) counts.set(f.baseUnit, (counts.get(f.baseUnit) ?? 0) + 1);
  return [...counts].map(([unit, count]) => ({ unit, count })).sort((a, b) => b.count - a.count || compareChinese(a.unit, b.unit));
}

/**
 * One bar per place, for figures in one base unit. A place that reports the measure several times
 * is shown by its largest figure (summing would double-count repeats); all of them stay listed.
 * Figures with no place cannot be compared and are left out.
 */
export function selectComparison(index: DatasetIndex, measured: readonly Figure[], unit: string): ComparisonBar[] {
  const byPlace = new Map<string, [Figure, ...Figure[]]>();
  for (const f of measured) {
    if (f.baseUnit !== unit || f.localityId === null) continue;
    const list = byPlace.get(f.localityId);
    if (list) list.push(f); // appending in place: copying the list per figure was quadratic in a place's figures
    else byPlace.set(f.localityId, [f]);
  }
  return [...byPlace].map(([localityId, figures]) => {
    figures.sort((a, b) => top(b) - top(a));
    const [figure] = figures;
    return {
      localityId,
      locality: index.localities.get(localityId)?.name ?? localityId,
      chain: selectLocalityChain(index, localityId).join(CHAIN_SEPARATOR),
      figure,
      value: figure.baseValue,
      valueMax: figure.baseValueMax,
      qualifier: figure.qualifier,
      unitKind: figure.unitKind,
      figures,
    };
  });
}

function top(figure: Figure): number {
  return figure.baseValueMax ?? figure.baseValue;
}
