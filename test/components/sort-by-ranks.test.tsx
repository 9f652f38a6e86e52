import { createColumnHelper, createSortedRowModel, rowSortingFeature, tableFeatures, useTable, type SortingState } from '@tanstack/react-table';
import { renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysOfValues, prepareRanks, sortByRanks, type RankedSort } from '../../src/components/sort-by-ranks';
import { sortByNumber, sortByText, sortByUnitThenNumber, type KeyedSortFn } from '../../src/components/table-features';

// sortByRanks must order rows exactly as TanStack's own sorted row model does with the same sort
// functions used as comparators: the same rows in the same order, ties in the rows' order.

interface Item {
  place: string;
  unit: string;
  value: number;
  count: number | null;
}

type Column = 'place' | 'value' | 'count';

/** The dashboard's own sort functions, new ones per table, as each table makes its columns. */
function makeSorts(): Record<Column, KeyedSortFn<Item>> {
  return {
    place: sortByText((r) => r.place),
    value: sortByUnitThenNumber((r) => r.unit, (r) => r.value),
    count: sortByNumber((r) => r.count),
  };
}

const stock = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });

/** TanStack's order of `data` under `sorting`, by the same sort functions. */
function sortedByTanStack(sorts: Record<Column, KeyedSortFn<Item>>, data: Item[], sorting: SortingState): Item[] {
  const column = createColumnHelper<typeof stock, Item>();
  const columns = (Object.keys(sorts) as Column[]).map((id) => column.accessor(id, { sortFn: sorts[id] as never }));
  const { result } = renderHook(() => useTable({ features: stock, data, columns: columns as never, state: { sorting } }));
  return result.current.getSortedRowModel().rows.map((row) => row.original);
}

function sortedByRanks(sorts: Record<Column, KeyedSortFn<Item>>, data: Item[], sorting: SortingState): readonly Item[] {
  return sortByRanks(
    data,
    sorting.map((s): RankedSort<Item> => ({ keysOf: sorts[s.id as Column].keysOf, desc: s.desc })),
  );
}

const PLACES = ['北京市', '上海市', '郧西县', '安康市', '汉滨区', 'Zhuhai', '', '十堰市'];
const UNITS = ['元', '万元', '个', '件', '%'];
const item = fc.record({
  place: fc.constantFrom(...PLACES),
  unit: fc.constantFrom(...UNITS),
  value: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 0, max: 2000 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
  count: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
});
const sorting = fc.uniqueArray(fc.record({ id: fc.constantFrom<Column>('place', 'value', 'count'), desc: fc.boolean() }), {
  selector: (s) => s.id,
  maxLength: 3,
});

describe('sortByRanks', () => {
  it('orders rows exactly as TanStack’s sorted row model, for any rows and any multi-column sort', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), sorting, (data, sort) => {
        const sorts = makeSorts();
        expect(sortedByRanks(sorts, data, sort)).toEqual(sortedByTanStack(sorts, data, sort));
      }),
      { numRuns: 150 },
    );
  });

  it('stays right across presses and filters while its sort functions and their ranks live on', () => {
    const step = fc.record({ keep: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), sort: sorting });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 40 }), fc.array(step, { minLength: 1, maxLength: 6 }), (all, steps) => {
        const sorts = makeSorts();
        for (const { keep, sort } of [{ keep: all.map(() => true), sort: [] }, ...steps]) {
          // The same row objects, fewer of them: a filter. Ranks of all rows must still order these.
          const data = all.filter((_row, i) => keep[i]);
          expect(sortedByRanks(sorts, data, sort)).toEqual(sortedByTanStack(makeSorts(), data, sort));
          // The same rows again (a second press): the kept ranks give the same order.
          expect(sortedByRanks(sorts, data, sort)).toEqual(sortedByTanStack(makeSorts(), data, sort));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same order when every column’s ranks were prepared before the first press', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), sorting, (data, sort) => {
        const sorts = makeSorts();
        for (const column of Object.values(sorts)) prepareRanks(data, column.keysOf);
        expect(sortedByRanks(sorts, data, sort)).toEqual(sortedByTanStack(makeSorts(), data, sort));
      }),
      { numRuns: 100 },
    );
  });

  it('ranks values as < and !== do: -0 with 0, the largest and smallest numbers, -Infinity for null', () => {
    const data = [0.5, -0, 1e300, 0, -Infinity, -1e300, 0.5, 2 ** 53].map((value) => ({ value }));
    const keysOf = (rows: readonly { value: number }[]) => [Float64Array.from(rows, (r) => r.value)];
    const ascending = sortByRanks(data, [{ keysOf, desc: false }]).map((r) => r.value);
    expect(ascending).toEqual([-Infinity, -1e300, -0, 0, 0.5, 0.5, 2 ** 53, 1e300]);
    expect(Object.is(ascending[2], -0)).toBe(true); // -0 and 0 tie, so they keep the rows' order
  });

  it('puts Chinese places in pinyin order, a null count below every number, and each unit together', () => {
    const data: Item[] = [
      { place: '上海市', unit: '元', value: 5, count: 2 },
      { place: '北京市', unit: '个', value: 9, count: null },
      { place: '安康市', unit: '元', value: 1, count: -1 },
      { place: '郧西县', unit: '个', value: 3, count: 0 },
    ];
    const places = (sort: SortingState) => sortedByRanks(makeSorts(), data, sort).map((r) => r.place);
    expect(places([{ id: 'place', desc: false }])).toEqual(['安康市', '北京市', '上海市', '郧西县']);
    expect(places([{ id: 'count', desc: false }])).toEqual(['北京市', '安康市', '郧西县', '上海市']);
    // 个 (gè) before 元 (yuán); within a unit by value; descending reverses both.
    expect(places([{ id: 'value', desc: false }])).toEqual(['郧西县', '北京市', '安康市', '上海市']);
    expect(places([{ id: 'value', desc: true }])).toEqual(['上海市', '安康市', '北京市', '郧西县']);
  });

  it('sorts a column without keys by its values: numbers as numbers, texts by pinyin', () => {
    const numbers = [{ n: 10 }, { n: 9 }, { n: null }, { n: 100 }];
    expect(sortByRanks(numbers, [{ keysOf: keysOfValues((r: { n: number | null }) => r.n), desc: false }]).map((r) => r.n)).toEqual([null, 9, 10, 100]);
    const texts = [{ t: '上海' }, { t: '北京' }, { t: '10号' }, { t: '9号' }];
    expect(sortByRanks(texts, [{ keysOf: keysOfValues((r: { t: string }) => r.t), desc: true }]).map((r) => r.t)).toEqual(['上海', '北京', '10号', '9号']);
  });
});
