/** How much of a text a warning quotes: a dropped figure can be two million characters long. */
const QUOTED_CHARS = 24;

/**
 * A text for a warning: in quotes, cut short (at a whole character) when long.
 * @example quoteText('7'.repeat(100)) // '“777777777777777777777777…” (100 characters)'
 */
export function quoteText(text: string): string {
  const chars = [...text.slice(0, QUOTED_CHARS * 2 + 2)];
  return chars.length > QUOTED_CHARS ? `“${chars.slice(0, QUOTED_CHARS).join('')}…” (${text.length} characters)` : `“${text}”`;
}
