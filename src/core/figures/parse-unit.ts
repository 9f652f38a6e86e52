import { NON_UNIT_WORDS, RATE_DENOMINATORS, RATE_KINDS, UNIT_FORMS, type UnitForm } from './units';

/** A unit read from the text, with where it was written. */
export interface UnitMatch {
  form: UnitForm;
  start: number;
  end: number;
}

const FORMS_BY_WRITTEN = new Map<string, UnitForm>();
for (const form of UNIT_FORMS) if (!FORMS_BY_WRITTEN.has(form.written)) FORMS_BY_WRITTEN.set(form.written, form);
const LONGEST_FORM = Math.max(...UNIT_FORMS.map((f) => f.written.length));
const DENOMINATORS = Object.keys(RATE_DENOMINATORS).sort((a, b) => b.length - a.length);
const RATE_SLASH = new Set(['/', '／']);
// A denominator ends the unit: 500吨/日，or 45元/人 then a stop — not 3/5 or 元/人民币 (a letter or Han goes on).
const AFTER_DENOMINATOR = /^(?:[^\p{Script=Han}A-Za-z]|[的左以之内，。；、]|$)/u;

/** 500吨/日 → 吨/日, 200元/人/月 → 元/人/月: a rate compares only with the same rate, never with 吨 or 元. */
function parseRate(text: string, unit: UnitMatch): UnitMatch {
  if (!RATE_KINDS.has(unit.form.kind) || !RATE_SLASH.has(text[unit.end] ?? '')) return unit;
  const at = unit.end + 1;
  const written = DENOMINATORS.find((d) => text.startsWith(d, at) && AFTER_DENOMINATOR.test(text.slice(at + d.length)));
  if (written === undefined) return unit;
  const per = RATE_DENOMINATORS[written] ?? written;
  const end = at + written.length;
  return parseRate(text, { ...unit, end, form: { ...unit.form, written: text.slice(unit.start, end), base: `${unit.form.base}/${per}` } });
}

/**
 * Reads the longest unit written at `at` (one layout space allowed before it), or null; a rate
 * written with a slash (吨/日) is read whole.
 * @example parseUnit('新增1.4万人', 5, 'arabic')?.form.written // '万人'
 */
export function parseUnit(text: string, at: number, script: 'arabic' | 'chinese'): UnitMatch | null {
  const start = text[at] === ' ' ? at + 1 : at;
  const blocked = Math.max(0, ...NON_UNIT_WORDS.filter((word) => text.startsWith(word, start)).map((word) => word.length));
  for (let length = Math.min(LONGEST_FORM, text.length - start); length > blocked; length--) {
    const form = FORMS_BY_WRITTEN.get(text.slice(start, start + length));
    if (form && (script === 'arabic' || !form.arabicOnly)) return parseRate(text, { form, start, end: start + length });
  }
  return null;
}

/** The lexicon entry of a unit written exactly so, or null. @example findUnitForm('‰')?.base // '%' */
export function findUnitForm(written: string): UnitForm | null {
  return FORMS_BY_WRITTEN.get(written) ?? null;
}
