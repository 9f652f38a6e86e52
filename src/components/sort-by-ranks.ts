import { compareChinese } from '../lib/compare-chinese';

/** One sorted column: what gives every row its keys (table-features.ts), and the direction. */
export interface RankedSort<Row> {
  /** Identifies the column's ranks while they are kept: the same function, the same ranks. */
  keysOf: (rows: readonly Row[]) => Float64Array[];
  desc: boolean;
}

/** A column's rank of every row (from 0, ties equal), and one more than the largest rank. */
interface Ranks {
  ranks: Int32Array;
  count: number;
}

/** Ranks per row list and key function: kept while both live, dropped with either (a new filter, new columns). */
const RANKS = new WeakMap<readonly unknown[], WeakMap<object, Ranks>>();

/**
 * The rows sorted by the columns, first column first, ties in the rows' order: what TanStack's sorted
 * row model gives with the same sort functions, but fast at 100,000 rows. TanStack's model calls each
 * sort function about 1.7 million times per header press (each call looking two texts up in a map:
 * 120–350 ms). Here every sorted column becomes one rank per row — at once when its keys are ranks
 * already (a text's rank among the texts), else by one sort on its keys — the ranks are kept while
 * the rows stay the same (a second press on a header, or a press on one pressed before, compares
 * nothing), and the rows are ordered by stable counting sorts on the ranks, last column first:
 * linear in the rows.
 */
export function sortByRanks<Row>(rows: readonly Row[], sorts: readonly RankedSort<Row>[]): readonly Row[] {
  if (rows.length === 0 || sorts.length === 0) return rows;
  let order: Int32Array = identityOrder(rows.length);
  for (const sort of [...sorts].reverse()) order = countingSort(order, findRanks(rows, sort.keysOf), sort.desc);
  const sorted = new Array<Row>(order.length);
  for (let at = 0; at < order.length; at++) sorted[at] = rows[order[at] as number] as Row;
  return sorted;
}

/**
 * Makes and keeps a column's ranks of these rows now, so that the first press on its header only
 * orders by them: for idle time before any press (use-data-table.ts). The order a later sort gives
 * is the same whether or not this ran.
 */
export function prepareRanks<Row>(rows: readonly Row[], keysOf: RankedSort<Row>['keysOf']): void {
  if (rows.length > 0) findRanks(rows, keysOf);
}

function findRanks<Row>(rows: readonly Row[], keysOf: RankedSort<Row>['keysOf']): Ranks {
  let byFunction = RANKS.get(rows);
  if (!byFunction) RANKS.set(rows, (byFunction = new WeakMap()));
  let ranks = byFunction.get(keysOf);
  if (!ranks) byFunction.set(keysOf, (ranks = rankRows(keysOf(rows))));
  return ranks;
}

function identityOrder(length: number): Int32Array {
  const order = new Int32Array(length);
  for (let at = 0; at < length; at++) order[at] = at;
  return order;
}

/**
 * Keys for a column whose sort function gives none: its cell values, numbers as numbers (null and
 * non-numbers below them), anything else as Chinese text by pinyin.
 */
export function keysOfValues<Row>(value: (row: Row) => unknown): (rows: readonly Row[]) => Float64Array[] {
  return (rows) => {
    const values = rows.map(value);
    if (values.every((v) => typeof v === 'number' || v === null || v === undefined)) {
      return [Float64Array.from(values, (v) => (typeof v === 'number' && !Number.isNaN(v) ? v : -Infinity))];
    }
    const texts = values.map((v) => (v === null || v === undefined ? '' : String(v)));
    const ranks = new Map([...new Set(texts)].sort(compareChinese).map((text, i) => [text, i]));
    return [Float64Array.from(texts, (text) => ranks.get(text) ?? 0)];
  };
}

/**
 * One column's ascending rank of each row from its keys, compared in order: each key ranked on its
 * own (a native numeric sort, no comparator), then the rows ordered by those ranks with stable
 * counting sorts, last key first, and ranked by the tuple. A comparator sort of 100,000 rows over two
 * keys (unit, then value) took about 70 ms of the first press on 标准值.
 */
function rankRows(keys: readonly Float64Array[]): Ranks {
  const perKey = keys.map(rankOneKey);
  if (perKey.length === 1) return perKey[0] as Ranks;
  const length = keys[0]?.length ?? 0;
  let order = identityOrder(length);
  for (const ranks of [...perKey].reverse()) order = countingSort(order, ranks, false);
  const differs = (i: number, j: number): boolean => perKey.some(({ ranks }) => ranks[i] !== ranks[j]);
  const ranks = new Int32Array(length);
  let rank = 0;
  for (let at = 0; at < length; at++) {
    const position = order[at] as number;
    if (at > 0 && differs(order[at - 1] as number, position)) rank++;
    ranks[position] = rank;
  }
  return { ranks, count: rank + 1 };
}

/**
 * Dense ascending ranks of one key (equal values, -0 and 0 too, share a rank), as `<` and `!==`
 * order them: whole-number keys as they are, else each value's place among the distinct values.
 */
function rankOneKey(key: Float64Array): Ranks {
  const direct = asRanks(key);
  if (direct) return direct;
  const sorted = Float64Array.from(key).sort();
  let distinct = 0;
  for (const value of sorted) {
    // NaN is never stored: it would match nothing below; every NaN takes the rank above the rest.
    if (Number.isNaN(value)) break;
    if (distinct === 0 || value !== sorted[distinct - 1]) sorted[distinct++] = value;
  }
  const ranks = new Int32Array(key.length);
  key.forEach((value, position) => {
    ranks[position] = Number.isNaN(value) ? distinct : lowerBound(sorted, distinct, value);
  });
  return { ranks, count: distinct + 1 };
}

/** The first place in the first `length` values of ascending `sorted` whose value is not below `value`. */
function lowerBound(sorted: Float64Array, length: number, value: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Keys that are whole numbers from 0, not many more of them than rows, serve as ranks as they are. */
function asRanks(key: Float64Array): Ranks | null {
  let largest = -1;
  for (const value of key) {
    if (!Number.isInteger(value) || value < 0) return null;
    if (value > largest) largest = value;
  }
  if (largest >= 4 * key.length + 16) return null;
  return { ranks: Int32Array.from(key), count: largest + 1 };
}

/** Stable counting sort of `order` (positions) by rank, descending when asked: linear in the rows. */
function countingSort(order: Int32Array, { ranks, count }: Ranks, descending: boolean): Int32Array {
  const bucketOf = (position: number): number => {
    const rank = ranks[position] as number;
    return descending ? count - 1 - rank : rank;
  };
  const starts = new Int32Array(count + 1);
  for (const position of order) {
    const next = bucketOf(position) + 1;
    starts[next] = (starts[next] as number) + 1;
  }
  for (let bucket = 1; bucket <= count; bucket++) starts[bucket] = (starts[bucket] as number) + (starts[bucket - 1] as number);
  const sorted = new Int32Array(order.length);
  for (const position of order) {
    const bucket = bucketOf(position);
    const at = starts[bucket] as number;
    sorted[at] = position;
    starts[bucket] = at + 1;
  }
  return sorted;
}
