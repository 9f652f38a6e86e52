import { describe, expect, it } from 'vitest';
import { selectShard } from '../../scripts/select-shard';

describe('selectShard', () => {
  const files = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  it.each([
    [1, 1, ['a', 'b', 'c', 'd', 'e', 'f', 'g']],
    [1, 2, ['a', 'b', 'c']],
    [2, 2, ['d', 'e', 'f', 'g']],
    [3, 4, ['d', 'e']],
    [4, 4, ['f', 'g']],
  ])('slice %i of %i is %j', (index, count, expected) => {
    expect(selectShard(files, { index, count })).toEqual(expected);
  });

  it.each([1, 2, 3, 5, 7, 9])('%i slices together are the list, in order, each file once', (count) => {
    const slices = Array.from({ length: count }, (_, i) => selectShard(files, { index: i + 1, count }));
    expect(slices.flat()).toEqual(files);
  });
});
