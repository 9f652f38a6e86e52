/** A sentence of a text: [start, end) in UTF-16 units, its closing punctuation and quotes included. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// 。！？ and their ASCII forms, ；, …… and line breaks end a sentence; closing quotes and brackets
// right after the mark stay with it: 他说：“已完成。”下一句 → 他说：“已完成。” | 下一句
const SENTENCE = /[^。！？!?；;…\n]*(?:[。！？!?；;…\n]+[”’」』）)]*|$)/gu;

/**
 * Cuts a paragraph into sentences, in order, covering the whole text.
 * @example splitSentences('一。二！') // [{ start: 0, end: 2 }, { start: 2, end: 4 }]
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    if (match[0] === '') continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/**
 * The sentence (or the run of sentences) holding [start, end), trimmed of spaces. Pass the text's
 * `spans` when asking for many figures of one paragraph, so it is split once.
 * @example toSentence('前文。今年投资3亿元。后文', 7, 10) // '今年投资3亿元。'
 */
export function toSentence(text: string, start: number, end: number, spans = splitSentences(text)): string {
  const first = spans.find((s) => s.end > start) ?? { start: 0, end: text.length };
  const last = spans.findLast((s) => s.start < end) ?? first;
  return text.slice(first.start, Math.max(first.end, last.end)).trim();
}
