import {
  useTable,
  type ColumnDef,
  type PaginationState,
  type RowData,
  type SortingState,
  type Updater,
  type ColumnVisibilityState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import type { SortKey } from '../lib/url-state';
import { TABLE_FEATURES, type DashboardFeatures } from './table-features';

/** Rows per page when the URL names none. */
export const DEFAULT_PAGE_SIZE = 50;

/** What a table shows, kept by the caller (the URL) so that reload and links restore it. */
export interface TableView {
  sort: SortKey[];
  /** From 1. */
  page: number;
  /** Null for DEFAULT_PAGE_SIZE. */
  pageSize: number | null;
  /** Visible column ids in order; null for every column but `defaultHidden`. */
  columns: string[] | null;
}

export interface DataTableOptions<Row extends RowData> {
  rows: readonly Row[];
  columns: ColumnDef<DashboardFeatures, Row, unknown>[];
  view: TableView;
  onViewChange: (patch: Partial<TableView>) => void;
  /** The sort while the view names none. */
  defaultSort?: readonly SortKey[];
  /** Columns left out until the column menu turns them on. */
  defaultHidden?: readonly string[];
  getRowId?: (row: Row) => string;
}

/** A TanStack Table v9 instance whose sort, page and visible columns all live outside the table. */
export function useDataTable<Row extends RowData>(options: DataTableOptions<Row>) {
  const { view, onViewChange, rows, getRowId, defaultHidden = [] } = options;
  const sortKey = JSON.stringify(view.sort.length > 0 ? view.sort : (options.defaultSort ?? []));
  // A new sorting array on every render would make the table re-sort on every render.
  const sorting = useMemo<SortingState>(() => JSON.parse(sortKey) as SortingState, [sortKey]);
  const ids = options.columns.map((c) => c.id ?? ('accessorKey' in c ? String(c.accessorKey) : ''));
  // Controlled state keeps its identity while unchanged: the table publishes it after every render.
  const visibilityKey = JSON.stringify(toVisibility(ids, view.columns, defaultHidden));
  const visibility = useMemo<ColumnVisibilityState>(() => JSON.parse(visibilityKey) as ColumnVisibilityState, [visibilityKey]);
  const pageSize = view.pageSize ?? DEFAULT_PAGE_SIZE;
  const lastPage = Math.max(0, Math.ceil(rows.length / pageSize) - 1);
  // A link may name a page the rows no longer reach (after a filter elsewhere): show the last one.
  const pageIndex = Math.min(view.page - 1, lastPage);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex, pageSize }), [pageIndex, pageSize]);
  return useTable({
    features: TABLE_FEATURES,
    data: rows,
    columns: options.columns,
    ...(getRowId ? { getRowId: (row: Row) => getRowId(row) } : {}),
    state: { sorting, pagination, columnVisibility: visibility },
    // The URL resets the page on a new filter or sort; the table must not reset it on its own.
    autoResetPageIndex: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      onViewChange({ sort: resolve(updater, sorting) });
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = resolve(updater, pagination);
      onViewChange({ page: next.pageIndex + 1, pageSize: next.pageSize === DEFAULT_PAGE_SIZE ? null : next.pageSize });
    },
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) => {
      const visible = ids.filter((id) => resolve(updater, visibility)[id] !== false);
      const isDefault = visible.join() === ids.filter((id) => !defaultHidden.includes(id)).join();
      onViewChange({ columns: isDefault ? null : visible });
    },
    enableSortingRemoval: true,
  });
}

export type DataTableInstance<Row extends RowData> = ReturnType<typeof useDataTable<Row>>;

function toVisibility(ids: readonly string[], visible: readonly string[] | null, hidden: readonly string[]): ColumnVisibilityState {
  return Object.fromEntries(ids.map((id) => [id, visible === null ? !hidden.includes(id) : visible.includes(id)]));
}

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(current) : updater;
}
