import { CONTEXT_CHARS, type Anchor } from './corrections';
import { estimateSourceOffset } from './create-anchor';
import type { Paragraph } from './schema';

/** Where an anchor's words are in a dataset: a paragraph and the span of its text. */
export interface AnchorSpan {
  paragraph: Paragraph;
  start: number;
  end: number;
}

/** Why an anchor finds no place: for a person (`reason`, in English, as the CLI prints it) and for the dashboard to say in its language (`code`). */
export const STALE_CODES = ['no-words', 'no-file', 'gone', 'moved', 'ambiguous', 'no-figure', 'not-read'] as const;
export type StaleCode = (typeof STALE_CODES)[number];

export type AnchorResolution = { status: 'found'; span: AnchorSpan } | { status: 'stale'; code: StaleCode; reason: string };

/**
 * Context characters that must read as stored (before and after together) for a place to count as the
 * anchor's: enough that 3个 in another sentence never passes for the reviewed one. An anchor stored
 * with less context (a headline at the top of its file) needs all of what it has.
 */
export const MIN_CONTEXT_MATCH = 8;

interface FileText {
  text: string;
  /** Offset of each paragraph in `text`, ascending. */
  starts: number[];
  paragraphs: readonly Paragraph[];
}

/**
 * A resolver of anchors over `files` (each source file's paragraphs in reading order). It looks for
 * the anchor's words in its file's text — the paragraphs joined, so a paragraph split or joined by
 * newer rules changes nothing — keeps the places whose context agrees with the stored one, and picks
 * the best fitting, nearest to the stored source offset. Words that are gone, or that no longer stand
 * in their context, or two places that fit equally, make the anchor stale: it is never moved to another number.
 */
export function createAnchorResolver(files: ReadonlyMap<string, readonly Paragraph[]>): (anchor: Anchor) => AnchorResolution {
  const texts = new Map<string, FileText>();
  const textOf = (file: string): FileText | null => {
    const cached = texts.get(file);
    if (cached) return cached;
    const paragraphs = files.get(file);
    if (paragraphs === undefined) return null;
    const starts: number[] = [];
    let text = '';
    for (const paragraph of paragraphs) {
      starts.push(text.length);
      text += paragraph.text;
    }
    const built = { text, starts, paragraphs };
    texts.set(file, built);
    return built;
  };

  return (anchor) => {
    if (anchor.text === '') return { status: 'stale', code: 'no-words', reason: 'the anchor names no words' };
    const file = textOf(anchor.file);
    if (file === null) return { status: 'stale', code: 'no-file', reason: `the source file "${anchor.file}" is not in this dataset` };
    const required = Math.min(MIN_CONTEXT_MATCH, anchor.before.length + anchor.after.length);
    let best: { span: AnchorSpan; score: number; distance: number } | null = null;
    let tied = false;
    for (let at = file.text.indexOf(anchor.text); at >= 0; at = file.text.indexOf(anchor.text, at + 1)) {
      const index = findParagraphAt(file.starts, at);
      const paragraph = file.paragraphs[index];
      const offset = file.starts[index] ?? 0;
      if (paragraph === undefined || at + anchor.text.length > offset + paragraph.text.length) continue; // runs across a break
      const score =
        countCommonSuffix(anchor.before, file.text.slice(Math.max(0, at - CONTEXT_CHARS), at)) +
        countCommonPrefix(anchor.after, file.text.slice(at + anchor.text.length, at + anchor.text.length + CONTEXT_CHARS));
      if (score < required) continue;
      const span = { paragraph, start: at - offset, end: at - offset + anchor.text.length };
      const distance = Math.abs(estimateSourceOffset(paragraph, span.start) - anchor.sourceStart);
      if (best === null || score > best.score || (score === best.score && distance < best.distance)) {
        best = { span, score, distance };
        tied = false;
      } else if (score === best.score && distance === best.distance) tied = true;
    }
    if (best === null) {
      return file.text.includes(anchor.text)
        ? { status: 'stale', code: 'moved', reason: `"${anchor.text}" is no longer in its context ("${anchor.before}…${anchor.after}")` }
        : { status: 'stale', code: 'gone', reason: `"${anchor.text}" is no longer in the text` };
    }
    if (tied) return { status: 'stale', code: 'ambiguous', reason: `"${anchor.text}" stands in two places that fit equally` };
    return { status: 'found', span: best.span };
  };
}

/** The paragraph whose text holds offset `at` of the joined text: the last start at or before it. */
function findParagraphAt(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

function countCommonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function countCommonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
