import {
  columnVisibilityFeature,
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type RowData,
  type SortFn,
} from '@tanstack/react-table';
import { compareChinese } from '../lib/compare-chinese';

/** The one feature set every dashboard table uses: sorting, pagination, column visibility. */
export const TABLE_FEATURES = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
  columnVisibilityFeature,
});
export type DashboardFeatures = typeof TABLE_FEATURES;

/** Sorts by a text of the row, Chinese by pinyin (北京 before 上海). */
export function sortByText<Row extends RowData>(text: (row: Row) => string): SortFn<DashboardFeatures, Row> {
  return (a, b) => compareChinese(text(a.original), text(b.original));
}

/** Sorts by a number of the row; null sorts below every number. */
export function sortByNumber<Row extends RowData>(value: (row: Row) => number | null): SortFn<DashboardFeatures, Row> {
  return (a, b) => {
    const x = value(a.original);
    const y = value(b.original);
    if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
    return x - y;
  };
}

/**
 * Sorts by unit first (by pinyin), then by number within the unit, so that amounts in different
 * units never interleave: every 元 together, every 件 together.
 */
export function sortByUnitThenNumber<Row extends RowData>(
  unit: (row: Row) => string,
  value: (row: Row) => number,
): SortFn<DashboardFeatures, Row> {
  return (a, b) => compareChinese(unit(a.original), unit(b.original)) || value(a.original) - value(b.original);
}
