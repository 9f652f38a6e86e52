import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/core/figures/parse-number';

describe('parseNumber', () => {
  it.each([
    ['Arabic digits', '共27个', 1, 27, null, 3],
    ['a decimal', '面积1288.5亩', 2, 1288.5, null, 8],
    ['thousands separators', '办件23,406件', 2, 23406, null, 8],
    ['Chinese numerals', '设置三个窗口', 2, 3, null, 3],
    ['Chinese numerals up to a magnitude left for the unit', '投资三千二百万元', 2, 3200, null, 6],
    ['a decimal in characters', '增长零点九个百分点', 2, 0.9, null, 5],
    ['an approximate pair', '来了两三个人', 2, 2, 3, 4],
    ['an approximate pair of tens', '二三十家企业', 0, 20, 30, 3],
    ['百 before 余', '百余家企业', 0, 100, null, 1],
    ['a bare 万 after a bound, left for the unit', '近万名群众', 1, 1, null, 1],
    ['a bare 万 before 余, left for the unit', '万余人参加', 0, 1, null, 0],
    ['the longest numeral a text writes, whole', '九千九百九十九亿九千九百九十九万九千九百九十九元', 0, 999_999_999_999, null, 23],
  ])('reads %s', (_name, text, at, value, valueMax, end) => {
    expect(parseNumber(text, at)).toMatchObject({ value, valueMax, end });
  });

  it('marks a positional run of digits, which writes a year or code', () => {
    expect(parseNumber('二〇二三年', 0)).toMatchObject({ value: 2023, positional: true });
  });

  it('does not read a comma as a separator unless three digits follow', () => {
    expect(parseNumber('项目4个,12个', 2)).toMatchObject({ value: 4, end: 3 });
  });

  it.each([
    ['a bare 百', '百年大计', 0],
    ['a bare 万', '万一', 0],
    ['a bare 万 in an idiom', '万人空巷', 0],
    ['a bare 亿 after a word ending like a bound', '签约亿元以上项目', 2],
    ['a bare 万 after a place word ending like a bound', '线上万人观看', 2],
    ['a letter', 'G20', 0],
  ])('returns null for %s', (_name, text, at) => {
    expect(parseNumber(text, at)).toBeNull();
  });
});
