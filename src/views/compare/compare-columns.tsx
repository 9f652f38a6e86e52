import { createColumnHelper } from '@tanstack/react-table';
import type { Translate } from '../../app/i18n/translate';
import { sortByNumber, sortByText, type DashboardFeatures } from '../../components/table-features';
import { formatQualifiedValue } from '../../lib/format-number';
import type { ExportColumn } from '../../lib/export-column';
import type { ComparisonBar } from './select-comparison';

const column = createColumnHelper<DashboardFeatures, ComparisonBar>();

/** The chart's numbers as a table; the place's button lists its figures and opens the largest. */
export function createCompareColumns(t: Translate, unit: string, select: (bar: ComparisonBar) => void) {
  return column.columns([
    column.accessor('locality', {
      header: t('column.locality'),
      sortFn: sortByText((r) => r.locality),
      cell: (info) => (
        <button type="button" className="link-button" title={info.row.original.chain} onClick={() => select(info.row.original)}>
          {info.getValue()}
        </button>
      ),
    }),
    column.accessor('value', {
      header: t('column.value'),
      sortFn: sortByNumber((r) => r.valueMax ?? r.value),
      cell: (info) => <span className="number">{formatQualifiedValue({ ...info.row.original.figure, baseUnit: unit })}</span>,
    }),
    column.accessor((r) => r.figures.length, { id: 'count', header: t('column.count'), sortFn: sortByNumber((r) => r.figures.length) }),
    column.accessor((r) => r.figure.metric, { id: 'metric', header: t('column.metric'), sortFn: sortByText((r) => r.figure.metric) }),
  ]);
}

/** The compare table as exported, headers and enumerations in the UI's language. */
export function createCompareCsvColumns(t: Translate, unit: string): ExportColumn<ComparisonBar>[] {
  return [
    { header: t('column.locality'), kind: 'text', value: (r) => r.locality },
    { header: t('column.chain'), kind: 'text', value: (r) => r.chain },
    { header: `${t('column.value')} (${unit})`, kind: 'number', value: (r) => r.value },
    { header: `${t('column.valueMax')} (${unit})`, kind: 'number', value: (r) => r.valueMax },
    { header: t('column.qualifier'), kind: 'text', value: (r) => t(`qualifier.${r.qualifier}`) },
    { header: t('column.count'), kind: 'number', value: (r) => r.figures.length },
    { header: t('column.metric'), kind: 'text', value: (r) => r.figure.metric },
    { header: t('column.text'), kind: 'text', value: (r) => r.figure.text },
  ];
}
