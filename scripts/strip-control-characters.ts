// C0 controls and DEL, except tab, line feed, form feed and carriage return, which text files use.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/gu;

/**
 * Removes NUL and other control characters, which no article holds (a buggy exporter, a binary
 * tail) and which would reach the page as invisible junk. Says how many went.
 * @example stripControlCharacters('改\u0000革') // { text: '改革', removed: 1 }
 */
export function stripControlCharacters(text: string): { text: string; removed: number } {
  let removed = 0;
  const stripped = text.replace(CONTROL, () => {
    removed++;
    return '';
  });
  return { text: stripped, removed };
}
