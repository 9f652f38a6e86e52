import { describe, expect, it } from 'vitest';
import { splitSentences, toSentence } from '../../src/lib/split-sentences';

describe('splitSentences', () => {
  it.each([
    ['一。二！三？', ['一。', '二！', '三？']],
    ['他说：“已完成。”下一句', ['他说：“已完成。”', '下一句']],
    ['第一项；第二项……完', ['第一项；', '第二项……', '完']],
    ['两行\n文字', ['两行\n', '文字']],
    ['', []],
  ])('cuts %j into %j', (text, expected) => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('toSentence', () => {
  it.each([
    ['前文。今年投资3亿元。后文', '3亿元', '今年投资3亿元。'],
    ['没有句号的3个', '3个', '没有句号的3个'],
    ['跨句3。5亿元', '3。5', '跨句3。5亿元'],
  ])('finds the sentence of %j holding %j', (text, figure, expected) => {
    const start = text.indexOf(figure);
    expect(toSentence(text, start, start + figure.length)).toBe(expected);
  });
});
