/**
 * The place one figure is about: the nearest governing place before it in its clause, then in its
 * sentence, then after it in its clause; a place of the article named earlier in the paragraph;
 * otherwise the article's locality. Places outside the article's area (赴广东招商) never govern.
 */
import type { Attribution, FigurePosition } from '../types';
import type { PlaceBook } from './place-book';
import { FIRST_PARAGRAPH_BLOCK, type PlaceAnchor } from './place-anchor';

const SENTENCE_END = /[。！？!?；;\n]/;
const CLAUSE_END = /[。！？!?；;\n，,：:]/;

function spanAround(text: string, start: number, end: number, stop: RegExp): { from: number; to: number } {
  let from = start;
  while (from > 0 && !stop.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && !stop.test(text[to] ?? '')) to++;
  return { from, to };
}

/** What the caller knows about the article: its locality and the area a figure's place must lie in. */
export interface FigureContext {
  blocks: readonly string[];
  anchors: readonly PlaceAnchor[];
  article: Attribution;
  /** The article's prefecture (or its own place when higher): places outside it and its chain are elsewhere. */
  scopeId: string | null;
  book: PlaceBook;
}

function isInArea(placeId: string, context: FigureContext): boolean {
  const { article, scopeId, book } = context;
  if (article.placeId === null || scopeId === null) return true;
  return book.isWithin(placeId, scopeId) || book.isWithin(article.placeId, placeId);
}

const attribution = (anchor: PlaceAnchor, confidence: number): Attribution => ({
  placeId: anchor.placeId,
  confidence: Math.round(Math.min(confidence, anchor.confidence) * 100) / 100,
});

/** Attributes one figure. */
export function resolveFigureLocality(position: FigurePosition, context: FigureContext): Attribution {
  const block = position.paragraphIndex + FIRST_PARAGRAPH_BLOCK;
  const text = context.blocks[block] ?? '';
  const here = context.anchors.filter((a) => a.block === block && isInArea(a.placeId, context));
  const clause = spanAround(text, position.start, position.end, CLAUSE_END);
  const sentence = spanAround(text, position.start, position.end, SENTENCE_END);
  const before = (from: number) => here.filter((a) => a.start >= from && a.end <= position.start).at(-1);

  const inClause = before(clause.from);
  if (inClause) return attribution(inClause, 0.9);
  const inSentence = before(sentence.from);
  if (inSentence) return attribution(inSentence, 0.8);
  const afterInClause = here.find((a) => a.start >= position.end && a.end <= clause.to);
  if (afterInClause) return attribution(afterInClause, 0.7);
  // 张芝山镇大力推行…。共取缔马路市场3处: a place of the article carries over to the paragraph's next sentences.
  const { article, book } = context;
  const carried = before(0);
  if (carried && article.placeId !== null && book.isWithin(carried.placeId, article.placeId)) return attribution(carried, 0.6);
  return { placeId: article.placeId, confidence: Math.round(article.confidence * 0.7 * 100) / 100 };
}
