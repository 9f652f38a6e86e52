/**
 * The place one figure is about: the nearest governing place before it in its clause, then in its
 * sentence, then after it in its clause; where the company or project the sentence is about was
 * said to be; a place named earlier in the paragraph; otherwise the article's locality. Places outside the article's area (赴广东招商) never govern.
 */
import type { Attribution, FigurePosition } from '../types';
import type { PlaceBook } from './place-book';
import { findRespectivePlace } from './find-respective-place';
import { findNonGoverningContext } from './is-governing';
import { findListOwner, findPlaceLists } from './find-place-lists';
import { ENTITY_WORD } from './find-located-entities';
import { FIRST_PARAGRAPH_BLOCK, type PlaceAnchor } from './place-anchor';

const SENTENCE_END = /[。！？!?；;\n]/;
const CLAUSE_END = /[。！？!?；;\n，,：:]/;

// A clause or sentence is looked for this far either side of a figure at most: text with no stops
// (a table flattened into one line) would otherwise make every figure walk the whole of it.
const MAX_REACH = 400;

function spanAround(text: string, start: number, end: number, stop: RegExp): { from: number; to: number } {
  const floor = Math.max(0, start - MAX_REACH);
  const ceiling = Math.min(text.length, end + MAX_REACH);
  let from = start;
  while (from > floor && !stop.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < ceiling && !stop.test(text[to] ?? '')) to++;
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
  /** Places where a company or project was said to be (公司位于忠堡镇工业园区), in reading order. */
  locatedEntities: readonly PlaceAnchor[];
  /** Every figure of the article, for lists whose places and figures pair up (甲、乙分别…). */
  figures: readonly FigurePosition[];
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

// 连续三年南通第一，养老保险扩面完成率150%: a place above the article's is a frame of comparison;
// it governs only a figure in its own clause (领先于南通60%).
function isAboveArticle(placeId: string, context: FigureContext): boolean {
  const { article, book } = context;
  return article.placeId !== null && placeId !== article.placeId && book.isWithin(article.placeId, placeId);
}

// 据悉，某区今年将…，计划新建超市120个: a place above the article's that opens a clause, after at most a
// time word, is the subject of its sentence, not a frame of comparison (南通第一, 居全市前列).
const SUBJECT_LEAD = /^(?:今年|去年|明年|近年来|近年|目前|当前|同时|此外|另外|其中|下一步|年内|近期|日前|随后)?$/;
const FRAME_AFTER = /^(?:第|排名|排在|位居|居|前列|之首|平均)/;

function opensClause(anchor: PlaceAnchor, text: string): boolean {
  const { from } = spanAround(text, anchor.start, anchor.end, CLAUSE_END);
  return SUBJECT_LEAD.test(text.slice(from, anchor.start)) && !FRAME_AFTER.test(text.slice(anchor.end));
}

// The helpers below are module functions rather than closures made per figure: the CLI runs under tsx,
// whose keepNames gives every named closure an Object.defineProperty call each time it is made.

/** The last anchor within [from, end). */
function lastBetween(anchors: readonly PlaceAnchor[], from: number, end: number): PlaceAnchor | undefined {
  return anchors.filter((a) => a.start >= from && a.end <= end).at(-1);
}

/** What an anchor's attribution needs to know of its block: the lists of places in it, and its governing anchors. */
interface ListContext { lists: readonly PlaceAnchor[][]; here: readonly PlaceAnchor[]; text: string; context: FigureContext }

/**
 * A member of a list of places (甲镇、乙镇……，共7个镇) stands for the list: the figure after it is the
 * list owner's. 分别 pairs members with figures first (findRespectivePlace).
 */
function attributeWithList(anchor: PlaceAnchor, confidence: number, { lists, here, text, context }: ListContext): Attribution {
  const list = lists.find((l) => l.includes(anchor));
  const first = list?.[0];
  if (list === undefined || first === undefined) return attribution(anchor, confidence);
  const from = spanAround(text, first.start, first.end, SENTENCE_END).from;
  const found = findListOwner(list, here.filter((a) => a.start >= from && a.end <= first.start), context.book);
  // Members read in different counties meet only far up (云南省): the article's own place holds them then.
  const owner = found !== null && isAboveArticle(found, context) ? context.article.placeId : found;
  return owner !== null && isInArea(owner, context) ? { ...attribution(anchor, confidence), placeId: owner } : attribution(anchor, confidence);
}

/** Attributes one figure. */
export function resolveFigureLocality(position: FigurePosition, context: FigureContext): Attribution {
  const block = position.paragraphIndex + FIRST_PARAGRAPH_BLOCK;
  const text = context.blocks[block] ?? '';
  // Villages and parks are found by their suffix, not read as mentions: the governing grammar is applied here too.
  const here = context.anchors.filter((a) => a.block === block && isInArea(a.placeId, context) && findNonGoverningContext(text, a.start, a.end) === null);
  const below = here.filter((a) => !isAboveArticle(a.placeId, context));
  const governing = here.filter((a) => below.includes(a) || opensClause(a, text));
  const clause = spanAround(text, position.start, position.end, CLAUSE_END);
  const sentence = spanAround(text, position.start, position.end, SENTENCE_END);
  const inBlock: ListContext = { lists: findPlaceLists(here, text), here, text, context };

  const respective = findRespectivePlace(position, context.figures, here, text);
  if (respective) return attribution(respective, 0.85);
  const inClause = lastBetween(here, clause.from, position.start);
  if (inClause) return attributeWithList(inClause, 0.9, inBlock);
  const inSentence = lastBetween(governing, sentence.from, position.start);
  if (inSentence) return attributeWithList(inSentence, 0.8, inBlock);
  const afterInClause = below.find((a) => a.start >= position.end && a.end <= clause.to);
  if (afterInClause) return attribution(afterInClause, 0.7);
  const located = context.locatedEntities.filter((e) => e.block < block || (e.block === block && e.end <= position.start)).at(-1);
  // 张芝山镇大力推行…。共取缔马路市场3处: a place named earlier in the paragraph carries over.
  const carried = lastBetween(below, 0, position.start);
  // 公司实现产值2.54亿元: a sentence about the company, the plant or the project, with no place of its own,
  // unless a place was named since the company was located (该公司在某街道投资…。全区共有38个项目…).
  const locatedSince = located !== undefined && (carried === undefined || located.block > carried.block || (located.block === carried.block && located.start > carried.start));
  if (located && locatedSince && ENTITY_WORD.test(text.slice(sentence.from, sentence.to))) return attribution(located, 0.6);
  if (carried) return attributeWithList(carried, 0.6, inBlock);
  const { article } = context;
  return { placeId: article.placeId, confidence: Math.round(article.confidence * 0.7 * 100) / 100 };
}
