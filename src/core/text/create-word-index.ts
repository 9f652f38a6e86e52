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
  /** The positions (in `words`) of the words opening with a code unit. */
  readonly byOpening: ReadonlyMap<number, readonly number[]>;
  /** The positions of empty words, which every text holds. */
  readonly empty: readonly number[];
}

export function createWordIndex(words: readonly string[]): WordIndex {
  const opens = new Uint8Array(0x10000);
  const byOpening = new Map<number, number[]>();
  const empty: number[] = [];
  words.forEach((word, position) => {
    if (word === '') {
      empty.push(position);
      return;
    }
    const opening = word.charCodeAt(0);
    opens[opening] = 1;
    const list = byOpening.get(opening);
    if (list === undefined) byOpening.set(opening, [position]);
    else list.push(position);
  });
  return { words, opens, byOpening, empty };
}

/**
 * Calls `visit(position, at)` for every occurrence of a (non-empty) word in `text`: `at` left to right,
 * and at one `at` the words in their order in the index.
 */
export function scanWords(index: WordIndex, text: string, visit: (position: number, at: number) => void): void {
  const { words, opens, byOpening } = index;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (opens[code] === 0) continue;
    for (const position of byOpening.get(code) as readonly number[]) {
      if (text.startsWith(words[position] as string, at)) visit(position, at);
    }
  }
}

/** The position of the first word (in the index's order) that `text` holds at `at`, or -1. */
export function findWordAt(index: WordIndex, text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (!(index.opens[code] === 1)) return -1;
  for (const position of index.byOpening.get(code) as readonly number[]) {
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
