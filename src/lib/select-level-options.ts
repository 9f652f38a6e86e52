import { LOCALITY_LEVELS, type LocalityLevel } from '../dataset/schema';
import type { DatasetIndex } from './create-dataset-index';

/** One administrative level a view can show, with how many of its places have something to show. */
export interface LevelOption {
  level: LocalityLevel;
  count: number;
}

/**
 * The levels of the given places, top-down (province first), each with how many places it has.
 * @example selectLevelOptions(index, ['cn-420322', 'cn-310115', 'cn-420300']) // [{ prefecture, 1 }, { county, 2 }]
 */
export function selectLevelOptions(index: DatasetIndex, localityIds: Iterable<string>): LevelOption[] {
  const counts = new Map<LocalityLevel, number>();
  for (const id of new Set(localityIds)) {
    const level = index.localities.get(id)?.level;
    if (level !== undefined) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return LOCALITY_LEVELS.flatMap((level) => {
    const count = counts.get(level) ?? 0;
    return count > 0 ? [{ level, count }] : [];
  });
}

/**
 * The level to show: the chosen one while it is offered, else the level with the most places, the
 * higher level on a tie (a province rather than its villages); null when nothing is offered.
 */
export function resolveLevel(options: readonly LevelOption[], chosen: LocalityLevel | null): LocalityLevel | null {
  if (chosen !== null && options.some((option) => option.level === chosen)) return chosen;
  let best: LevelOption | null = null;
  for (const option of options) if (best === null || option.count > best.count) best = option;
  return best?.level ?? null;
}
