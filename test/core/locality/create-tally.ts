/** Hits out of a total, with a line for each miss so a failing floor says what it missed. */
export interface Tally { hits: number; total: number; misses: string[] }

/** An empty tally. */
export const createTally = (): Tally => ({ hits: 0, total: 0, misses: [] });

/** Counts one case: a hit, or a miss described by `miss`. */
export function count(t: Tally, ok: boolean, miss: string): void {
  t.total++;
  if (ok) t.hits++;
  else t.misses.push(miss);
}
