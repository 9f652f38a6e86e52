import { useMemo } from 'react';
import { useI18n } from '../app/i18n/i18n-context';
import { loadChunks, selectChunksOfArticles } from '../lib/load-chunks';
import { selectExportColumns } from '../lib/select-export-columns';
import type { FigureRow } from '../lib/select-figure-rows';
import { useLatest } from '../lib/use-latest';
import { ColumnMenu } from './column-menu';
import { DataTable } from './data-table';
import { ExportButtons } from './export-buttons';
import { createFigureColumns, FIGURE_COLUMNS_HIDDEN, type FigureActions } from './figure-columns';
import { createFigureExportParts } from './figure-export-columns';
import { useDataTable, type TableView } from './use-data-table';

export interface FigureTableProps {
  rows: readonly FigureRow[];
  /** Sort, page and visible columns, kept by the caller (the URL). */
  view: TableView;
  onViewChange: (patch: Partial<TableView>) => void;
  actions: FigureActions;
  /** Names the export files: reform-metrics-<view>-<date>.csv */
  exportName: string;
  caption: string;
}

/** Figures as a sortable, paged table with column choice and exports of every sorted row, visible columns only. */
export function FigureTable({ rows, view, onViewChange, actions, exportName, caption }: FigureTableProps) {
  const { t } = useI18n();
  const latest = useLatest(actions);
  const columns = useMemo(
    () =>
      createFigureColumns(t, {
        openFigure: (id) => latest.current.openFigure(id),
        articleHref: (id) => latest.current.articleHref(id),
        text: actions.text,
      }),
    [t, latest, actions.text],
  );
  const exportParts = useMemo(() => createFigureExportParts(t, actions.text), [t, actions.text]);
  const table = useDataTable({ rows, columns, view, onViewChange, defaultHidden: FIGURE_COLUMNS_HIDDEN, getRowId: (row) => row.id });
  const visibleColumns = () => table.getVisibleLeafColumns().map((c) => c.id);
  return (
    <section className="figure-table">
      <div className="table-tools">
        <ColumnMenu table={table} />
        <ExportButtons
          view={exportName}
          table={() => ({
            rows: table.sortedRows,
            columns: selectExportColumns(visibleColumns(), exportParts),
          })}
          // With the sentence column shown, the export waits for the chunks of every exported row's article.
          prepare={async ({ rows: exported }, progress) => {
            if (!visibleColumns().includes('sentence')) return;
            await loadChunks(actions.text, selectChunksOfArticles(actions.text, exported.map((r) => r.articleId)), progress);
          }}
        />
      </div>
      <DataTable table={table} caption={caption} />
    </section>
  );
}
