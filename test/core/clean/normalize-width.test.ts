import { describe, expect, it } from 'vitest';
import { normalizeWidth } from '../../../src/core/clean/normalize-width';
import { collapseDoubledPunctuation } from '../../../src/core/clean/collapse-doubled-punctuation';

describe('normalizeWidth', () => {
  it.each([
    ['full-width digits', '２０２３年', '2023年'],
    ['a full-width decimal point between digits', '３．５亿元', '3.5亿元'],
    ['full-width Latin letters', 'ＡＢ岗', 'AB岗'],
    ['a full-width hyphen between the digits of a date', '２０２４－０３－２８', '2024-03-28'],
  ])('turns %s to half width', (_, input, expected) => {
    expect(normalizeWidth(input)).toBe(expected);
  });

  it('keeps full-width punctuation, which is prose', () => {
    expect(normalizeWidth('满意率９８％，较去年。')).toBe('满意率98％，较去年。');
    expect(normalizeWidth('同比增长－４．６％')).toBe('同比增长－4.6％');
  });

  it('never changes the length, so offsets stay valid', () => {
    const input = '投资１２．５亿元，ＡＢ';
    expect(normalizeWidth(input)).toHaveLength(input.length);
  });
});

describe('collapseDoubledPunctuation', () => {
  it.each([
    ['a doubled comma', '完成，，推进', '完成，推进'],
    ['a tripled full stop', '结束。。。', '结束。'],
    ['a doubled enumeration comma', '甲、、乙', '甲、乙'],
  ])('collapses %s', (_, input, expected) => {
    expect(collapseDoubledPunctuation(input)).toBe(expected);
  });

  it.each(['省略……', '主题——副题'])('keeps the doubled-by-design marks in %s', (input) => {
    expect(collapseDoubledPunctuation(input)).toBe(input);
  });
});
