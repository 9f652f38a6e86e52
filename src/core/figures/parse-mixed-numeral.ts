/**
 * Numbers written in Arabic digits across several magnitudes: 3万4000, 25万6千, 2千零30, 1亿2千万.
 * Each digit run is a coefficient; the characters between them scale it like a Chinese numeral.
 */

// 十 is left out: digits never take it (3十 is written 30).
const SMALL_MAGNITUDES: Readonly<Record<string, number>> = { 百: 100, 千: 1000 };
const LARGE_MAGNITUDES: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };


type Part = { digits: string } | { char: string };

/** Splits 25万6千 into [25, 万, 6, 千]. */
function splitParts(written: string): Part[] {
  return [...written.matchAll(/[0-9]+|[百千万亿零]/gu)].map((m) => (/\d/u.test(m[0]) ? { digits: m[0] } : { char: m[0] }));
}

// After 万 a trailing number fills four places (3万4000), after 千 three (2千350), after 百 two; a shorter one
// needs a 零 before it (2千零30, 3万零500), as when the number is written in characters.
function fillsPlaces(digits: string, magnitude: number, afterZero: boolean): boolean {
  const places = Math.round(Math.log10(magnitude));
  return afterZero ? digits.length < places : digits.length === places;
}

/**
 * Reads a mixed number whole, or null when it is malformed or holds a single part (a plain 3万 is a
 * number and a magnitude, read elsewhere with the magnitude kept for the unit).
 * @example parseMixedNumeral('25万6千') // 256000
 */
export function parseMixedNumeral(written: string): number | null {
  const parts = splitParts(written);
  if (parts.length < 3 || parts.map((p) => ('digits' in p ? p.digits : p.char)).join('') !== written) return null;
  let closed = 0; // groups closed by 万 or 亿
  let group = 0; // the part below 万 being read
  let pending: string | null = null; // a digit run waiting for its magnitude
  let lastLarge = Infinity; // 亿 then 万, never 万 then 亿 or 万 twice
  let lastSmall = Infinity; // within a group: 千 then 百, never 百 then 千
  let last = Infinity; // the magnitude read last, which a trailing digit run fills
  let afterZero = false;
  for (const part of parts) {
    if ('digits' in part) {
      if (pending !== null) return null;
      pending = part.digits;
      continue;
    }
    const small = SMALL_MAGNITUDES[part.char];
    const large = LARGE_MAGNITUDES[part.char];
    if (part.char === '零') {
      if (pending !== null) return null;
      afterZero = true;
    } else if (small !== undefined) {
      if (pending === null || pending.length > 1 || small >= lastSmall) return null; // 25千 is no numeral
      group += Number(pending) * small;
      [pending, lastSmall, last, afterZero] = [null, small, small, false];
    } else if (large !== undefined) {
      const head = group + (pending === null ? 0 : Number(pending));
      if (head === 0 || head >= 1e4 || large >= lastLarge) return null;
      closed = large === 1e8 ? (closed + head) * 1e8 : closed + head * large;
      [group, pending, lastLarge, lastSmall, last, afterZero] = [0, null, large, Infinity, large, false];
    }
  }
  if (pending !== null) {
    if (!fillsPlaces(pending, last, afterZero)) return null;
    group += Number(pending);
  }
  return closed + group;
}
