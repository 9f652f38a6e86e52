import type { Translate } from '../../app/i18n/translate';
import type { Qualifier, UnitKind } from '../../dataset/schema';
import { formatQualifiedValue } from '../../lib/format-number';
import type { Claim } from './select-claims';
import type { ComparisonRow } from './select-comparison';

/** When a claim refers to: the period its text names, else its article's date, else that nothing says. */
export function formatClaimPeriod(t: Translate, claim: Claim): string {
  if (claim.periodText !== null) return claim.periodText;
  return claim.published === null ? t('compare.noPeriod') : t('compare.published', { date: claim.published });
}

/** When a row's value refers to: its claim's period, or for a sum the one period its parts share. */
export function formatRowPeriod(t: Translate, row: ComparisonRow): string {
  if (row.shown !== null) return formatClaimPeriod(t, row.shown);
  const periods = new Set(row.parts.map((part) => formatClaimPeriod(t, part.claim)));
  const [only] = periods;
  return periods.size === 1 && only !== undefined ? only : t('compare.periodsMixed');
}

/** A compared value with its qualifier (≈ ≥ ≤, a range as a range), in the compared unit. */
export function formatComparedValue(value: { value: number; valueMax: number | null; qualifier: Qualifier }, unit: string, kind: UnitKind): string {
  return formatQualifiedValue({ baseValue: value.value, baseValueMax: value.valueMax, baseUnit: unit, unitKind: kind, qualifier: value.qualifier });
}

/** A row's value as shown: Σ before a sum of sub-places. */
export function formatRowValue(row: ComparisonRow, unit: string, kind: UnitKind): string {
  const value = formatComparedValue(row, unit, kind);
  return row.shown === null ? `Σ ${value}` : value;
}
