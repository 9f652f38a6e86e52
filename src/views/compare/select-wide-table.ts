import { CATEGORIES, type Figure, type Indicator, type LocalityLevel } from '../../dataset/schema';
import { compareChinese } from '../../lib/compare-chinese';
import type { DatasetIndex } from '../../lib/create-dataset-index';
import { selectClaims } from './select-claims';
import { resolveUnit, selectNarrowedClaims, selectUnitOptions } from './select-compare-options';
import { selectComparison, type ComparisonRow } from './select-comparison';

/** A column of the wide table: an indicator, compared in its most used unit. */
export interface WideColumn {
  indicator: Indicator;
  unit: string;
}

/** A row of the wide table: a place, and per indicator id the comparison row that stands for it there. */
export interface WideRow {
  localityId: string;
  locality: string;
  chain: string;
  code: string | null;
  cells: ReadonlyMap<string, ComparisonRow>;
}

/**
 * The locality × indicator table researchers load into R or Stata: rows are the places of one level,
 * columns the indicators (by domain, then table order) that any of them reports, each cell the place's
 * latest level in the indicator's most used unit, within the period when one is chosen.
 */
export function selectWideTable(
  index: DatasetIndex,
  figures: readonly Figure[],
  options: { level: LocalityLevel; period: string | null; rollUp: boolean },
): { columns: WideColumn[]; rows: WideRow[] } {
  const byIndicator = new Map<string, Figure[]>();
  for (const figure of figures) {
    if (figure.indicatorId === null) continue;
    const list = byIndicator.get(figure.indicatorId);
    if (list) list.push(figure);
    else byIndicator.set(figure.indicatorId, [figure]);
  }
  const indicators = [...index.dataset.indicators].sort((a, b) => CATEGORIES.indexOf(a.domain) - CATEGORIES.indexOf(b.domain));
  const columns: WideColumn[] = [];
  const rows = new Map<string, WideRow & { cells: Map<string, ComparisonRow> }>();
  for (const indicator of indicators) {
    const own = byIndicator.get(indicator.id);
    if (!own) continue;
    const levels = selectClaims(index, own, indicator).filter((c) => c.aspect === 'level');
    const unit = resolveUnit(selectUnitOptions(levels), null);
    if (unit === null) continue;
    const narrowed = selectNarrowedClaims(levels, { aspect: 'level', unit, period: options.period });
    const compared = selectComparison(index, narrowed, { level: options.level, rollUp: options.rollUp && indicator.additive });
    if (compared.length === 0) continue;
    columns.push({ indicator, unit });
    for (const cell of compared) {
      let row = rows.get(cell.localityId);
      if (!row) {
        const code = index.localities.get(cell.localityId)?.code ?? null;
        row = { localityId: cell.localityId, locality: cell.locality, chain: cell.chain, code, cells: new Map() };
        rows.set(cell.localityId, row);
      }
      row.cells.set(indicator.id, cell);
    }
  }
  return { columns, rows: [...rows.values()].sort((a, b) => compareChinese(a.chain, b.chain)) };
}
