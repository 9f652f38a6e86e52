/** The readings of a text, one list per character: 长寿 → [['chang', 'zhang'], ['shou']]; a non-Han character reads as itself. */
export type Readings = readonly (readonly string[])[];

// ü is written u (lü → lu) and v by many keyboards (lv): all three compare as u.
const U_FORMS = /[üv]/gu;
const COMBINING_MARK = /\p{M}/gu;
// hàn bīn, han4bin1, xi'an: tones, tone numbers, spaces and syllable apostrophes are left out.
const LEFT_OUT = /[\s1-5'’]/gu;
const PINYIN = /^[a-z]+$/u;

/**
 * A query as pinyin letters, or null when it is not pinyin (it holds Han characters, digits other
 * than tone numbers, or punctuation). @example normalizePinyin('Hàn Bīn') // 'hanbin'
 */
export function normalizePinyin(query: string): string | null {
  const letters = query.toLowerCase().normalize('NFD').replace(COMBINING_MARK, '').replace(LEFT_OUT, '').replace(U_FORMS, 'u');
  return PINYIN.test(letters) ? letters : null;
}

/** A reading as the matcher compares it: lower case, ü and v as u. */
export function normalizeReading(reading: string): string {
  return reading.toLowerCase().replace(U_FORMS, 'u');
}

/**
 * True when consecutive characters of the text, from any one of them, spell the query, each by a
 * non-empty start of one of its readings: full pinyin (hanbin → 汉滨), initials (hb → 汉滨) and any
 * mix (hanb, xianf). Each character's part ends where the next begins, so `an` does not match 汉.
 * @example matchesPinyin([['han'], ['bin'], ['qu']], 'hbq') // true
 */
export function matchesPinyin(readings: Readings, query: string): boolean {
  const n = readings.length;
  const m = query.length;
  if (m === 0) return false;
  // Memo of (query position, character): 0 unknown, 1 no, 2 yes. Linear in text × query.
  const memo = new Uint8Array((m + 1) * (n + 1));
  const from = (pos: number, i: number): boolean => {
    if (pos === m) return true;
    if (i === n) return false;
    const key = pos * (n + 1) + i;
    if (memo[key] !== 0) return memo[key] === 2;
    let found = false;
    for (const reading of readings[i] ?? []) {
      for (let k = Math.min(reading.length, m - pos); k > 0 && !found; k -= 1) {
        if (query.startsWith(reading.slice(0, k), pos)) found = from(pos + k, i + 1);
      }
      if (found) break;
    }
    memo[key] = found ? 2 : 1;
    return found;
  };
  for (let i = 0; i < n; i += 1) if (from(0, i)) return true;
  return false;
}
