import { displayWidth } from '../text/char-classes';
import type { ScriptedLine } from '../types';
import { endsSentence, hasHeadingMarks, hasPhotoCredit, isHeadingLike, parseByline, SUBTITLE } from './classify-line';
import { hasTrailingCredit, isDatelineLead, isDatelineOnly } from './strip-inline-credits';
import { splitHeadlineDate } from './strip-title-note';

/** A run of lines that belong together: a paragraph, a headline, a sub-headline or a byline. */
export interface Block {
  kind: 'text' | 'heading' | 'subtitle' | 'byline';
  lines: ScriptedLine[];
  /** For bylines: "role names" entries. */
  bylines: string[];
  /** For headings: printed straight above a publication line (标题 / 发布时间：… 来源：…), so an article's headline. */
  headsMetadata?: boolean;
}

/** A block's cleaned, simplified text, its lines joined without a separator. */
export function blockText(block: Block): string {
  return block.lines.map((line) => line.text).join('');
}

/** Lines around a line that decide whether it sits in a fixed-width column. */
const COLUMN_WINDOW = 8;
/** A column is wrapped at most this wide; wider lines are whole paragraphs. */
const MAX_COLUMN_WIDTH = 40;
/** A first line is indented and punctuation may be narrow, so a wrapped line may fall this short of the column. */
const COLUMN_SLACK = 3.5;
/** Lines within this much of the column width count as filling it. */
const COLUMN_TOLERANCE = 1.5;
/** Fewer lines than this cannot establish a column width. */
const MIN_COLUMN_LINES = 5;
/** A caption dropped into a sentence is short. */
const MAX_CAPTION_WIDTH = 25;
/** A credited caption wraps onto at most this many lines. */
const MAX_CAPTION_LINES = 3;
/** Marks that close a clause or a bracket, never the start of a paragraph. */
const OPENS_WITH_CLOSER = /^[，、；：。！？,;:!?）)」』”’】》]/u;
/** How a caption begins: 图为… / 图：… / 上图… / 航拍… */
const CAPTION_OPENER = /^(?:图为|图[:：]|[上下左右]图|图片[:：]|航拍|组图)/u;

/**
 * Groups cleaned lines into blocks. Newspaper columns arrive wrapped into short lines (at a fixed width,
 * with blank lines between them); web pages put a paragraph on one line, sometimes cut mid-word by a
 * photo caption. Joins what the layout split, leaves headlines and bylines on their own, and takes
 * captions dropped into a sentence out of the flow.
 */
export function joinLines(allLines: readonly ScriptedLine[]): Block[] {
  // Page furniture is no part of any article: it is read for metadata (read-article-metadata.ts) instead.
  const lines = allLines.filter((line) => line.text !== '' && line.furniture === null);
  // Each line is read as a byline or sub-headline once; both the column finder and the loop ask.
  const boundaries = lines.map(parseBoundary);
  const columns = findColumnWidths(lines.map((line, i) => (boundaries[i] ? null : displayWidth(line.text))));
  // A headline straight above the page's publication line ends its block: the body under that line,
  // once the furniture is set aside, must not run on from the headline as one wrapped paragraph.
  const heads = findLinesAboveMetadata(allLines);
  const blocks: Block[] = [];
  let current: Block | null = null;
  let previousIndex = -1; // the line `current` ends with: a skipped caption is not it
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ScriptedLine;
    const boundary = boundaries[i];
    if (boundary) {
      blocks.push(boundary);
      current = null;
      continue;
    }
    const previous = current?.lines[current.lines.length - 1];
    const column = columns[previousIndex] ?? null;
    // A one-line block with phrase spaces is a headline, even inside a column.
    const headline = current?.lines.length === 1 && previous !== undefined && hasHeadingMarks(previous.text)
      && !isDatelineLead(previous.text);
    const wrapped = (current?.lines.length ?? 0) > 1; // `previous` itself continued a line
    if (current && previous && !headline && !heads.has(previous) && continues(previous, line, column, wrapped)) {
      // 服务重点项 / 第八届樱桃节活动现场 / 目要求，… : the middle line is a photo caption.
      const caption = findCaptionLength(lines, i, column);
      const next = lines[i + caption];
      if (caption > 0 && next && continues(previous, next, column, wrapped) && !boundaries[i + caption]) {
        i += caption - 1;
        continue;
      }
      current.lines.push(line);
    } else {
      current = { kind: 'text', lines: [line], bylines: [] };
      blocks.push(current);
    }
    previousIndex = i;
  }
  const lineIndex = new Map(lines.map((line, i) => [line, i]));
  return blocks.map((block) => {
    if (!isHeadingBlock(block, columns, lineIndex) && !isHeadlineAboveMetadata(block, heads)) return block;
    // A headline that prints its own date (【2024-05-06】 …) heads its article as one above a date line does.
    return { ...block, kind: 'heading', headsMetadata: block.lines.some((line) => heads.has(line) || splitHeadlineDate(line.text).date !== null) };
  });
}

