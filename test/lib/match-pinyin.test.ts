import { describe, expect, it } from 'vitest';
import { loadPinyin } from '../../src/lib/load-pinyin';
import { matchesPinyin, normalizePinyin } from '../../src/lib/match-pinyin';

describe('normalizePinyin', () => {
  it.each([
    ['hanbin', 'hanbin'],
    ['Hàn Bīn', 'hanbin'],
    ['han4 bin1', 'hanbin'],
    ["xi'an", 'xian'],
    ['lǜ', 'lu'],
    ['lv', 'lu'],
    ['HB', 'hb'],
  ])('reads %j as %j', (query, expected) => {
    expect(normalizePinyin(query)).toBe(expected);
  });

  it.each(['汉滨', 'hb区', 'pm2.5', '2023', '', '-'])('returns null for %j, which is not pinyin', (query) => {
    expect(normalizePinyin(query)).toBeNull();
  });
});

describe('matchesPinyin', () => {
  const hanbinqu = [['han'], ['bin'], ['qu', 'ou']];
  it.each([
    ['hanbin', true],
    ['hb', true],
    ['hbq', true],
    ['hanb', true],
    ['binqu', true],
    ['bq', true],
    ['an', false], // not the start of a syllable
    ['hq', false], // initials must be of consecutive characters
    ['hanbinquu', false],
    ['', false],
  ])('matches 汉滨区 against %j: %s', (query, expected) => {
    expect(matchesPinyin(hanbinqu, query)).toBe(expected);
  });

  it('stays fast on a very long text', () => {
    const long = Array.from({ length: 20_000 }, () => ['a', 'b']);
    expect(matchesPinyin(long, 'abababababababababz')).toBe(false);
  });
});

describe('loadPinyin', () => {
  it.each([
    ['咸丰县', 'xianfeng'],
    ['汉滨区', 'hb'],
    ['长寿区', 'changshou'], // a polyphonic character counts with every reading (长 chang and zhang)
    ['长寿区', 'zs'],
    ['吕梁市', 'lvliang'],
  ])('finds %s by %s', async (text, query) => {
    const matcher = await loadPinyin();
    expect(matcher.matches(text, normalizePinyin(query) ?? '')).toBe(true);
  });

  it('does not find 郧西县 by hanbin', async () => {
    expect((await loadPinyin()).matches('郧西县', 'hanbin')).toBe(false);
  });
});
