import { useMemo } from 'react';
import { useI18n } from '../app/i18n/i18n-context';
import type { FigureRow } from '../lib/select-figure-rows';
import { useLatest } from '../lib/use-latest';
import type { SortKey } from '../lib/url-state';
import { ColumnMenu } from './column-menu';
import { CsvButton } from './csv-button';
import { DataTable } from './data-table';
import { createFigureColumns, createFigureCsvColumns, type FigureActions } from './figure-columns';
import { useDataTable } from './use-data-table';

export interface FigureTableProps {
  rows: readonly FigureRow[];
  sort: readonly SortKey[];
  onSortChange: (sort: SortKey[]) => void;
  actions: FigureActions;
  /** Names the CSV file: reform-metrics-<view>-<date>.csv */
  exportName: string;
  caption: string;
}

/** Figures as a sortable, paged table with column choice and a CSV export of every sorted row. */
export function FigureTable({ rows, sort, onSortChange, actions, exportName, caption }: FigureTableProps) {
  const { t } = useI18n();
  const latest = useLatest(actions);
  const columns = useMemo(
    () =>
      createFigureColumns(t, {
        openFigure: (id) => latest.current.openFigure(id),
        articleHref: (id) => latest.current.articleHref(id),
      }),
    [t, latest],
  );
  const csvColumns = useMemo(() => createFigureCsvColumns(t), [t]);
  const table = useDataTable({ rows, columns, sort, onSortChange, getRowId: (row) => row.id });
  return (
    <section className="figure-table">
      <div className="table-tools">
        <ColumnMenu table={table} />
        <CsvButton view={exportName} columns={csvColumns} rows={() => table.getSortedRowModel().rows.map((row) => row.original)} />
      </div>
      <DataTable table={table} caption={caption} />
    </section>
  );
}
