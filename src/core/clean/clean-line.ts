import { collapseDoubledPunctuation } from './collapse-doubled-punctuation';
import { normalizeWidth } from './normalize-width';
import { stripLayoutSpaces } from './strip-layout-spaces';
import { stripPinyin } from './strip-pinyin';

/**
 * Cleans one line of text in its own script. Order matters: width goes first (a full-width digit or
 * letter is not yet one: 們（ｍｅｎ）), pinyin before spaces (an annotation leaves a space behind it).
 */
export function cleanLine(text: string): string {
  return collapseDoubledPunctuation(stripLayoutSpaces(stripPinyin(normalizeWidth(text))));
}
