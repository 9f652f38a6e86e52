/**
 * Quoted names: book titles 《…》 always, and short quotations “…” that name a programme or slogan
 * (“三办”, “五个一”, “7天无休”) rather than report speech. Numbers inside them are names.
 */

/** Opening mark → closing mark. ASCII " closes itself. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '《': '》', '〈': '〉', '“': '”', '‘': '’', '「': '」', '『': '』', '﹃': '﹄', '"': '"',
};

/** Every opening and closing mark, derived from QUOTE_PAIRS. All are single BMP characters. */
const QUOTE_MARK = new RegExp(`[${[...new Set(Object.entries(QUOTE_PAIRS).flat())].join('')}]`, 'gu');

/** Marks whose whole content is a title, however long: 《某县营商环境优化提升实施方案》. */
const TITLE_MARKS = new Set(['《', '〈']);

/** A quotation longer than this, or holding clause punctuation, is speech and keeps its figures. */
const MAX_NAME_LENGTH = 12;
const CLAUSE_MARK = /[，。；！？,;!?]/u;

/** A [start, end) span of the text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Finds the content spans of titles and of short quoted names.
 * @example findQuotedNames('开展“三办”服务') // [{ start: 3, end: 5 }]
 */
export function findQuotedNames(text: string): Span[] {
  const names: Span[] = [];
  const open: { mark: string; at: number }[] = [];
  // Only the marks matter, so the scan jumps from mark to mark instead of reading every character.
  for (const { 0: char, index: i } of text.matchAll(QUOTE_MARK)) {
    const top = open.at(-1);
    if (top && QUOTE_PAIRS[top.mark] === char) {
      open.pop();
      const content = text.slice(top.at + 1, i);
      if (TITLE_MARKS.has(top.mark) || (content.length <= MAX_NAME_LENGTH && !CLAUSE_MARK.test(content))) {
        names.push({ start: top.at + 1, end: i });
      }
    } else if (QUOTE_PAIRS[char] !== undefined) {
      open.push({ mark: char, at: i });
    }
  }
  return names.sort((a, b) => a.start - b.start);
}

/** True when [start, end) overlaps one of the spans. */
export function isInsideAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => start < span.end && end > span.start);
}
