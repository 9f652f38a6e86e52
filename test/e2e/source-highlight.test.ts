import { expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import { describeInBrowser } from './describe-in-browser';
import { expectAccessible } from './expect-accessible';
import { fetchDataset } from './fetch-dataset';
import { findFiguresTable } from './figures-table';
import { selectScriptFigure } from './seed-expectations';

const t = createTranslate('zh');

describeInBrowser('opening a figure', (session) => {
  it('shows its number marked in the paragraph, then in the original script', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const { figure, original, title } = selectScriptFigure(dataset);
    const paragraph = dataset.paragraphs.find((p) => p.id === figure.paragraphId);
    const page = await session.open('#/figures');

    await page.getByRole('searchbox', { name: t('filters.search'), exact: true }).fill(title);
    const row = findFiguresTable(page).getByRole('row').filter({ hasText: title });
    await row.getByRole('button', { name: figure.text, exact: true }).click();

    const dialog = page.getByRole('dialog', { name: `${figure.metric || t('panel.value')}：${figure.text}` });
    await dialog.waitFor();
    const marked = dialog.locator('p mark');
    await marked.first().waitFor(); // the paragraph follows its chunk
    expect(await marked.allInnerTexts()).toEqual([figure.text]);
    expect(await dialog.locator('p', { has: page.locator('mark') }).innerText()).toBe(paragraph?.text);

    const scriptToggle = dialog.getByRole('button', { name: t('panel.script') });
    await scriptToggle.click();

    await expect.poll(() => scriptToggle.getAttribute('aria-pressed')).toBe('true');
    expect(await marked.allInnerTexts()).toEqual([original]);
    expect(await dialog.locator('p', { has: page.locator('mark') }).innerText()).toBe(paragraph?.original);
    await expectAccessible(page); // the panel in the source's own script (every-view covers the simplified one)

    await scriptToggle.click();
    await expect.poll(() => marked.allInnerTexts()).toEqual([figure.text]);
  });
});
