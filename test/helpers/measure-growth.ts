/** Timings per size; the fastest counts, so a pause for GC or another process does not. */
const RUNS = 5;
/** The smaller input grows until one run takes this long, so fixed costs and timer noise do not dominate… */
const MIN_SMALL_MS = 1;
/** …but stays small enough that the larger one is still an ordinary string, not a memory benchmark. */
const MAX_SMALL_CHARS = 16 * 1024;
/** Linear work grows 16 times from n to 16n, quadratic 256 times: far apart, whatever the machine. */
export const GROWTH_FACTOR = 16;
/** A ratio above the bound is measured again this many times before it counts: a square fails every time, noise does not. */
const TRIES = 5;

function fastest(task: () => void, runs: number): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    task();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * How the time of `work(unit.repeat(n))` grows when the input grows sixteenfold: about 16 for linear
 * work, 256 for quadratic. A ratio and not a time, so a slow or busy machine passes the same check;
 * a change of memory regime between the sizes costs a constant factor, never the 16 a square adds.
 * The large input runs first, once, so both sizes are timed with the code compiled and the heap grown.
 * A ratio above `bound` is measured again, and the lowest of the tries is returned.
 */
export function measureGrowth(unit: string, work: (text: string) => unknown, bound: number): { ratio: number; units: number } {
  let units = 16;
  while (fastest(() => work(unit.repeat(units)), 1) < MIN_SMALL_MS && units * 2 * unit.length <= MAX_SMALL_CHARS) units *= 2;
  const small = unit.repeat(units);
  const large = unit.repeat(units * GROWTH_FACTOR);
  work(large);
  let ratio = Infinity;
  for (let attempt = 0; attempt < TRIES && ratio > bound; attempt++) {
    ratio = Math.min(ratio, fastest(() => work(large), 3) / fastest(() => work(small), RUNS));
  }
  return { ratio, units };
}

/**
 * How much more `work(before + after)` costs than `work(before)` and `work(after)` apart: about 1 when
 * each part of a text costs the same wherever it stands, and far more when the work on `after`
 * rescans everything before it (a backward search with no bound, once per figure or per place). A
 * ratio, like `measureGrowth`, and remeasured before a ratio above `bound` counts.
 */
export function measureAdditivity(before: string, after: string, work: (text: string) => unknown, bound: number): number {
  work(before + after);
  let ratio = Infinity;
  for (let attempt = 0; attempt < TRIES && ratio > bound; attempt++) {
    const apart = fastest(() => work(before), 2) + fastest(() => work(after), 2);
    ratio = Math.min(ratio, fastest(() => work(before + after), 2) / apart);
  }
  return ratio;
}
