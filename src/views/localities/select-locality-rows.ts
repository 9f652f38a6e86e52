import { CATEGORIES, LOCALITY_LEVELS, type Category, type Figure, type LocalityLevel } from '../../dataset/schema';
import { selectLocalityChain, type DatasetIndex } from '../../lib/create-dataset-index';
import { selectLocalitySet } from '../../lib/select-filtered-figures';
import { CHAIN_SEPARATOR } from '../../lib/select-figure-rows';

/** One place with its chain and its figures (its own and those below it) per category. */
export interface LocalityRow {
  id: string;
  name: string;
  chain: string;
  level: LocalityLevel;
  /** Position of the level in LOCALITY_LEVELS, so levels sort top-down rather than by name. */
  levelRank: number;
  code: string | null;
  total: number;
  counts: Record<Category, number>;
}

/**
 * Rows for every place in the locality filter (all places when none is chosen). Counts come from the
 * filtered figures, each counted for its place and every place above it.
 */
export function selectLocalityRows(index: DatasetIndex, selected: readonly string[], figures: readonly Figure[]): LocalityRow[] {
  const scope = selectLocalitySet(index, selected);
  const rows = new Map<string, LocalityRow>();
  for (const locality of index.dataset.localities) {
    if (scope !== null && !scope.has(locality.id)) continue;
    rows.set(locality.id, {
      id: locality.id,
      name: locality.name,
      chain: selectLocalityChain(index, locality.id).join(CHAIN_SEPARATOR),
      level: locality.level,
      levelRank: LOCALITY_LEVELS.indexOf(locality.level),
      code: locality.code,
      total: 0,
      counts: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>,
    });
  }
  for (const figure of figures) {
    const seen = new Set<string>();
    for (let id = figure.localityId; id !== null && !seen.has(id); id = index.localities.get(id)?.parentId ?? null) {
      seen.add(id);
      const row = rows.get(id);
      if (!row) continue;
      row.total += 1;
      row.counts[figure.category] += 1;
    }
  }
  return [...rows.values()];
}
