import { useTable, type ColumnDef, type RowData, type SortingState, type Updater } from '@tanstack/react-table';
import { TABLE_FEATURES, type DashboardFeatures } from './table-features';
import type { SortKey } from '../lib/url-state';

export interface DataTableOptions<Row extends RowData> {
  rows: readonly Row[];
  columns: ColumnDef<DashboardFeatures, Row, unknown>[];
  /** The sort, owned by the caller (the URL) so that reload and links restore it. */
  sort: readonly SortKey[];
  onSortChange: (sort: SortKey[]) => void;
  pageSize?: number;
  getRowId?: (row: Row) => string;
}

/** A TanStack Table v9 instance whose sort lives outside the table; pages and columns live inside. */
export function useDataTable<Row extends RowData>(options: DataTableOptions<Row>) {
  const sorting: SortingState = options.sort.map((s) => ({ id: s.id, desc: s.desc }));
  const { getRowId } = options;
  return useTable({
    features: TABLE_FEATURES,
    data: options.rows,
    columns: options.columns,
    ...(getRowId ? { getRowId: (row: Row) => getRowId(row) } : {}),
    initialState: { pagination: { pageIndex: 0, pageSize: options.pageSize ?? 50 } },
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      options.onSortChange(typeof updater === 'function' ? updater(sorting) : updater);
    },
    enableSortingRemoval: true,
  });
}

export type DataTableInstance<Row extends RowData> = ReturnType<typeof useDataTable<Row>>;
