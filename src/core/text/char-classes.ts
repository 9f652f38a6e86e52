/**
 * Character classes shared by the clean-up and segmentation stages. Regex sources are kept as
 * strings so that rules can compose them into larger patterns.
 */

/** CJK ideographs: the BMP blocks plus the supplementary planes (astral, two UTF-16 units). */
export const HAN_SOURCE = '\\p{Script=Han}';

/** Full-width and CJK punctuation that sits inside Chinese prose: ，。、；：？！“”‘’《》（）【】…—· */
export const CJK_PUNCTUATION_SOURCE = '[\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018-\\u201f\\u2026\\u2014\\u00b7\\ufe10-\\ufe1f\\ufe30-\\ufe4f]';

export const HAN = new RegExp(HAN_SOURCE, 'u');

/** Marks that close a sentence, in full and half width. */
const SENTENCE_END = '。！？!?；;…';
/** Closers that may follow the sentence end: 。” or ！） */
const CLOSERS = '”’」』）)】》';

const WHITESPACE = /^\s$/u;

/**
 * A line whose last visible character closes a sentence: 。 ！ ？ ； … or one of them then a closing
 * quote; a full stop only when no digit comes before it (3.5 is a number). Read from the end: a regular
 * expression anchored at the end is tried at every position of the line.
 */
export function endsSentence(text: string): boolean {
  let at = text.length;
  while (at > 0 && WHITESPACE.test(text[at - 1] as string)) at--;
  while (at > 0 && CLOSERS.includes(text[at - 1] as string)) at--;
  if (at === 0) return false;
  const last = text[at - 1] as string;
  if (SENTENCE_END.includes(last)) return true;
  const before = at >= 2 ? text.charCodeAt(at - 2) : -1;
  return last === '.' && !(before >= 0x30 && before <= 0x39);
}

/** Clause punctuation: its presence marks running prose rather than a headline. */
export const CLAUSE_PUNCTUATION = /[，,、；;：:。！？!?]/u;

// Which code units of the Basic Multilingual Plane are Han, asked of the regular expression once each:
// counting by table reads a line without making a string per character, as matching did.
const HAN_UNITS = new Uint8Array(0x10000);
for (let unit = 0; unit < 0x10000; unit++) if (unit < 0xd800 || unit > 0xdfff) HAN_UNITS[unit] = HAN.test(String.fromCharCode(unit)) ? 1 : 0;

/** Counts the Han characters in a string (a character beyond the BMP, two code units, counts once). */
export function countHan(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (HAN.test(text.slice(i, i + 2))) count++;
        i++;
        continue;
      }
    }
    count += HAN_UNITS[unit] as number;
  }
  return count;
}

/**
 * Width of a line as printed in a column: Han characters and full-width forms count 1, ASCII 0.5.
 * Used to recognise lines wrapped at a fixed column width.
 * @example displayWidth('总投资15亿元') // 6
 */
export function displayWidth(text: string): number {
  let width = 0;
  // By code unit, not by character (no string per character): a surrogate pair counts once, as 1.
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    width += unit < 0x2000 ? 0.5 : 1;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
  }
  return width;
}
