import { collapseDoubledPunctuation } from './collapse-doubled-punctuation';
import { normalizeWidth } from './normalize-width';
import { stripLayoutSpaces } from './strip-layout-spaces';
import { stripPinyin } from './strip-pinyin';

/**
 * Cleans one line of text in its own script. Order matters: pinyin goes before spaces (an annotation
 * leaves a space behind it), and width before spaces (a full-width digit is not yet a digit).
 */
export function cleanLine(text: string): string {
  return collapseDoubledPunctuation(stripLayoutSpaces(normalizeWidth(stripPinyin(text))));
}
