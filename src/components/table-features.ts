import { columnVisibilityFeature, rowPaginationFeature, rowSortingFeature, tableFeatures, type RowData, type SortFn } from '@tanstack/react-table';
import { compareChinese } from '../lib/compare-chinese';

/**
 * The one feature set every dashboard table uses: sort state and header toggles, pagination state,
 * column visibility. No row models: the table sorts and pages its rows itself (use-data-table.ts) and
 * hands TanStack the page it shows, so that 100,000 rows are never made into TanStack rows.
 */
export const TABLE_FEATURES = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
});
export type DashboardFeatures = typeof TABLE_FEATURES;

/**
 * A sort function that can also give every row its sort keys up front (one number per row per key,
 * in row order), so that a table sorts by ranks (sort-by-ranks.ts) instead of calling it 1.7 million
 * times for 100,000 rows. A plain comparator too, for TanStack and anything that sorts a few rows.
 */
export type KeyedSortFn<Row extends RowData> = SortFn<DashboardFeatures, Row> & { keysOf: (rows: readonly Row[]) => Float64Array[] };

/**
 * Sorts by a text of the row, Chinese by pinyin (北京 before 上海). The collator is slow next to a
 * number comparison: so the distinct texts are ranked by the collator once (a few thousand places,
 * metrics, titles) and the sort compares ranks. Ranks of a superset order any subset rightly, so they
 * are kept across filters and ranked again only when a text turns up that they lack (a review
 * decision, another table's rows).
 */
export function sortByText<Row extends RowData>(text: (row: Row) => string): KeyedSortFn<Row> {
  let ranks = new Map<string, number>();
  const rankAgain = (texts: Iterable<string>): void => {
    const distinct = new Set([...ranks.keys(), ...texts]);
    ranks = new Map([...distinct].sort(compareChinese).map((value, i) => [value, i]));
  };
  const rankOf = (row: Row, table: { getPreSortedRowModel: () => { rows: readonly { original: Row }[] } }): number => {
    const found = ranks.get(text(row));
    if (found !== undefined) return found;
    rankAgain(table.getPreSortedRowModel().rows.map((r) => text(r.original)));
    return ranks.get(text(row)) ?? 0;
  };
  const compare: SortFn<DashboardFeatures, Row> = (a, b) => rankOf(a.original, a.table) - rankOf(b.original, b.table);
  const keysOf = (rows: readonly Row[]): Float64Array[] => {
    // One hash lookup per row, into a map of this call's distinct texts (a few thousand of 85,000
    // rows): ranking by texts, then looking every row up again in the ranks, took three hash passes
    // over the rows and most of a first press's 40 ms. Distinct texts are then ranked (by the
    // collator only when one is new) and the rows take their text's rank through an array.
    const local = new Map<string, number>();
    const distinct: string[] = [];
    const ids = new Int32Array(rows.length);
    for (let at = 0; at < rows.length; at++) {
      const value = text(rows[at] as Row);
      let id = local.get(value);
      if (id === undefined) local.set(value, (id = distinct.push(value) - 1));
      ids[at] = id;
    }
    if (distinct.some((value) => !ranks.has(value))) rankAgain(distinct);
    const rankOfId = Float64Array.from(distinct, (value) => ranks.get(value) ?? 0);
    const keys = new Float64Array(rows.length);
    for (let at = 0; at < rows.length; at++) keys[at] = rankOfId[ids[at] as number] as number;
    return [keys];
  };
  return Object.assign(compare, { keysOf });
}

/** Sorts by a number of the row; null sorts below every number. */
export function sortByNumber<Row extends RowData>(value: (row: Row) => number | null): KeyedSortFn<Row> {
  const compare: SortFn<DashboardFeatures, Row> = (a, b) => {
    const x = value(a.original);
    const y = value(b.original);
    if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
    return x - y;
  };
  return Object.assign(compare, { keysOf: (rows: readonly Row[]) => [Float64Array.from(rows, (row) => value(row) ?? -Infinity)] });
}

/**
 * Sorts by unit first (by pinyin), then by number within the unit, so that amounts in different
 * units never interleave: every 元 together, every 件 together.
 */
export function sortByUnitThenNumber<Row extends RowData>(unit: (row: Row) => string, value: (row: Row) => number): KeyedSortFn<Row> {
  const byUnit = sortByText(unit);
  const compare: SortFn<DashboardFeatures, Row> = (a, b, columnId) => byUnit(a, b, columnId) || value(a.original) - value(b.original);
  return Object.assign(compare, { keysOf: (rows: readonly Row[]) => [...byUnit.keysOf(rows), Float64Array.from(rows, value)] });
}
