/** A stretch of text to highlight, named by an id (a figure's). Offsets are UTF-16, half-open. */
export interface HighlightSpan {
  id: string;
  start: number;
  end: number;
}

/** A piece of text; `id` is set when the piece is highlighted. */
export interface TextSegment {
  text: string;
  id: string | null;
}

/**
 * Cuts text into plain and highlighted pieces. Spans that overlap an earlier one are skipped (the
 * earlier, then longer, span wins) so every character is shown exactly once.
 * @example splitHighlights('共3亿元', [{ id: 'f', start: 1, end: 4 }]) // [{ text: '共', id: null }, { text: '3亿元', id: 'f' }]
 */
export function splitHighlights(text: string, spans: readonly HighlightSpan[]): TextSegment[] {
  const ordered = [...spans]
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const span of ordered) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start), id: null });
    segments.push({ text: text.slice(span.start, span.end), id: span.id });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), id: null });
  return segments;
}
