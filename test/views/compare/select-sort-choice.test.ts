import { describe, expect, it } from 'vitest';
import { resolveSortChoice, selectSortChoices, toSortKeys } from '../../../src/views/compare/select-sort-choice';

describe('compare orders', () => {
  it.each([
    ['best', 'down', false], // 审批时限: the shortest first
    ['best', 'up', true], // 满意率: the highest first
    ['worst', 'down', true],
    ['worst', 'up', false],
    ['largest', null, true],
    ['smallest', null, false],
  ] as const)('%s first with direction %s sorts by value, descending %s', (choice, direction, desc) => {
    expect(toSortKeys(choice, direction)).toEqual([{ id: 'value', desc }]);
  });

  it('offers merit where the indicator has a direction and size where it has none', () => {
    expect(selectSortChoices('down')).toEqual(['best', 'worst', 'name']);
    expect(selectSortChoices(null)).toEqual(['largest', 'smallest', 'name']);
  });

  it('names the order a sort amounts to, or none for a header the choices do not name', () => {
    expect(resolveSortChoice([{ id: 'value', desc: false }], 'down')).toBe('best');
    expect(resolveSortChoice([{ id: 'locality', desc: false }], 'up')).toBe('name');
    expect(resolveSortChoice([{ id: 'claims', desc: true }], 'up')).toBeNull();
  });
});
