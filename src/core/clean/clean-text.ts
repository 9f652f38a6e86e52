import { cleanLine } from './clean-line';
import { markPageFurniture } from './mark-page-furniture';
import { mergeVerticalLines } from './merge-vertical-lines';
import { splitLines } from './split-lines';
import { toSimplifiedLines, type SimplifiedText } from '../text/to-simplified';
import type { ScriptedLine, SourceLine } from '../types';

/**
 * Decoded source → cleaned lines in both scripts, each keeping its source offsets and, for page
 * furniture, what kind it is. Blank lines stay (as empty text): the segmenter reads them as weak
 * paragraph hints.
 */
export function cleanText(source: string): ScriptedLine[] {
  const cleaned = mergeVerticalLines(splitLines(source).map((line) => ({ ...line, text: cleanLine(line.text) })));
  const simplified = toSimplifiedLines(cleaned.map((line) => line.text));
  return markPageFurniture(cleaned.map((line, i) => toScriptedLine(line, simplified[i] as SimplifiedText)));
}

function toScriptedLine(line: SourceLine, simplified: SimplifiedText): ScriptedLine {
  return {
    text: simplified.text,
    original: line.text,
    toOriginal: simplified.toOriginal,
    changed: simplified.changed,
    furniture: null,
    start: line.start,
    end: line.end,
  };
}
