import { CONTEXT_CHARS, type Anchor } from './corrections';
import type { Paragraph } from './schema';

/**
 * The anchor of the words [start, end) of `paragraph`: the file, where they lie in the decoded
 * source, the words and their context. `neighbours` are the paragraphs around it in reading order
 * (its article's, at least; the paragraph itself among them): the context runs on across paragraph
 * breaks, so a re-extraction that splits or joins paragraphs still reads the same context.
 * @example createAnchor('a.txt', [p], p, 4, 7).text // p.text.slice(4, 7)
 */
export function createAnchor(file: string, neighbours: readonly Paragraph[], paragraph: Paragraph, start: number, end: number): Anchor {
  const at = neighbours.findIndex((p) => p.id === paragraph.id);
  const list = at < 0 ? [paragraph] : neighbours;
  const own = at < 0 ? 0 : at;
  let before = paragraph.text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  for (let i = own - 1; i >= 0 && before.length < CONTEXT_CHARS; i--) before = (list[i]?.text ?? '') + before;
  let after = paragraph.text.slice(end, end + CONTEXT_CHARS);
  for (let i = own + 1; i < list.length && after.length < CONTEXT_CHARS; i++) after += list[i]?.text ?? '';
  return {
    file,
    sourceStart: estimateSourceOffset(paragraph, start),
    sourceEnd: estimateSourceOffset(paragraph, end),
    text: paragraph.text.slice(start, end),
    before: before.slice(-CONTEXT_CHARS),
    after: after.slice(0, CONTEXT_CHARS),
  };
}

/**
 * Where offset `offset` of a paragraph's cleaned text lies in the decoded source: exact when the
 * paragraph is as long as its stretch of the source (a line that clean-up left alone), else the same
 * proportion of the stretch.
 */
export function estimateSourceOffset(paragraph: Paragraph, offset: number): number {
  const stretch = paragraph.sourceEnd - paragraph.sourceStart;
  if (paragraph.text.length === 0 || stretch === paragraph.text.length) return paragraph.sourceStart + offset;
  return paragraph.sourceStart + Math.round((offset * stretch) / paragraph.text.length);
}
