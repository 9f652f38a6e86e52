import { describe, expect, it } from 'vitest';
import { classifyScript, toSimplified } from '../../../src/core/text/to-simplified';

describe('toSimplified', () => {
  it.each([
    ['common traditional characters', '鄉鎮經濟發展', '乡镇经济发展'],
    ['Hong Kong variant forms', '衞生綫路', '卫生线路'],
    ['a character whose conversion depends on the phrase', '隨著發展', '随着发展'],
  ])('converts %s', (_, input, expected) => {
    expect(toSimplified(input).text).toBe(expected);
  });

  it('leaves simplified text unchanged and counts no changes', () => {
    const result = toSimplified('乡镇经济发展');
    expect(result).toMatchObject({ text: '乡镇经济发展', changed: 0 });
  });

  it('maps offsets through characters outside the basic plane', () => {
    const input = '𠮷鎮區';
    const result = toSimplified(input);
    const at = result.text.indexOf('区');
    expect(input[result.toOriginal[at] ?? -1]).toBe('區');
    expect(result.toOriginal[result.text.length]).toBe(input.length);
  });
});

describe('classifyScript', () => {
  it.each([
    [0, 100, 'simplified'],
    [1, 100, 'simplified'],
    [30, 100, 'traditional'],
    [5, 100, 'mixed'],
    [0, 0, 'simplified'],
  ] as const)('with %d of %d characters changed says %s', (changed, han, expected) => {
    expect(classifyScript(changed, han)).toBe(expected);
  });
});