// 綦江这半年，项目、乡村、治理“三张答卷”来了！ / 某县人大常委会…关于2024年上半年全县预算执行情况的审查报告（摘要）,
// straight above 发布时间/原创 lines: a headline may run long, or carry commas and an exclamation, where it
// heads the page's publication line; a line of body text ends a sentence inside itself or runs longer.
const MAX_HEADLINE_ABOVE_METADATA = 64;
function isHeadlineAboveMetadata(block: Block, heads: ReadonlySet<ScriptedLine>): boolean {
  const only = block.lines.length === 1 ? block.lines[0] : undefined;
  if (block.kind !== 'text' || only === undefined || !heads.has(only)) return false;
  const text = only.text;
  return text.length <= MAX_HEADLINE_ABOVE_METADATA && !/[。；;]/u.test(text) && !/[！？!?]/u.test(text.slice(0, -1)) && !isDatelineLead(text);
}

/** Lines whose next non-blank line is a publication line or a timestamp of the page's furniture. */
function findLinesAboveMetadata(lines: readonly ScriptedLine[]): Set<ScriptedLine> {
  const heads = new Set<ScriptedLine>();
  let above: ScriptedLine | null = null;
  for (const line of lines) {
    if (line.text === '') continue;
    if (above && (line.furniture === 'publication' || line.furniture === 'timestamp')) heads.add(above);
    above = line.furniture === null ? line : null;
  }
  return heads;
}

/**
 * Whether `line` carries on the sentence `previous` left open. `wrapped`: `previous` was itself joined to
 * the line above it, so it is prose even when it holds no comma (a column line of one long clause).
 */
function continues(previous: ScriptedLine, line: ScriptedLine, column: number | null, wrapped: boolean): boolean {
  // ，2024年… / ）今年… : a line cannot open with the mark that closes a clause, so the break was layout.
  if (OPENS_WITH_CLOSER.test(line.text)) return true;
  // …增长22%。（记者 王五） closes its paragraph as a stop does.
  if (endsSentence(previous.text) || hasTrailingCredit(previous.text) || isDatelineLead(line.text)) return false;
  if (isDatelineOnly(previous.text)) return true; // 本报讯（记者 王五） / its first sentence on the next line
  // Inside a column a full-width line is prose whatever spaces it holds (“优化营商环境 服务企业发展”).
  if (column !== null && displayWidth(previous.text) >= column - COLUMN_SLACK) {
    return !hasHeadingMarks(line.text) || displayWidth(line.text) >= column - COLUMN_SLACK || endsSentence(line.text);
  }
  if (hasHeadingMarks(previous.text) || hasHeadingMarks(line.text) || column !== null) return false;
  return wrapped || !isHeadingLike(previous.text); // a line of prose that stops without a stop was cut
}

/**
 * How many lines from `at` make a photo caption (0 when none): a line with a photographer's credit, the
 * credit wrapped onto a second or third line (图为某镇茶农 / 在采茶。 记者 王五 摄), or a short
 * headline-like line that does not fit its column. Outside a column such a line must be narrower than
 * the line it interrupts: a wrapped line of prose without a comma is as wide as the line above it.
 */
