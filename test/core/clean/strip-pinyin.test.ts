import { describe, expect, it } from 'vitest';
import { stripPinyin } from '../../../src/core/clean/strip-pinyin';

describe('stripPinyin', () => {
  it.each([
    ['plain syllables after each character', '我們(men) 這裡', '我們這裡'],
    ['tone-marked syllables', '鄉(xiāng) 鎮(zhèn)幹部', '鄉鎮幹部'],
    ['ü with a tone mark', '綠(lǜ)色', '綠色'],
    ['a syllable with a tone digit', '產(chan3)業', '產業'],
    ['full-width parentheses', '黨（dang）建', '黨建'],
    ['an annotation before punctuation', '近3000畝(mu) ,大幅', '近3000畝,大幅'],
  ])('removes %s', (_, input, expected) => {
    expect(stripPinyin(input)).toBe(expected);
  });

  it.each([
    ['Chinese inside parentheses', '園區(以下簡稱“園區”)'],
    ['a parenthesised list of places', '乡镇(场、区)'],
    ['Latin letters that are not a syllable', '新区(xyz)规划'],
    ['an upper-case abbreviation', '平台(APP)上线'],
    ['a syllable after a digit rather than a character', '编号3(a)'],
  ])('keeps %s', (_, input) => {
    expect(stripPinyin(input)).toBe(input);
  });
});
