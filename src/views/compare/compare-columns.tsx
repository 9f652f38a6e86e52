import { createColumnHelper } from '@tanstack/react-table';
import type { Translate } from '../../app/i18n/translate';
import { sortByNumber, sortByText, type DashboardFeatures } from '../../components/table-features';
import type { UnitKind } from '../../dataset/schema';
import type { ExportColumn } from '../../lib/export-column';
import { formatRowPeriod, formatRowValue } from './format-compared';
import type { ComparisonRow } from './select-comparison';

const column = createColumnHelper<DashboardFeatures, ComparisonRow>();

/** Column ids the compare view's sort choice names. */
export const COMPARE_SORT_COLUMNS = { value: 'value', locality: 'locality' } as const;

/** The chart's rows as a table; a place's button shows its claims below the chart. */
export function createCompareColumns(t: Translate, unit: string, kind: UnitKind, select: (row: ComparisonRow) => void) {
  return column.columns([
    column.accessor('locality', {
      id: COMPARE_SORT_COLUMNS.locality,
      header: t('column.locality'),
      sortFn: sortByText((r) => r.locality),
      cell: (info) => (
        <button type="button" className="link-button" title={info.row.original.chain} onClick={() => select(info.row.original)}>
          {info.getValue()}
        </button>
      ),
    }),
    column.accessor('value', {
      id: COMPARE_SORT_COLUMNS.value,
      header: t('wide.value', { name: t('column.value'), unit }),
      sortFn: sortByNumber((r) => r.value),
      cell: (info) => <span className="number">{formatRowValue(info.row.original, unit, kind)}</span>,
    }),
    column.accessor((r) => formatRowPeriod(t, r), { id: 'period', header: t('column.period'), sortFn: sortByText((r) => r.shown?.reference ?? '') }),
    column.accessor((r) => r.claims.length, { id: 'claims', header: t('column.claims'), sortFn: sortByNumber((r) => r.claims.length) }),
    column.accessor('chain', { header: t('column.chain'), sortFn: sortByText((r) => r.chain) }),
  ]);
}

/**
 * The compare table as exported, in its order: the value split into number, upper bound, exactness and
 * whether it is a sum, so a spreadsheet can compute with it; enumerations in the UI's language.
 */
export function createCompareExportColumns(t: Translate, unit: string): ExportColumn<ComparisonRow>[] {
  return [
    { header: t('column.locality'), kind: 'text', value: (r) => r.locality },
    { header: t('wide.value', { name: t('column.value'), unit }), kind: 'number', value: (r) => r.value },
    { header: t('wide.value', { name: t('column.valueMax'), unit }), kind: 'number', value: (r) => r.valueMax },
    { header: t('column.qualifier'), kind: 'text', value: (r) => t(`qualifier.${r.qualifier}`) },
    { header: t('column.rolledUp'), kind: 'text', value: (r) => (r.shown === null ? t('compare.rolledUp', { count: r.parts.length }) : '') },
    { header: t('column.period'), kind: 'text', value: (r) => formatRowPeriod(t, r) },
    { header: t('column.claims'), kind: 'number', value: (r) => r.claims.length },
    { header: t('column.chain'), kind: 'text', value: (r) => r.chain },
  ];
}
