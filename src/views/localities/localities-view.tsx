import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { ColumnMenu } from '../../components/column-menu';
import { DataTable } from '../../components/data-table';
import { ExportButtons } from '../../components/export-buttons';
import { useDataTable } from '../../components/use-data-table';
import { CATEGORIES } from '../../dataset/schema';
import { selectExportColumns } from '../../lib/select-export-columns';
import { hrefForView } from '../../lib/url-state';
import { useLatest } from '../../lib/use-latest';
import type { ViewProps } from '../../lib/view-props';
import { createLocalityColumns, createLocalityExportParts } from './locality-columns';
import { selectLocalityRows } from './select-locality-rows';

/** Every place in scope with its chain, level and figures per category; a name opens the place. */
export function LocalitiesView({ index, state, figures, update }: ViewProps) {
  const { t } = useI18n();
  const rows = useMemo(() => selectLocalityRows(index, state.filters.localities, figures), [index, state.filters.localities, figures]);
  const categories = useMemo(() => CATEGORIES.filter((c) => figures.some((f) => f.category === c)), [figures]);
  const latestState = useLatest(state);
  const columns = useMemo(
    () => createLocalityColumns(t, categories, (id) => hrefForView(latestState.current, 'locality', id)),
    [t, categories, latestState],
  );
  const exportParts = useMemo(() => createLocalityExportParts(t, categories), [t, categories]);
  const table = useDataTable({ rows, columns, view: state, onViewChange: update, getRowId: (r) => r.id });
  return (
    <section aria-labelledby="localities-title">
      <h2 id="localities-title">{t('localities.title')}</h2>
      <div className="table-tools">
        <ColumnMenu table={table} />
        <ExportButtons
          view="localities"
          table={() => ({
            rows: table.sortedRows,
            columns: selectExportColumns(table.getVisibleLeafColumns().map((c) => c.id), exportParts),
          })}
        />
      </div>
      <DataTable table={table} caption={t('localities.title')} />
    </section>
  );
}
