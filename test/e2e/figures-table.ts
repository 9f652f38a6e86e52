import type { Locator, Page } from 'playwright-core';
import { createTranslate } from '../../src/app/i18n/translate';

const t = createTranslate('zh');

/** The figures view's table, found by its caption as a screen reader announces it. */
export function findFiguresTable(page: Page): Locator {
  return page.getByRole('table', { name: t('nav.figures') });
}

/** Shows every row on one page (the pager's largest size), so a column can be read whole. */
export async function showAllRows(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: t('table.pageSize') }).selectOption('500');
}

/** The header cell of a column, by its visible name. */
export function findColumnHeader(table: Locator, name: string): Locator {
  return table.getByRole('columnheader', { name, exact: true });
}

/** The texts of one column's body cells, top to bottom, as shown. */
export async function readColumn(table: Locator, name: string): Promise<string[]> {
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map(stripSortMark);
  const position = headers.indexOf(name);
  if (position < 0) throw new Error(`e2e: no column "${name}" among ${headers.join(', ')}`);
  return table.locator('tbody tr').evaluateAll(
    (rows, cell) => rows.map((row) => (row as HTMLTableRowElement).cells[cell]?.innerText.trim() ?? ''),
    position,
  );
}

// A header reads "标准值▲" or "标准值↕" on screen; the arrow is aria-hidden decoration.
function stripSortMark(text: string): string {
  return text.replace(/[▲▼↕]\d*$/u, '').trim();
}
