/**
 * Anecdotes: a number about one private person (an age, the size of one family's shop, what a farmer
 * says he earns) is kept as a figure but never compared across places.
 */
import { findClause, SENTENCE_END } from '../text/find-clause';
import { AGE_UNITS, PERSON, PERSONAL_WORDS, THRESHOLD_AFTER } from './anecdote-lexicon';

/** What the test reads of a figure: its paragraph, its span and its unit as written. */
export interface AnecdoteInput {
  text: string;
  start: number;
  end: number;
  unit: string;
}

const sentenceBefore = (text: string, start: number): string => text.slice(findClause(text, start, start, SENTENCE_END).from, start);

// “以前种50亩地要请4个帮工，现在我一个人就管得过来。”: inside a quotation, a speaker's own numbers.
// Looked for this far either way: a quotation runs a few sentences, and a search of the whole paragraph for
// every figure made a paragraph of n figures cost n².
const QUOTE_REACH = 600;

function quoteAround(text: string, start: number): string | null {
  const floor = Math.max(0, start - QUOTE_REACH);
  const before = text.slice(floor, start + 1);
  const open = before.lastIndexOf('“');
  if (open < 0 || open < before.lastIndexOf('”')) return null;
  const after = text.slice(start, start + QUOTE_REACH);
  const close = after.indexOf('”');
  return text.slice(floor + open + 1, close < 0 ? start + after.length : start + close);
}

/**
 * True when the figure is about one private person.
 * @example isAnecdote({ text: '张进顺今年53岁', start: 5, end: 8, unit: '岁' }) // true
 */
export function isAnecdote(input: AnecdoteInput): boolean {
  const after = input.text.slice(input.end, input.end + 6);
  if (AGE_UNITS.has(input.unit)) return !THRESHOLD_AFTER.test(after);
  const sentence = sentenceBefore(input.text, input.start);
  if (PERSON.test(sentence)) return true;
  // A person's own words (“现在我一个人…”) or a sentence about him or her (他家的门面).
  const quote = quoteAround(input.text, input.start);
  if (quote !== null) return PERSONAL_WORDS.test(quote);
  return PERSONAL_WORDS.test(sentence) && !/我/u.test(sentence);
}
