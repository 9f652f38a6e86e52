/**
 * Fractions and relative amounts: 三分之二, 3分之1, 一半, and percentages written out in words
 * (百分之三十). A fraction has no unit and is typed `fraction`, apart from amounts.
 */
import type { Quantity } from './parse-quantity';
import { parseNumber, type NumberToken } from './parse-number';
import { findUnitForm } from './parse-unit';

// 百分之三十 reads as 30 %, 千分之五 as 5 ‰, 万分之五 as 5 ‱: written-out rates, not fractions.
const WRITTEN_RATES: Readonly<Record<string, string>> = { 百分之: '%', 千分之: '‰', 万分之: '‱' };
const HALF = '一半';

function fraction(token: NumberToken, end: number, value: number): Quantity {
  return {
    start: token.start, end, number: token, value, valueMax: null, unit: '', form: null,
    kind: 'fraction', unitKind: 'fraction', qualifier: 'exact',
  };
}

function parseWrittenRate(text: string, at: number): Quantity | null {
  const prefix = Object.keys(WRITTEN_RATES).find((p) => text.startsWith(p, at));
  if (!prefix) return null;
  const from = at + prefix.length;
  // 百分之百 is the whole: a bare 百 is no numeral elsewhere.
  const whole = text[from] === '百' && !/^[零一二两三四五六七八九十]/u.test(text.slice(from + 1))
    ? { start: from, end: from + 1, value: 100, valueMax: null, script: 'chinese' as const, positional: false }
    : null;
  const numerator = whole ?? parseNumber(text, from);
  if (!numerator || numerator.positional) return null;
  const unit = WRITTEN_RATES[prefix] ?? '%';
  return {
    start: at, end: numerator.end, number: { ...numerator, start: at }, value: numerator.value,
    valueMax: numerator.valueMax, unit, form: findUnitForm(unit), kind: 'quantity', unitKind: 'ratio',
    qualifier: numerator.valueMax === null ? 'exact' : 'range',
  };
}

/**
 * Reads a fraction or written-out rate starting at `at`, or null.
 * @example parseFraction('减少了四分之三', 3)?.value // 0.75
 */
export function parseFraction(text: string, at: number): Quantity | null {
  const rate = parseWrittenRate(text, at);
  if (rate) return rate;
  if (text.startsWith(HALF, at)) {
    const token: NumberToken = { start: at, end: at + HALF.length, value: 0.5, valueMax: null, script: 'chinese', positional: false };
    return fraction(token, token.end, 0.5);
  }
  const denominator = parseNumber(text, at);
  if (!denominator || denominator.positional || !text.startsWith('分之', denominator.end)) return null;
  const numerator = parseNumber(text, denominator.end + 2);
  if (!numerator || numerator.positional || denominator.value === 0) return null;
  return fraction(denominator, numerator.end, numerator.value / denominator.value);
}
