/** What the 亿/万 written before a unit multiply by, as a reader understands them. */
const MAGNITUDE_FACTORS: Readonly<Record<string, number>> = { 亿: 1e8, 万: 1e4 };

// ≈2.8亿元 · ≥500人 · 1,200平方米 · 3–5工作日 (a range is sorted by its lower bound)
const DISPLAYED_VALUE = /^[≈≥≤]?(?<low>[\d,]+(?:\.\d+)?)(?:–[\d,]+(?:\.\d+)?)?(?<magnitude>[亿万]?)/u;

/**
 * Reads a normalised value as a person reads the table cell, magnitude included.
 * @example parseDisplayedValue('≈2.8亿元') // 280_000_000
 */
export function parseDisplayedValue(display: string): number | null {
  const groups = DISPLAYED_VALUE.exec(display)?.groups;
  if (groups?.['low'] === undefined) return null;
  return Number(groups['low'].replaceAll(',', '')) * (MAGNITUDE_FACTORS[groups['magnitude'] ?? ''] ?? 1);
}
