import {
  useTable,
  type ColumnDef,
  type PaginationState,
  type RowData,
  type SortingState,
  type Updater,
  type ColumnVisibilityState,
} from '@tanstack/react-table';
import { useEffect, useMemo } from 'react';
import { scheduleIdleTasks } from '../lib/schedule-idle-tasks';
import type { SortKey } from '../lib/url-state';
import { keysOfValues, prepareRanks, sortByRanks, type RankedSort } from './sort-by-ranks';
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

/**
 * A TanStack Table v9 instance whose sort, page and visible columns all live outside the table, and
 * `sortedRows`: every row in the order shown. The rows are sorted here by ranks (sort-by-ranks.ts) and
 * TanStack gets only the page shown: at 100,000 figures, making TanStack rows of all of them took
 * 40–50 ms and most of the garbage of every filter change.
 */
export function useDataTable<Row extends RowData>(options: DataTableOptions<Row>) {
  const { view, onViewChange, rows, getRowId, defaultHidden = [] } = options;
  const sortKey = JSON.stringify(view.sort.length > 0 ? view.sort : (options.defaultSort ?? []));
  // A new sorting array on every render would make the table re-sort on every render.
  const sorting = useMemo<SortingState>(() => JSON.parse(sortKey) as SortingState, [sortKey]);
  const ids = options.columns.map(columnId);
  // Controlled state keeps its identity while unchanged: the table publishes it after every render.
  const visibilityKey = JSON.stringify(toVisibility(ids, view.columns, defaultHidden));
  const visibility = useMemo<ColumnVisibilityState>(() => JSON.parse(visibilityKey) as ColumnVisibilityState, [visibilityKey]);
  const keysByColumn = useMemo(() => selectSortKeys(options.columns), [options.columns]);
  const sortedRows = useMemo(() => {
    const sorts = sorting.flatMap((sort): RankedSort<Row>[] => {
      const keysOf = keysByColumn.get(sort.id);
      return keysOf ? [{ keysOf, desc: sort.desc }] : [];
    });
    return sortByRanks(rows, sorts);
  }, [rows, sorting, keysByColumn]);
  // The first press on a header used to rank every row by that column (for a text column, its texts by
  // pinyin: 40–130 ms at 85,000 figures). Each shown column's ranks are made in idle time once the rows
  // show, one column per idle period and cancelled with new rows, so a first press only orders them.
  useEffect(() => {
    const shown = [...keysByColumn].filter(([id]) => visibility[id] !== false);
    return scheduleIdleTasks(shown.map(([, keysOf]) => () => prepareRanks(rows, keysOf)));
  }, [rows, keysByColumn, visibility]);
  const pageSize = view.pageSize ?? DEFAULT_PAGE_SIZE;
  const lastPage = Math.max(0, Math.ceil(rows.length / pageSize) - 1);
  // A link may name a page the rows no longer reach (after a filter elsewhere): show the last one.
  const pageIndex = Math.min(view.page - 1, lastPage);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex, pageSize }), [pageIndex, pageSize]);
  const page = useMemo(() => sortedRows.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize), [sortedRows, pageIndex, pageSize]);
  const table = useTable({
    features: TABLE_FEATURES,
    data: page,
    columns: options.columns,
    ...(getRowId ? { getRowId: (row: Row) => getRowId(row) } : {}),
    state: { sorting, pagination, columnVisibility: visibility },
    manualSorting: true,
    manualPagination: true,
    rowCount: rows.length,
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
  return Object.assign(table, { sortedRows });
}

export type DataTableInstance<Row extends RowData> = ReturnType<typeof useDataTable<Row>>;

function columnId<Row extends RowData>(column: ColumnDef<DashboardFeatures, Row, unknown>): string {
  return column.id ?? ('accessorKey' in column ? String(column.accessorKey) : '');
}

/**
 * Each sortable column's key function: its sort function's keys (table-features.ts), or else its
 * cell values. Made once per column list, so ranks made for a column are found again.
 */
function selectSortKeys<Row extends RowData>(columns: readonly ColumnDef<DashboardFeatures, Row, unknown>[]): Map<string, (rows: readonly Row[]) => Float64Array[]> {
  const keys = new Map<string, (rows: readonly Row[]) => Float64Array[]>();
  for (const column of columns) {
    if (column.enableSorting === false) continue;
    const sortFn = column.sortFn as { keysOf?: (rows: readonly Row[]) => Float64Array[] } | undefined;
    if (sortFn?.keysOf) keys.set(columnId(column), sortFn.keysOf);
    else if ('accessorFn' in column && column.accessorFn) {
      const accessor = column.accessorFn;
      keys.set(columnId(column), keysOfValues((row: Row) => accessor(row, 0)));
    } else if ('accessorKey' in column) {
      const key = column.accessorKey as keyof Row;
      keys.set(columnId(column), keysOfValues((row: Row) => row[key]));
    }
  }
  return keys;
}

function toVisibility(ids: readonly string[], visible: readonly string[] | null, hidden: readonly string[]): ColumnVisibilityState {
  return Object.fromEntries(ids.map((id) => [id, visible === null ? !hidden.includes(id) : visible.includes(id)]));
}

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(current) : updater;
}
