import { describe, expect, it } from 'vitest';
import { hasUnfamiliarHan, loadToSimplified } from '../../src/lib/load-to-simplified';

describe('hasUnfamiliarHan', () => {
  const familiar = new Set('郧西县浦东新区');
  it.each([
    ['浦東', true],
    ['郧西', false],
    ['abc 12', false],
    ['', false],
  ])('says %j is %s', (query, expected) => {
    expect(hasUnfamiliarHan(query, familiar)).toBe(expected);
  });
});

describe('loadToSimplified', () => {
  it('converts a traditional query to simplified', async () => {
    const toSimplified = await loadToSimplified();
    expect(toSimplified('浦東新區審批')).toBe('浦东新区审批');
  });
});
