import { describe, expect, it } from 'vitest';
import { formatMagnitude, formatQualifiedValue, type QualifiedValue } from '../../src/lib/format-number';

describe('formatMagnitude', () => {
  it.each([
    [350_000_000, '元', 'money', '3.5亿元'],
    [28_000, '人', 'count', '2.8万人'],
    [9_999, '人', 'count', '9,999人'],
    [150_000, '%', 'ratio', '150,000%'],
    [30, '工作日', 'duration', '30工作日'],
    // exact: 万 and 亿 only where two decimals hold the whole value, and no rounding ever
    [12_098, '件', 'count', '12,098件'],
    [181_887, '件', 'count', '181,887件'],
    [123_456_789, '元', 'money', '123,456,789元'],
    [0.125, '%', 'ratio', '0.125%'],
    [0.1 + 0.2, '%', 'ratio', '0.3%'],
  ] as const)('writes %d %s as %s', (value, unit, kind, expected) => {
    expect(formatMagnitude(value, unit, kind)).toBe(expected);
  });
});

describe('formatQualifiedValue', () => {
  const base: QualifiedValue = { baseValue: 28000, baseValueMax: null, baseUnit: '件', unitKind: 'count', qualifier: 'exact' };

  it.each([
    ['exact', '2.8万件'],
    ['approx', '≈2.8万件'],
    ['atLeast', '≥2.8万件'],
    ['atMost', '≤2.8万件'],
  ] as const)('marks a %s value as %s', (qualifier, expected) => {
    expect(formatQualifiedValue({ ...base, qualifier })).toBe(expected);
  });

  it('writes a range as a range in one magnitude', () => {
    expect(formatQualifiedValue({ ...base, baseValue: 5e7, baseValueMax: 8e8, baseUnit: '元', unitKind: 'money', qualifier: 'range' }))
      .toBe('0.5–8亿元');
  });
});
