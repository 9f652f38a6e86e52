import { describe, expect, it } from 'vitest';
import { categoryAxisWidth } from '../../src/lib/category-axis-width';

describe('categoryAxisWidth', () => {
  it('grows with the longest label, so a nine-character place name fits', () => {
    expect(categoryAxisWidth(['某县', '某某科技产业园区区'])).toBe(9 * 15 + 14);
  });

  it('counts Latin letters and digits as narrow', () => {
    expect(categoryAxisWidth(['Zone 12'])).toBe(7 * 8 + 14);
  });

  it.each([
    [[], 48],
    [['县'], 48],
    [['很'.repeat(40)], 260],
  ])('keeps the width between its bounds for %j', (labels, expected) => {
    expect(categoryAxisWidth(labels)).toBe(expected);
  });
});
