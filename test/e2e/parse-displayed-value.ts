/** What the 亿/万 written before a unit multiply by, as a reader understands them. */
const MAGNITUDE_FACTORS: Readonly<Record<string, number>> = { 亿: 1e8, 万: 1e4 };

// ≈2.8亿元 · ≥500人 · 1,200平方米 · 3–5工作日 (a range is sorted by its lower bound) · −66.7% (a fall)
const DISPLAYED_VALUE = /^[≈≥≤]?(?<sign>[-−]?)(?<low>[\d,]+(?:\.\d+)?)(?:–[\d,]+(?:\.\d+)?)?(?<magnitude>[亿万]?)(?<unit>.*)$/u;

/**
 * Reads a normalised value as a person reads the table cell, magnitude included.
 * @example parseDisplayedValue('≈2.8亿元') // 280_000_000
 */
export function parseDisplayedValue(display: string): number | null {
  const groups = DISPLAYED_VALUE.exec(display)?.groups;
  if (groups?.['low'] === undefined) return null;
  // Multiplying a decimal read from text is not exact in floating point (2.8 * 1e4 = 27999.999…).
  const sign = groups['sign'] === '' ? 1 : -1;
  const value = sign * Number(groups['low'].replaceAll(',', '')) * (MAGNITUDE_FACTORS[groups['magnitude'] ?? ''] ?? 1);
  return Number(value.toPrecision(15));
}

/** The unit after a displayed value's number and magnitude. @example readUnit('≈2.8万件') // '件' */
export function readUnit(display: string): string {
  return DISPLAYED_VALUE.exec(display)?.groups?.['unit'] ?? '';
}
