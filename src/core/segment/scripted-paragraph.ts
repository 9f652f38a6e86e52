import type { ParagraphRole } from '../../dataset/schema';
import type { ScriptedLine, ScriptedParagraph } from '../types';

/**
 * Joins cleaned lines into one paragraph in both scripts, with the offset map carried across the joins.
 * Lines are joined without a separator: a line break inside Chinese prose is never a space.
 */
export function joinScriptedLines(lines: readonly ScriptedLine[], role: ParagraphRole): ScriptedParagraph {
  let text = '';
  let original = '';
  const toOriginal: number[] = [];
  for (const line of lines) {
    for (let i = 0; i < line.text.length; i++) toOriginal.push(original.length + (line.toOriginal[i] ?? i));
    text += line.text;
    original += line.original;
  }
  toOriginal.push(original.length);
  return {
    role,
    text,
    original,
    toOriginal,
    sourceStart: lines[0]?.start ?? 0,
    sourceEnd: lines[lines.length - 1]?.end ?? 0,
  };
}

/** The part [start, end) of a paragraph's simplified text, with the matching part of the original. */
export function sliceScriptedParagraph(paragraph: ScriptedParagraph, start: number, end: number): ScriptedParagraph {
  const originalStart = paragraph.toOriginal[start] ?? 0;
  const originalEnd = paragraph.toOriginal[end] ?? paragraph.original.length;
  const toOriginal = paragraph.toOriginal.slice(start, end).map((offset) => offset - originalStart);
  toOriginal.push(originalEnd - originalStart);
  return {
    ...paragraph,
    text: paragraph.text.slice(start, end),
    original: paragraph.original.slice(originalStart, originalEnd),
    toOriginal,
  };
}
