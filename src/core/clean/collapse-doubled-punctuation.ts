// The same clause mark typed twice (，， or 。。 or 、、), a frequent artefact of copy-pasted copy.
// Ellipses (……) and dashes (——) are doubled by design and are not touched.
const DOUBLED_MARK = /([，。、；：,;:！？])\1+/gu;

/**
 * Collapses a doubled clause mark into one.
 * @example collapseDoubledPunctuation('完成，，推进。。') // '完成，推进。'
 */
export function collapseDoubledPunctuation(line: string): string {
  return line.replace(DOUBLED_MARK, '$1');
}
