/**
 * Character classes shared by the clean-up and segmentation stages. Regex sources are kept as
 * strings so that rules can compose them into larger patterns.
 */

/** CJK ideographs: the BMP blocks plus the supplementary planes (astral, two UTF-16 units). */
export const HAN_SOURCE = '\\p{Script=Han}';

/** Full-width and CJK punctuation that sits inside Chinese prose: ，。、；：？！“”‘’《》（）【】…—· */
export const CJK_PUNCTUATION_SOURCE = '[\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018-\\u201f\\u2026\\u2014\\u00b7\\ufe10-\\ufe1f\\ufe30-\\ufe4f]';

export const HAN = new RegExp(HAN_SOURCE, 'u');
export const HAN_GLOBAL = new RegExp(HAN_SOURCE, 'gu');

/** Marks that close a sentence, in full and half width. */
const SENTENCE_END = '。！？!?；;…';
/** Closers that may follow the sentence end: 。” or ！） */
const CLOSERS = '”’」』）)】》';

/** A line whose last visible character closes a sentence: 。 ！ ？ ； … or one of them then a closing quote. */
export const ENDS_SENTENCE = new RegExp(`(?:[${SENTENCE_END}]|(?<!\\d)\\.)[${CLOSERS}]*\\s*$`, 'u');

/** Clause punctuation: its presence marks running prose rather than a headline. */
export const CLAUSE_PUNCTUATION = /[，,、；;：:。！？!?]/u;

/** Counts the Han characters in a string. */
export function countHan(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0;
}

/**
 * Width of a line as printed in a column: Han characters and full-width forms count 1, ASCII 0.5.
 * Used to recognise lines wrapped at a fixed column width.
 * @example displayWidth('总投资15亿元') // 6
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
}
