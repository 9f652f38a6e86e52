import type { Locality } from '../dataset/schema';
import type { DatasetIndex } from './create-dataset-index';
import { compareChinese } from './compare-chinese';

/**
 * Places whose name, full name or alias contains the (simplified) query; one- and two-character
 * queries are plain substrings (县 finds every county). Closer matches come first: the name starting
 * with the query, then the name containing it, then the chain or an alias containing it.
 */
export function selectLocalityMatches(index: DatasetIndex, query: string, limit = 50): Locality[] {
  const q = query.trim();
  if (q === '') return [];
  const rank = (l: Locality): number =>
    l.name.startsWith(q) ? 0 : l.name.includes(q) ? 1 : l.fullName.includes(q) || l.aliases.some((a) => a.includes(q)) ? 2 : 3;
  return index.dataset.localities
    .map((locality) => ({ locality, rank: rank(locality) }))
    .filter((m) => m.rank < 3)
    .sort((a, b) => a.rank - b.rank || compareChinese(a.locality.fullName, b.locality.fullName))
    .slice(0, limit)
    .map((m) => m.locality);
}