function findCaptionLength(lines: readonly ScriptedLine[], at: number, column: number | null): number {
  const line = lines[at] as ScriptedLine;
  if (hasPhotoCredit(line.text)) return 1;
  // A wrapped caption announces itself (图为…), or its first line could be a line of the sentence.
  if (CAPTION_OPENER.test(line.text)) {
    for (let k = 1; k < MAX_CAPTION_LINES; k++) {
      const part = lines[at + k - 1] as ScriptedLine;
      const after = lines[at + k];
      if (!after || !isHeadingLike(part.text) || displayWidth(part.text) > MAX_CAPTION_WIDTH) break;
      if (hasPhotoCredit(after.text)) return k + 1;
    }
  }
  const width = displayWidth(line.text);
  if (!isHeadingLike(line.text) || width > MAX_CAPTION_WIDTH) return 0;
  if (column !== null) return width < column - COLUMN_SLACK || width > column + COLUMN_SLACK ? 1 : 0;
  return width < displayWidth(lines[at - 1]?.text ?? '') - COLUMN_SLACK ? 1 : 0;
}

/** A byline or sub-headline line as its own block, or null: such a line always ends the block before it. */
function parseBoundary(line: ScriptedLine): Block | null {
  const bylines = parseByline(line.text);
  if (bylines !== null) return { kind: 'byline', lines: [line], bylines };
  return isSubtitleLine(line.text) ? { kind: 'subtitle', lines: [line], bylines: [] } : null;
}

// A sub-headline is one phrase. A work report's lead-ins (——项目建设扎实推进。全年实施省市重点项目312个…)
// start with the same dash but run on as sentences of the body: a stop inside the line says so.
const MAX_SUBTITLE_LENGTH = 60;
function isSubtitleLine(text: string): boolean {
  const rest = SUBTITLE.exec(text)?.groups?.rest;
  return rest !== undefined && rest.length <= MAX_SUBTITLE_LENGTH && !/[。！？；!?;]/u.test(rest.slice(0, -1));
}

function isHeadingBlock(
  block: Block,
  columns: readonly (number | null)[],
  lineIndex: ReadonlyMap<ScriptedLine, number>,
): boolean {
  const only = block.lines.length === 1 ? block.lines[0] : undefined;
  if (block.kind !== 'text' || !only || !isHeadingLike(only.text) || isDatelineLead(only.text)) return false;
  const column = columns[lineIndex.get(only) ?? -1] ?? null;
  return column === null || displayWidth(only.text) < column - COLUMN_SLACK || hasHeadingMarks(only.text);
}

/**
 * For each line, the width of the column it was wrapped in, or null when its neighbours do not share
 * one width (web text, headline lists) or when the line itself does not fill it. Looks back first, then
 * ahead, so the first and last lines of a column still find it when the page changes layout around them.
 * Null widths (bylines) are skipped.
 */
function findColumnWidths(widths: readonly (number | null)[]): (number | null)[] {
  return widths.map((width, i) => {
    if (width === null) return null;
    const before = columnOf(widths.slice(Math.max(0, i - COLUMN_WINDOW), i + 1));
    const after = columnOf(widths.slice(i, i + COLUMN_WINDOW + 1));
    if (fitsColumn(width, before)) return before;
    return fitsColumn(width, after) ? after : null;
  });
}

// A module function, not a closure made per line: under tsx (keepNames) each named closure costs an
// Object.defineProperty call every time it is made, and this runs for every line of every page.
function fitsColumn(width: number, column: number | null): column is number {
  return column !== null && width >= column - COLUMN_SLACK && width <= column + COLUMN_TOLERANCE;
}

/** The shared width of a window of lines, when at least two thirds are within a character and a half of it. */
function columnOf(window: readonly (number | null)[]): number | null {
  const widths = window.filter((w): w is number => w !== null);
  if (widths.length < MIN_COLUMN_LINES) return null;
  const mode = mostCommon(widths.map(Math.round));
  if (mode === null || mode > MAX_COLUMN_WIDTH) return null;
  const near = widths.filter((w) => Math.abs(w - mode) <= COLUMN_TOLERANCE).length;
  return near >= (widths.length * 2) / 3 ? mode : null;
}

function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (best === null || count > (counts.get(best) ?? 0) || (count === counts.get(best) && value > best)) best = value;
  }
  return best;
}
