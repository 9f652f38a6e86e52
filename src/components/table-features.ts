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

/**
 * Sorts by a text of the row, Chinese by pinyin (北京 before 上海). The collator is slow next to a
 * number comparison, and a sort of 100,000 rows makes 1.7 million comparisons: so the distinct texts
 * are ranked by the collator once (a few thousand places, metrics, titles) and the sort compares
 * ranks. Ranks of a superset order any subset rightly, so they are kept across filters and ranked
 * again only when a text turns up that they lack (a review decision, another table's rows).
 */
export function sortByText<Row extends RowData>(text: (row: Row) => string): SortFn<DashboardFeatures, Row> {
  let ranks = new Map<string, number>();
  const rankOf = (row: Row, table: { getPreSortedRowModel: () => { rows: readonly { original: Row }[] } }): number => {
    const found = ranks.get(text(row));
    if (found !== undefined) return found;
    const distinct = new Set([...ranks.keys(), ...table.getPreSortedRowModel().rows.map((r) => text(r.original))]);
    ranks = new Map([...distinct].sort(compareChinese).map((value, i) => [value, i]));
    return ranks.get(text(row)) ?? 0;
  };
  return (a, b) => rankOf(a.original, a.table) - rankOf(b.original, b.table);
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
  const byUnit = sortByText(unit);
  return (a, b, columnId) => byUnit(a, b, columnId) || value(a.original) - value(b.original);
}
