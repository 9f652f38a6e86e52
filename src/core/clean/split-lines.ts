import type { SourceLine } from '../types';

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

/**
 * Splits decoded source text into lines, each with its offsets in the source (breaks excluded).
 * @example splitLines('a\r\nbc') // [{ text: 'a', start: 0, end: 1 }, { text: 'bc', start: 3, end: 5 }]
 */
export function splitLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (const match of source.matchAll(LINE_BREAK)) {
    lines.push({ text: source.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ text: source.slice(start), start, end: source.length });
  return lines;
}
