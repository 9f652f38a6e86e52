import type { Qualifier, UnitKind } from '../dataset/schema';

/** A display magnitude: divide by `factor`, write `prefix` before the unit. */
export interface Magnitude {
  factor: number;
  prefix: string;
}

const MAGNITUDE_STEPS: readonly Magnitude[] = [
  { factor: 1e8, prefix: '亿' },
  { factor: 1e4, prefix: '万' },
];
const ONE: Magnitude = { factor: 1, prefix: '' };
// 亿元 and 万人 read naturally; 万% or 万工作日 do not exist.
const SCALED_KINDS = new Set<UnitKind>(['money', 'count', 'area', 'volume', 'weight', 'length', 'power', 'energy']);

/** Marks written before a value; a range is written as a range instead. */
export const QUALIFIER_MARKS: Readonly<Record<Qualifier, string>> = {
  exact: '',
  approx: '≈',
  atLeast: '≥',
  atMost: '≤',
  range: '',
};

// Every digit the value has: 15 significant digits is what a double holds without float noise (0.1 + 0.2).
const plain = new Intl.NumberFormat('zh-CN', { maximumSignificantDigits: 15 });
/** Decimals a scaled value may have and still be written in 万 or 亿: 2.8万 yes, 1.2098万 no (12,098). */
const EXACT_DECIMALS = 2;

/** The largest step the value reaches (for chart axes). @example selectMagnitude(280_000_000, 'money') // { factor: 1e8, prefix: '亿' } */
export function selectMagnitude(value: number, kind: UnitKind): Magnitude {
  if (!SCALED_KINDS.has(kind)) return ONE;
  return MAGNITUDE_STEPS.find((step) => Math.abs(value) >= step.factor) ?? ONE;
}

/**
 * The largest step in which every value is written exactly with at most two decimals, so a value is
 * never rounded for display. @example selectExactMagnitude([12_098], 'count') // ONE: 12,098, not 1.21万
 */
export function selectExactMagnitude(values: readonly number[], kind: UnitKind): Magnitude {
  if (!SCALED_KINDS.has(kind)) return ONE;
  const top = Math.max(...values.map(Math.abs));
  const exact = (step: Magnitude) => values.every((v) => isWhole((v / step.factor) * 10 ** EXACT_DECIMALS));
  return MAGNITUDE_STEPS.find((step) => top >= step.factor && exact(step)) ?? ONE;
}

/** A base-unit value, exact, in 万 or 亿 where that loses nothing. @example formatMagnitude(28000, '人', 'count') // '2.8万人' */
export function formatMagnitude(value: number, unit: string, kind: UnitKind, magnitude = selectExactMagnitude([value], kind)): string {
  return `${plain.format(value / magnitude.factor)}${magnitude.prefix}${unit}`;
}

function isWhole(n: number): boolean {
  return Math.abs(n - Math.round(n)) < 1e-6;
}

/** What `formatQualifiedValue` needs from a figure. */
export interface QualifiedValue {
  baseValue: number;
  baseValueMax: number | null;
  baseUnit: string;
  unitKind: UnitKind;
  qualifier: Qualifier;
}

/**
 * A normalised value with its qualifier: ≈2.8亿元, ≥500人, 3–5工作日 (a range keeps one magnitude).
 * @example formatQualifiedValue({ baseValue: 2e8, baseValueMax: 3e8, baseUnit: '元', unitKind: 'money', qualifier: 'range' }) // '2–3亿元'
 */
export function formatQualifiedValue(value: QualifiedValue): string {
  const magnitude = selectExactMagnitude([value.baseValue, value.baseValueMax ?? value.baseValue], value.unitKind);
  if (value.baseValueMax !== null && value.baseValueMax !== value.baseValue) {
    const low = plain.format(value.baseValue / magnitude.factor);
    return `${low}–${formatMagnitude(value.baseValueMax, value.baseUnit, value.unitKind, magnitude)}`;
  }
  return QUALIFIER_MARKS[value.qualifier] + formatMagnitude(value.baseValue, value.baseUnit, value.unitKind, magnitude);
}
