import type { Aspect, Figure, Indicator, LocalityLevel } from '../../dataset/schema';
import type { DatasetIndex } from '../../lib/create-dataset-index';
import { resolveLevel, selectLevelOptions, type LevelOption } from '../../lib/select-level-options';
import { selectLocalityAncestry } from '../../lib/select-locality-ancestry';
import type { UrlState } from '../../lib/url-state';
import { selectClaims } from './select-claims';
import {
  resolveAspect,
  resolvePeriod,
  resolveUnit,
  selectAspectOptions,
  selectNarrowedClaims,
  selectPeriodOptions,
  selectUnitOptions,
  type CountedChoice,
} from './select-compare-options';
import { selectComparison, type ComparisonRow } from './select-comparison';
import { resolveIndicator, selectIndicatorOptions, type IndicatorOption } from './select-indicator-options';

/** Everything the compare view shows: each control's choices, what is chosen, and the rows. */
export interface CompareModel {
  indicators: IndicatorOption[];
  indicator: Indicator | null;
  aspects: CountedChoice<Aspect>[];
  aspect: Aspect | null;
  units: CountedChoice<string>[];
  unit: string | null;
  periods: CountedChoice<string>[];
  /** A year or UNDATED; null for each place's latest claim. */
  period: string | null;
  levels: LevelOption[];
  level: LocalityLevel | null;
  /** Whether rows sum sub-places: asked for, and the indicator is additive. */
  rollUp: boolean;
  rows: ComparisonRow[];
  /** Figures of the indicator the chart leaves out: with no place, or about one private person. */
  leftOut: { unplaced: number; anecdotes: number };
}

/** What the URL says of the comparison; each part may name something the data no longer offers. */
export type CompareChoice = Pick<UrlState, 'indicator' | 'aspect' | 'unit' | 'period' | 'level' | 'rollup'>;

/**
 * The compare view's choices resolved in order, each narrowing the next: indicator, aspect (the level
 * by default), unit (the most used), period (each place's latest by default), level (the one with most
 * places). A choice in the URL that the data no longer offers falls back to the default.
 */
export function selectCompareModel(index: DatasetIndex, figures: readonly Figure[], state: CompareChoice): CompareModel {
  const indicators = selectIndicatorOptions(index, figures);
  const indicator = resolveIndicator(indicators, state.indicator);
  const claims = indicator ? selectClaims(index, figures, indicator) : [];
  const aspects = selectAspectOptions(claims);
  const aspect = resolveAspect(aspects, state.aspect);
  const ofAspect = claims.filter((c) => c.aspect === aspect);
  const units = selectUnitOptions(ofAspect);
  const unit = resolveUnit(units, state.unit);
  const periods = selectPeriodOptions(ofAspect.filter((c) => c.unit === unit));
  const period = resolvePeriod(periods, state.period);
  const narrowed = selectNarrowedClaims(claims, { aspect, unit, period });
  const rollUp = state.rollup && indicator?.additive === true;
  const places = narrowed.map((c) => c.localityId);
  const levels = selectLevelOptions(index, rollUp ? places.flatMap((id) => selectLocalityAncestry(index, id)) : places);
  // The default is the level where most places report themselves: a sum makes every ancestor level
  // look as full as the level below it, and would tip the default to the province.
  const offered = levels.some((l) => l.level === state.level);
  const level = offered ? state.level : resolveLevel(selectLevelOptions(index, places), null);
  const rows = level === null ? [] : selectComparison(index, narrowed, { level, rollUp });
  const own = indicator ? figures.filter((f) => f.indicatorId === indicator.id) : [];
  const leftOut = { unplaced: own.filter((f) => f.localityId === null).length, anecdotes: own.filter((f) => f.anecdote).length };
  return { indicators, indicator, aspects, aspect, units, unit, periods, period, levels, level, rollUp, rows, leftOut };
}
