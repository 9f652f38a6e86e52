/**
 * The `index`-th (1-based) of `count` contiguous slices of a sorted file list, sizes differing by one
 * at most. Contiguous, so the shard outputs concatenated in shard order are the files in the order
 * one run would process them, and a merge is a concatenation.
 * @example selectShard(['a', 'b', 'c', 'd', 'e'], { index: 2, count: 2 }) // ['c', 'd', 'e']
 */
export function selectShard<T>(files: readonly T[], shard: { index: number; count: number }): T[] {
  const from = Math.floor(((shard.index - 1) * files.length) / shard.count);
  const to = Math.floor((shard.index * files.length) / shard.count);
  return files.slice(from, to);
}
