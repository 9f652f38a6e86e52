import { describe, expect, it } from 'vitest';
import { createWordIndex, findWordsIn, scanWords } from '../../../src/core/text/create-word-index';

// The index must answer exactly what one search per word answers: which words a text holds.
const WORDS = ['收入', '预算收入', '收', '党支部', '党', '', '𠀀村', '村'];

describe('findWordsIn', () => {
  it.each([
    ['一般公共预算收入', [0, 1, 2, 5]],
    ['党支部书记', [3, 4, 5]],
    ['𠀀村的村民', [5, 6, 7]],
    ['', [5]],
    ['无关的文字', [5]],
  ])('finds the words of %j', (text, expected) => {
    expect(findWordsIn(createWordIndex(WORDS), text)).toEqual(expected);
  });

  it('agrees with one includes() per word on every substring of a text', () => {
    const index = createWordIndex(WORDS);
    const text = '党支部带领村民增加收入，预算收入𠀀村党';
    for (let from = 0; from < text.length; from++) {
      for (let to = from; to <= text.length; to++) {
        const part = text.slice(from, to);
        expect(findWordsIn(index, part)).toEqual(WORDS.flatMap((word, i) => (part.includes(word) ? [i] : [])));
      }
    }
  });
});

describe('scanWords', () => {
  it('visits every occurrence left to right, the words at one place in their order', () => {
    const seen: [string, number][] = [];
    scanWords(createWordIndex(WORDS), '收入党支部收', (position, at) => seen.push([WORDS[position] ?? '', at]));
    expect(seen).toEqual([['收入', 0], ['收', 0], ['党支部', 2], ['党', 2], ['收', 5]]);
  });
});
