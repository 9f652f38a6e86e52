import type { DatasetIndex } from './create-dataset-index';

/**
 * The ids of a place and every place above it, nearest first; none for no place. A parent loop (which
 * the checker reports) ends the walk instead of hanging it.
 * @example selectLocalityAncestry(index, 'cn-420322') // ['cn-420322', 'cn-420300', 'cn-420000']
 */
export function selectLocalityAncestry(index: DatasetIndex, id: string | null): string[] {
  const ids: string[] = [];
  for (let at = id; at !== null && !ids.includes(at); at = index.localities.get(at)?.parentId ?? null) ids.push(at);
  return ids;
}
