import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortFn,
  type SortingState,
} from '@tanstack/react-table';
import { renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyedSortedRowModel } from '../../src/components/keyed-sorted-row-model';
import { sortByNumber, sortByText, sortByUnitThenNumber, type DashboardFeatures } from '../../src/components/table-features';

// The keyed model must order rows exactly as TanStack's own sorted row model does with the same sort
// functions used as comparators: the same rows in the same order, ties by original index.

interface Item {
  place: string;
  unit: string;
  value: number;
  count: number | null;
  note: string;
}

const keyed = tableFeatures({ rowSortingFeature, sortedRowModel: createKeyedSortedRowModel() });
const stock = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });

/** A comparator without keys: the keyed model must fall back to calling it. */
const byNoteLength: SortFn<DashboardFeatures, Item> = (a, b) => a.original.note.length - b.original.note.length;

/** The dashboard's own sort functions (new ones per table, as each table makes its columns). */
function makeColumns() {
  const column = createColumnHelper<DashboardFeatures, Item>();
  return [
    column.accessor('place', { sortFn: sortByText((r) => r.place) }),
    column.accessor('value', { sortFn: sortByUnitThenNumber((r) => r.unit, (r) => r.value) }),
    column.accessor('count', { sortFn: sortByNumber((r) => r.count) }),
    column.accessor('note', { sortFn: byNoteLength, invertSorting: true }),
  ];
}

function sortedPlaces(features: typeof keyed | typeof stock, data: Item[], sorting: SortingState): number[] {
  const { result } = renderHook(() =>
    useTable({ features, data, columns: makeColumns() as never, state: { sorting }, enableSortingRemoval: true }),
  );
  return result.current.getSortedRowModel().rows.map((row) => row.index);
}

const PLACES = ['北京市', '上海市', '郧西县', '安康市', '汉滨区', 'Zhuhai', '', '十堰市'];
const UNITS = ['元', '万元', '个', '件', '%'];
const item = fc.record({
  place: fc.constantFrom(...PLACES),
  unit: fc.constantFrom(...UNITS),
  value: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
  count: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
  note: fc.string({ maxLength: 4 }),
});
const sorting = fc.uniqueArray(
  fc.record({ id: fc.constantFrom('place', 'value', 'count', 'note'), desc: fc.boolean() }),
  { selector: (s) => s.id, minLength: 0, maxLength: 4 },
);

describe('createKeyedSortedRowModel', () => {
  it('orders rows exactly as TanStack’s sorted row model, for any rows and any multi-column sort', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), sorting, (data, sort) => {
        expect(sortedPlaces(keyed, data, sort)).toEqual(sortedPlaces(stock, data, sort));
      }),
      { numRuns: 150 },
    );
  });

  it('stays right across presses and filters on one table, whose columns and ranks live on', () => {
    const columns = makeColumns();
    const step = fc.record({ keep: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), sort: sorting });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 40 }), fc.array(step, { minLength: 1, maxLength: 6 }), (all, steps) => {
        const render = (features: typeof keyed | typeof stock) =>
          renderHook(({ data, sort }: { data: Item[]; sort: SortingState }) =>
            useTable({ features, data, columns: columns as never, state: { sorting: sort }, enableSortingRemoval: true }), {
            initialProps: { data: all, sort: [] as SortingState },
          });
        const [fast, reference] = [render(keyed), render(stock)];
        for (const { keep, sort } of steps) {
          // The same row objects, fewer of them: a filter. Ranks made for all rows must still order these.
          const data = all.filter((_row, i) => keep[i]);
          fast.rerender({ data, sort });
          reference.rerender({ data, sort });
          const originals = (hook: typeof fast) => hook.result.current.getSortedRowModel().rows.map((row) => row.original);
          expect(originals(fast)).toEqual(originals(reference));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('puts Chinese places in pinyin order, a null count below every number, and each unit together', () => {
    const data: Item[] = [
      { place: '上海市', unit: '元', value: 5, count: 2, note: '' },
      { place: '北京市', unit: '个', value: 9, count: null, note: '' },
      { place: '安康市', unit: '元', value: 1, count: -1, note: '' },
      { place: '郧西县', unit: '个', value: 3, count: 0, note: '' },
    ];
    expect(sortedPlaces(keyed, data, [{ id: 'place', desc: false }])).toEqual([2, 1, 0, 3]);
    expect(sortedPlaces(keyed, data, [{ id: 'count', desc: false }])).toEqual([1, 2, 3, 0]);
    // 个 (gè) before 元 (yuán); within a unit by value; descending reverses both.
    expect(sortedPlaces(keyed, data, [{ id: 'value', desc: false }])).toEqual([3, 1, 2, 0]);
    expect(sortedPlaces(keyed, data, [{ id: 'value', desc: true }])).toEqual([0, 2, 1, 3]);
  });
});
