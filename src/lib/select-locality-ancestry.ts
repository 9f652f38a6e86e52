import type { DatasetIndex } from './create-dataset-index';

/**
 * The ids of a place and every place above it, nearest first; none for no place. A parent loop (which
 * the checker reports) ends the walk instead of hanging it.
 * @example selectLocalityAncestry(index, 'cn-420322') // ['cn-420322', 'cn-420300', 'cn-420000']
 */
export function selectLocalityAncestry(index: DatasetIndex, id: string | null): readonly string[] {
  if (id === null) return [];
  // Walked once per place and index: the overview asks for it once per figure, 100,000 times a render.
  let known = ancestryOfIndex.get(index);
  if (!known) ancestryOfIndex.set(index, (known = new Map()));
  let ids = known.get(id);
  if (!ids) {
    const walked: string[] = [];
    for (let at: string | null = id; at !== null && !walked.includes(at); at = index.localities.get(at)?.parentId ?? null) walked.push(at);
    known.set(id, (ids = walked));
  }
  return ids;
}

const ancestryOfIndex = new WeakMap<DatasetIndex, Map<string, readonly string[]>>();
