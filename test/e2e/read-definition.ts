import type { Locator, Page } from 'playwright-core';

/** The text of the <dd> a <dt> labels, as in `文章 14`: the term must match exactly. */
export async function readDefinition(scope: Page | Locator, term: string): Promise<string> {
  const label = scope.getByRole('term').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(term)}\\s*$`, 'u') });
  return (await label.locator('xpath=following-sibling::dd[1]').innerText()).trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
