/**
 * Many words looked for in one text: the lexicons (category keywords, indicator cues, metric heads) hold
 * hundreds of words, and searching a text once per word made each lookup cost hundreds of passes over the
 * same characters. An index reads the text once instead, asking at each position only the few words that
 * open with its character; a table of the opening characters lets it skip the other positions with one read.
 */

/** Words indexed by their first code unit. */
export interface WordIndex {
  readonly words: readonly string[];
  /** 1 at the code units that open a word. */
  readonly opens: Uint8Array;
  /**
   * 1 at the code units that are a whole word, and one bit per hashed pair of the first two code units
   * of the longer words: clear in both says no word starts at a position. Nearly half the characters
   * of an article open some keyword (企, 服, 项 …), but far fewer open one with their next character too,
   * and the index's lists were compared in place at all of them.
   */
  readonly singles: Uint8Array;
  readonly pairs: Uint32Array;
  /** The positions (in `words`) of the words opening with a code unit. */
  readonly byOpening: ReadonlyMap<number, readonly number[]>;
  /** The positions of empty words, which every text holds. */
  readonly empty: readonly number[];
}

const PAIR_BITS = 16;

/** The bit of `pairs` for two code units. */
function pairBit(first: number, second: number): number {
  return Math.imul(first ^ Math.imul(second, 0x85ebca6b), 0x9e3779b1) >>> (32 - PAIR_BITS);
}

/** True when a word of the index may start at `text[at]` (a quick test, before the lists are compared). */
function mayOpenAt(index: WordIndex, text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (index.opens[code] === 0) return false;
  if (index.singles[code] === 1) return true;
  if (at + 1 >= text.length) return false;
  const bit = pairBit(code, text.charCodeAt(at + 1));
  return ((index.pairs[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
}

export function createWordIndex(words: readonly string[]): WordIndex {
  const opens = new Uint8Array(0x10000);
  const singles = new Uint8Array(0x10000);
  const pairs = new Uint32Array((1 << PAIR_BITS) / 32);
  const byOpening = new Map<number, number[]>();
  const empty: number[] = [];
  words.forEach((word, position) => {
    if (word === '') {
      empty.push(position);
      return;
    }
    const opening = word.charCodeAt(0);
    opens[opening] = 1;
    if (word.length === 1) singles[opening] = 1;
    else {
      const bit = pairBit(opening, word.charCodeAt(1));
      pairs[bit >>> 5] = (pairs[bit >>> 5] as number) | (1 << (bit & 31));
    }
    const list = byOpening.get(opening);
    if (list === undefined) byOpening.set(opening, [position]);
    else list.push(position);
  });
  return { words, opens, singles, pairs, byOpening, empty };
}

/**
 * Calls `visit(position, at)` for every occurrence of a (non-empty) word in `text`: `at` left to right,
 * and at one `at` the words in their order in the index.
 */
export function scanWords(index: WordIndex, text: string, visit: (position: number, at: number) => void): void {
  const { words, byOpening } = index;
  for (let at = 0; at < text.length; at++) {
    if (!mayOpenAt(index, text, at)) continue;
    for (const position of byOpening.get(text.charCodeAt(at)) as readonly number[]) {
      if (text.startsWith(words[position] as string, at)) visit(position, at);
    }
  }
}

/** The position of the first word (in the index's order) that `text` holds at `at`, or -1. */
export function findWordAt(index: WordIndex, text: string, at: number): number {
  if (at >= text.length || !mayOpenAt(index, text, at)) return -1;
  for (const position of index.byOpening.get(text.charCodeAt(at)) as readonly number[]) {
    if (text.startsWith(index.words[position] as string, at)) return position;
  }
  return -1;
}

/** The positions (in the index's words) of the words `text` holds, ascending, each once. */
export function findWordsIn(index: WordIndex, text: string): number[] {
  const found = [...index.empty];
  scanWords(index, text, (position) => found.push(position));
  found.sort((a, b) => a - b);
  return found.filter((position, i) => i === 0 || found[i - 1] !== position);
}
