/**
 * Half a unit of time written without a digit: 半年, 半个月, 半天, 半小时. Only time words take a
 * bare 半 as a number; 半数, 半径 and 半岛 are nouns.
 */
import type { NumberToken } from './parse-number';
import { parseQuantity, type Quantity } from './parse-quantity';

const HALF = '半';

// 上半年, 下半年 are parts of the calendar; 大半年, 多半 are vague; 每半年 is a frequency.
const NOT_A_SPAN_AFTER = new Set(['上', '下', '前', '后', '大', '多', '过', '每', '一']);

/**
 * Reads 半 + a time unit at `at` as 0.5 of that unit, or null.
 * @example parseHalf('仅用半年时间', 2) // { value: 0.5, unit: '年', … }
 */
export function parseHalf(text: string, at: number): Quantity | null {
  if (text[at] !== HALF || NOT_A_SPAN_AFTER.has(text[at - 1] ?? '')) return null;
  const token: NumberToken = { start: at, end: at + 1, value: 0.5, valueMax: null, script: 'chinese', positional: false };
  const quantity = parseQuantity(text, token);
  return quantity && quantity.unitKind === 'duration' && quantity.valueMax === null ? quantity : null;
}
