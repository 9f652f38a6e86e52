/**
 * The figure extractor for one paragraph: numbers are read by a grammar, given their unit from
 * the lexicon, filtered by the exclusion rules, then qualified, labelled, classified and linked.
 * Every stage is a pure function in its own file; this one only composes them.
 */
import type { FigureCandidate } from '../types';
import { findPreviousIndexes } from './before-after';
import { resolveChangeLabels } from './change-labels';
import { classifyExclusion } from './exclusions';
import { classifyMetric } from './classify-metric';
import { findMetricLabel } from './metric-label';
import { findQuotedNames } from './find-quoted-names';
import { parseFraction } from './parse-fraction';
import { parseHalf } from './parse-half';
import { parseNumber } from './parse-number';
import { parseQuantity, type Quantity } from './parse-quantity';
import { CHINESE_DIGITS, CHINESE_NUMERAL_CHARS } from './parse-chinese-numeral';
import { parseQualifierAfter, parseQualifierBefore } from './qualifiers';

/** True where a number may begin: not in the middle of a run of digits or numerals. */
function isNumberStart(text: string, at: number): boolean {
  const char = text[at] ?? '';
  const previous = text[at - 1] ?? '';
  if (char >= '0' && char <= '9') return !(previous >= '0' && previous <= '9') && !(previous === '.' && /\d/u.test(text[at - 2] ?? ''));
  if (!CHINESE_NUMERAL_CHARS.has(char)) return false;
  // 安置点一千四百个: 点 is a decimal point only between digits (三点五); after a noun it ends the noun.
  if (previous === '点') return CHINESE_DIGITS[text[at - 2] ?? ''] === undefined;
  // 几十家, 几百人: a leading 几 makes the count vague, so no number starts after it.
  return !CHINESE_NUMERAL_CHARS.has(previous) && previous !== '几';
}

// Where anything can start: a digit, a numeral character (百分之 and 千分之 open with one), or 半.
// Everything else is skipped in one regex step rather than looked at character by character.
const QUANTITY_OPENER = new RegExp(`[0-9${[...CHINESE_NUMERAL_CHARS].join('')}半]`, 'gu');

/** Every number-with-unit in the text, in order, before exclusions. */
export function findQuantities(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  let at = 0;
  while (at < text.length) {
    QUANTITY_OPENER.lastIndex = at;
    const opener = QUANTITY_OPENER.exec(text);
    if (!opener) break;
    at = opener.index;
    const half = parseHalf(text, at);
    if (half) {
      quantities.push(half);
      at = half.end;
      continue;
    }
    if (!isNumberStart(text, at) && !text.startsWith('百分之', at) && !text.startsWith('千分之', at)) {
      at++;
      continue;
    }
    const fraction = parseFraction(text, at);
    const token = fraction ? null : parseNumber(text, at);
    const quantity = fraction ?? (token && !token.positional ? parseQuantity(text, token) : null);
    if (quantity) quantities.push(quantity);
    at = Math.max(at + 1, quantity?.end ?? token?.end ?? at + 1);
  }
  return quantities;
}

/** Widens a quantity to its qualifiers: 近2000亩, 150人左右, 5亿元以上. */
function qualify(text: string, q: Quantity): Pick<FigureCandidate, 'start' | 'end' | 'qualifier'> {
  const before = parseQualifierBefore(text, q.start);
  const after = parseQualifierAfter(text, q.end, q.unitKind);
  const qualifier = q.qualifier !== 'exact' ? q.qualifier : (before?.qualifier ?? after?.qualifier ?? 'exact');
  return { start: before?.start ?? q.start, end: after?.end ?? q.end, qualifier };
}

// 261.09 × 1e8 is 26108999999.999996 in floating point; 15 significant digits give back 26109000000.
const scale = (value: number, factor: number): number => Number((value * factor).toPrecision(15));

function toCandidate(text: string, q: Quantity, floor: number): FigureCandidate {
  const { start, end, qualifier } = qualify(text, q);
  const factor = q.form?.factor ?? 1;
  const baseUnit = q.form ? q.form.base : q.unit;
  const metric = findMetricLabel(text, { start, end, unitKind: q.unitKind, floor });
  return {
    start, end, text: text.slice(start, end),
    value: q.value, valueMax: q.valueMax, unit: q.unit,
    baseValue: scale(q.value, factor), baseValueMax: q.valueMax === null ? null : scale(q.valueMax, factor), baseUnit,
    unitKind: q.unitKind, kind: q.kind, qualifier, metric,
    category: classifyMetric(metric, baseUnit, q.unitKind),
    previousIndex: null,
  };
}

/**
 * Finds every reported figure in one paragraph's cleaned, simplified text, in text order.
 * @example findFigures('总投资8亿元，新增就业1.4万人')[1] // { text: '1.4万人', value: 1.4, unit: '万人', baseValue: 14000, … }
 */
export function findFigures(text: string): FigureCandidate[] {
  const names = findQuotedNames(text);
  const kept = findQuantities(text).filter((quantity) => classifyExclusion({ text, quantity, names }) === null);
  const figures: FigureCandidate[] = [];
  for (const quantity of kept) figures.push(toCandidate(text, quantity, figures.at(-1)?.end ?? 0));
  const previous = findPreviousIndexes(text, figures);
  const linked = figures.map((figure, index) => {
    const previousIndex = previous[index] ?? null;
    const earlier = previousIndex === null ? undefined : figures[previousIndex];
    // 由12个工作日压缩至4个工作日: the after-figure measures what the before-figure measured.
    return earlier ? { ...figure, previousIndex, metric: earlier.metric, category: earlier.category } : figure;
  });
  return resolveChangeLabels(text, linked);
}
