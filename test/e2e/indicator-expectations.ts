import type { Dataset, Figure } from '../../src/dataset/schema';

/**
 * What the compare view must show for an indicator, derived from the dataset here and independently
 * of the app's selectors: per place, the values it may show (levels, and after-values of a before-value
 * and its cut) and the texts of every figure it may draw a dot for.
 */
export interface IndicatorExpectation {
  /** After-reform (or plain level) values per locality id, in base units. */
  after: Map<string, number[]>;
  /** Before-values per locality id. */
  before: Map<string, number[]>;
  /** Texts of the figures of the indicator (and their cuts) per locality id. */
  texts: Map<string, string[]>;
}

/** The expected values of one indicator's comparable figures (placed, no anecdote). */
export function findIndicatorExpectation(dataset: Dataset, indicatorId: string): IndicatorExpectation {
  const own = dataset.figures.filter((f) => f.indicatorId === indicatorId && !f.anecdote && f.localityId !== null);
  const expectation: IndicatorExpectation = { after: new Map(), before: new Map(), texts: new Map() };
  const add = <T>(map: Map<string, T[]>, id: string, value: T) => map.set(id, [...(map.get(id) ?? []), value]);
  for (const figure of own) {
    const place = figure.localityId ?? '';
    add(expectation.texts, place, figure.text);
    if (figure.aspect === 'level') add(expectation.after, place, figure.baseValue);
    if (figure.aspect !== 'before') continue;
    add(expectation.before, place, figure.baseValue);
    for (const cut of dataset.figures.filter((f) => f.previousFigureId === figure.id)) {
      const after = applyCut(figure, cut);
      if (after === null) continue;
      add(expectation.texts, place, cut.text);
      add(expectation.after, place, after);
    }
  }
  return expectation;
}

// 压缩至一半 (share 50%) keeps half; 压缩60% (change −60%) keeps 40%; 减少8个工作日 subtracts 8.
function applyCut(before: Figure, cut: Figure): number | null {
  if (cut.aspect === 'share' && cut.baseUnit === '%') return (before.baseValue * cut.baseValue) / 100;
  if (cut.aspect === 'change' && cut.baseUnit === '%') return before.baseValue * (1 + cut.baseValue / 100);
  if (cut.aspect === 'change' && cut.baseUnit === before.baseUnit) return before.baseValue + cut.baseValue;
  return null;
}
