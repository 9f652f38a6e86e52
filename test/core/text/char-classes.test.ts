import { describe, expect, it } from 'vitest';
import { countHan, displayWidth, endsSentence } from '../../../src/core/text/char-classes';

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

describe('endsSentence', () => {
  it.each([
    ['审批时限压缩至7个工作日。', true],
    ['他说：“办好了！”  ', true],
    ['增长3.', false],
    ['完成了.', true],
    ['。 ”', false], // a closing quote after a space is no sentence's close
    ['某县召开会议', false],
    ['', false],
  ])('reads %j', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });

  it('agrees with the pattern it replaces on every short mix of its characters', () => {
    const pattern = /(?:[。！？!?；;…]|(?<!\d)\.)[”’」』）)】》]*\s*$/u;
    const pool = ['。', '！', '?', '；', '…', '.', '3', '”', '）', '》', ' ', '\u3000', '\t', '字', 'a', '\u{20000}', '\uD840'];
    const texts = [''];
    for (let length = 1; length <= 4; length++) {
      for (const text of texts.filter((t) => [...t].length === length - 1)) texts.push(...pool.map((c) => text + c));
    }
    for (const text of texts) expect(endsSentence(text), JSON.stringify(text)).toBe(pattern.test(text));
  }, 30_000); // 88,000 texts, each checked twice: seconds on a loaded machine, and no measure of speed
});
