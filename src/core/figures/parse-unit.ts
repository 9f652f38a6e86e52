import { NON_UNIT_WORDS, UNIT_FORMS, type UnitForm } from './units';

/** A unit read from the text, with where it was written. */
export interface UnitMatch {
  form: UnitForm;
  start: number;
  end: number;
}

const FORMS_BY_WRITTEN = new Map<string, UnitForm>();
for (const form of UNIT_FORMS) if (!FORMS_BY_WRITTEN.has(form.written)) FORMS_BY_WRITTEN.set(form.written, form);
const LONGEST_FORM = Math.max(...UNIT_FORMS.map((f) => f.written.length));

/**
 * Reads the longest unit written at `at` (one layout space allowed before it), or null.
 * @example parseUnit('新增1.4万人', 5, 'arabic')?.form.written // '万人'
 */
export function parseUnit(text: string, at: number, script: 'arabic' | 'chinese'): UnitMatch | null {
  const start = text[at] === ' ' ? at + 1 : at;
  if (NON_UNIT_WORDS.some((word) => text.startsWith(word, start))) return null;
  for (let length = Math.min(LONGEST_FORM, text.length - start); length > 0; length--) {
    const form = FORMS_BY_WRITTEN.get(text.slice(start, start + length));
    if (form && (script === 'arabic' || !form.arabicOnly)) return { form, start, end: start + length };
  }
  return null;
}
