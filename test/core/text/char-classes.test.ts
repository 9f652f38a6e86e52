import { describe, expect, it } from 'vitest';
import { countHan, displayWidth } from '../../../src/core/text/char-classes';

describe('countHan', () => {
  it.each([
    ['', 0],
    ['总投资15亿元', 5],
    ['〇々，。abc', 2], // 〇 and 々 are of the Han script; punctuation and Latin are not
    ['\u{20000}村', 2], // a character beyond the BMP counts once
    ['\uD840村\uDC00', 1], // lone surrogates are no characters of any script
  ])('counts the Han characters of %j', (text, expected) => {
    expect(countHan(text)).toBe(expected);
  });

  it('agrees with the Unicode property on every code point', () => {
    const han = /\p{Script=Han}/u;
    for (let point = 0; point < 0x110000; point += 31) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const text = String.fromCodePoint(point);
      expect(countHan(text)).toBe(han.test(text) ? 1 : 0);
    }
  });
});

describe('displayWidth', () => {
  it.each([
    ['总投资15亿元', 6],
    ['ab', 1],
    ['\u{20000}a', 1.5],
    ['\uD840', 1],
  ])('measures %j', (text, expected) => {
    expect(displayWidth(text)).toBe(expected);
  });
});
