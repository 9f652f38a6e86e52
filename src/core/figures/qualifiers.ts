/**
 * Qualifiers: words around a figure that say how its number relates to the true quantity.
 * They are stored on the figure and never folded into the value (近2000亩 stays 2000, approx).
 */
import type { Qualifier, UnitKind } from '../../dataset/schema';

/** Words written right before the number: 近2000亩, 超过50次, 不到一年. */
export const QUALIFIERS_BEFORE: Readonly<Record<string, Qualifier>> = {
  近: 'approx', 约: 'approx', 约为: 'approx', 大约: 'approx', 将近: 'approx', 接近: 'approx', 大概: 'approx',
  超过: 'atLeast', 超: 'atLeast', 逾: 'atLeast', 突破: 'atLeast', 至少: 'atLeast', 不少于: 'atLeast',
  不低于: 'atLeast', 不止: 'atLeast', 多达: 'atLeast', 超出: 'atLeast',
  不到: 'atMost', 不足: 'atMost', 最多: 'atMost', 至多: 'atMost', 不超过: 'atMost', 不高于: 'atMost',
  少于: 'atMost', 低于: 'atMost', 未超过: 'atMost',
};

/** Bounds that may stand a short verb away from the number: 最多经过两个环节, 至少走访一次. */
const DETACHABLE_BEFORE = new Set(['最多', '至多', '至少']);

/** Words written right after the unit: 150人左右, 5亿元以上, 一天内. */
export const QUALIFIERS_AFTER: Readonly<Record<string, Qualifier>> = {
  左右: 'approx', 上下: 'approx',
  以上: 'atLeast', 之上: 'atLeast', 有余: 'atLeast', 多: 'atLeast',
  以内: 'atMost', 之内: 'atMost', 以下: 'atMost', 内: 'atMost',
};

/** A bare 内 bounds only spans of time or distance (一天内, 3公里内), not 村内 after a count. */
const INSIDE_KINDS = new Set<UnitKind>(['duration', 'length']);

/** Between number and unit: 40余个, 2000多万元, 30多项. */
export const APPROXIMATE_INFIXES = new Set(['余', '多']);

/** A qualifier read from the text and the span it covers. */
export interface QualifierMatch {
  qualifier: Qualifier;
  start: number;
  end: number;
}

const BEFORE_WORDS = Object.keys(QUALIFIERS_BEFORE).sort((a, b) => b.length - a.length);
const AFTER_WORDS = Object.keys(QUALIFIERS_AFTER).sort((a, b) => b.length - a.length);
const MAX_VERB_LENGTH = 2;
const SHORT_VERB = new RegExp(`^\\p{Script=Han}{1,${MAX_VERB_LENGTH}}$`, 'u');
const HAN_CHAR = /^\p{Script=Han}$/u;

/**
 * Reads a qualifier that ends where the number starts, or a detachable bound a short verb earlier.
 * @example parseQualifierBefore('面积近2000亩', 3) // { qualifier: 'approx', start: 2, end: 3 }
 */
export function parseQualifierBefore(text: string, at: number): QualifierMatch | null {
  const adjacent = BEFORE_WORDS.find((word) => text.endsWith(word, at));
  if (adjacent) return { qualifier: QUALIFIERS_BEFORE[adjacent] ?? 'exact', start: at - adjacent.length, end: at };
  for (const word of DETACHABLE_BEFORE) {
    // Only the last few characters can hold the bound and its verb; searching the whole paragraph
    // back from every figure would make a long paragraph quadratic.
    const lead = text.slice(Math.max(0, at - word.length - MAX_VERB_LENGTH), at);
    const index = lead.lastIndexOf(word);
    if (index >= 0 && SHORT_VERB.test(lead.slice(index + word.length))) {
      return { qualifier: QUALIFIERS_BEFORE[word] ?? 'exact', start: at, end: at };
    }
  }
  return null;
}

/**
 * Reads a qualifier written right after the unit.
 * @example parseQualifierAfter('项目5亿元以上', 5, 'money') // { qualifier: 'atLeast', start: 5, end: 7 }
 */
export function parseQualifierAfter(text: string, at: number, kind: UnitKind): QualifierMatch | null {
  const word = AFTER_WORDS.find((w) => text.startsWith(w, at));
  if (!word) return null;
  if (word === '内' && !INSIDE_KINDS.has(kind)) return null;
  // 3年多, 4吨多，: 多 closes the figure; but in 3个多功能厅 it opens a noun.
  if (word === '多' && kind !== 'duration' && HAN_CHAR.test(text[at + 1] ?? '')) return null;
  return { qualifier: QUALIFIERS_AFTER[word] ?? 'exact', start: at, end: at + word.length };
}
