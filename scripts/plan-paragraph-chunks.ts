import { PARAGRAPH_CHUNK_BYTES } from '../src/dataset/app-layout';

const NEWLINE = 0x0a;

/** Which paragraph chunk of the app layout each article goes to, decided as the paragraphs arrive. */
export interface ParagraphChunkPlan {
  /** The next paragraphs, in dataset order: their rows as JSON lines (a row per line) and each one's article. */
  add(rowLines: Uint8Array, articleIds: readonly string[]): void;
  /** Each article's chunk, and how many paragraph rows each chunk holds (at least one chunk, maybe empty). */
  finish(): { articles: ReadonlyMap<string, number>; paragraphCounts: number[] };
}

/**
 * Plans the chunks as writeAppLayout used to while reading every paragraph back at the end: a chunk is
 * closed at the first new article once its rows pass PARAGRAPH_CHUNK_BYTES, so an article never
 * straddles two chunks. Only a row's byte length and its article are needed, both known when it is
 * spooled, so the end copies the spooled rows into their chunks without parsing them.
 */
export function createParagraphChunkPlan(): ParagraphChunkPlan {
  const articles = new Map<string, number>();
  const paragraphCounts: number[] = [];
  let inChunk = 0;
  let bytes = 0;
  return {
    add(rowLines, articleIds) {
      let from = 0;
      for (const articleId of articleIds) {
        const end = rowLines.indexOf(NEWLINE, from);
        if (!articles.has(articleId)) {
          if (bytes >= PARAGRAPH_CHUNK_BYTES) {
            paragraphCounts.push(inChunk);
            inChunk = 0;
            bytes = 0;
          }
          articles.set(articleId, paragraphCounts.length);
        }
        inChunk++;
        bytes += end - from; // the row's UTF-8 bytes, its line break left out
        from = end + 1;
      }
    },
    finish() {
      if (inChunk > 0 || paragraphCounts.length === 0) paragraphCounts.push(inChunk);
      inChunk = 0;
      return { articles, paragraphCounts };
    },
  };
}
