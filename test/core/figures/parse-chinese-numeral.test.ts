import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../../src/core/figures/parse-chinese-numeral';

describe('parseChineseNumeral', () => {
  it.each([
    ['七', 7], ['十', 10], ['十五', 15], ['二十', 20], ['一百零五', 105], ['一千二百', 1200],
    ['三千二百万', 32_000_000], ['一亿二千万', 120_000_000], ['两万', 20_000], ['三万亿', 3e12],
    ['一万五', 15_000], ['三千二', 3200], ['零点九', 0.9], ['三点五', 3.5], ['二〇二四', 2024],
    ['叁拾', 30], ['一万零五', 10_005],
  ])('reads %s as %d', (text, expected) => {
    expect(parseChineseNumeral(text)).toBe(expected);
  });

  it.each(['', '万', '百', '千', '十四五', '万一', '十百', '三万四万', '点五', '三点', 'abc'])(
    'returns null for %j, which is no numeral',
    (text) => {
      expect(parseChineseNumeral(text)).toBeNull();
    },
  );
});
