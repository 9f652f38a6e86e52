import type { ParagraphStore } from './create-paragraph-store';

/** Chunks fetched at once by a bulk load: enough to overlap the network, few enough to keep the page responsive. */
const PARALLEL_FETCHES = 4;

/** The chunks holding the given articles' paragraphs, each once, in file order. */
export function selectChunksOfArticles(store: ParagraphStore, articleIds: Iterable<string>): number[] {
  const chunks = new Set<number>();
  for (const id of articleIds) {
    const chunk = store.chunkOf(id);
    if (chunk !== null) chunks.add(chunk);
  }
  return [...chunks].sort((a, b) => a - b);
}

/**
 * Loads every chunk listed (those already loaded cost nothing), reporting after each how many are in;
 * rejects with the first chunk that fails, once the others have settled.
 */
export async function loadChunks(store: ParagraphStore, chunks: readonly number[], onProgress?: (done: number, total: number) => void): Promise<void> {
  let next = 0;
  let done = 0;
  const failures: unknown[] = [];
  onProgress?.(0, chunks.length);
  const work = async (): Promise<void> => {
    while (next < chunks.length) {
      const chunk = chunks[next++] as number;
      try {
        await store.load(chunk);
      } catch (error) {
        failures.push(error);
      }
      onProgress?.(++done, chunks.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FETCHES, chunks.length) }, work));
  if (failures.length > 0) throw failures[0];
}
