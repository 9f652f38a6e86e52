/** Clause and sentence boundaries, for the stages that read the words around a figure. */

/** Marks that close a clause: a comma, a colon or anything that closes a sentence. */
export const CLAUSE_END = /[，,。；;！？!?：:\n]/u;
/** Marks that close a sentence (；too: reports chain their sentences with it). */
export const SENTENCE_END = /[。；;！？!?\n]/u;

// A figure looks this far either way at most: text with no stops (a flattened table) would otherwise
// make every figure walk the whole of it.
const MAX_REACH = 200;

/**
 * The [from, to) stretch around [start, end) up to the nearest `stop` on either side.
 * @example findClause('总投资8亿元，新增就业1.4万人', 7, 12, CLAUSE_END) // { from: 7, to: 15 }
 */
export function findClause(text: string, start: number, end: number, stop: RegExp = CLAUSE_END): { from: number; to: number } {
  const floor = Math.max(0, start - MAX_REACH);
  const ceiling = Math.min(text.length, end + MAX_REACH);
  let from = start;
  while (from > floor && !stop.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < ceiling && !stop.test(text[to] ?? '')) to++;
  return { from, to };
}
