import type { Locality } from '../dataset/schema';
import type { DatasetIndex } from './create-dataset-index';
import { compareChinese } from './compare-chinese';
import type { PinyinMatcher } from './load-pinyin';
import { normalizePinyin } from './match-pinyin';

/**
 * Places whose name, full name or alias contains the (simplified) query, or, with a `pinyin`
 * matcher, whose name or alias reads as the query (xianfeng → 咸丰县, hb → 汉滨区). One- and
 * two-character queries are plain substrings (县 finds every county). Closer matches come first: the
 * name starting with the query, then the name containing it, then the name in pinyin, then the chain
 * or an alias.
 */
export function selectLocalityMatches(index: DatasetIndex, query: string, limit = 50, pinyin: PinyinMatcher | null = null): Locality[] {
  const q = query.trim();
  if (q === '') return [];
  const letters = pinyin === null ? null : normalizePinyin(q);
  const readsAs = (text: string) => letters !== null && pinyin !== null && pinyin.matches(text, letters);
  const rank = (l: Locality): number => {
    if (l.name.startsWith(q)) return 0;
    if (l.name.includes(q)) return 1;
    if (readsAs(l.name)) return 2;
    return l.fullName.includes(q) || l.aliases.some((a) => a.includes(q) || readsAs(a)) ? 3 : 4;
  };
  return index.dataset.localities
    .map((locality) => ({ locality, rank: rank(locality) }))
    .filter((m) => m.rank < 4)
    .sort((a, b) => a.rank - b.rank || compareChinese(a.locality.fullName, b.locality.fullName))
    .slice(0, limit)
    .map((m) => m.locality);
}
