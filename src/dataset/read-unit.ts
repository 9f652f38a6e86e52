import { parseUnit } from '../core/figures/parse-unit';
import type { UnitKind } from './schema';

/** A unit as a reviewer typed it, read the way the extractor reads units. */
export interface UnitReading {
  /** The base unit values are compared in (万人 → 人, 个工作日 → 工作日); the unit itself when unknown. */
  base: string;
  /** What one written unit is in base units (万人 → 10000). */
  factor: number;
  kind: UnitKind;
}

/**
 * Reads a unit typed in a correction with the extractor's own unit lexicon, so a corrected figure
 * is normalised exactly as an extracted one would be. A unit the lexicon does not know is a count of
 * its own kind (it compares only with itself); an empty unit is a bare count.
 * @example readUnit('万人') // { base: '人', factor: 10000, kind: 'count' }
 */
export function readUnit(written: string): UnitReading {
  const unit = written.trim();
  const match = unit === '' ? null : parseUnit(unit, 0, 'arabic');
  if (match === null || match.start !== 0 || match.end !== unit.length) return { base: unit, factor: 1, kind: 'count' };
  return { base: match.form.base, factor: match.form.factor, kind: match.form.kind };
}

/** value × factor to 15 significant digits, as the extractor scales (261.09 × 1e8 stays 26109000000). */
export function scaleValue(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15));
}
