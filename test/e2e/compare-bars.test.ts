import { expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import { describeInBrowser } from './describe-in-browser';
import { readDefinition } from './read-definition';

const t = createTranslate('zh');

describeInBrowser('comparing localities', (session) => {
  it('leads from a bar of the chart to the paragraph its figure was read from', async () => {
    const page = await session.open('#/compare');
    await page.getByRole('heading', { name: t('compare.title') }).waitFor();
    const chart = page.getByRole('figure');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    const chartName = await chart.getAttribute('aria-label');
    expect(chartName).toBeTruthy();
    // The chart's numbers as a table, in the order of the bars: its first row is the top bar.
    const table = page.getByRole('table', { name: chartName ?? '' });
    const topPlace = (await table.locator('tbody tr').first().getByRole('button').innerText()).trim();

    await chart.locator('.recharts-bar-rectangle').first().click();

    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const heading = await dialog.getByRole('heading').first().innerText();
    const figureText = heading.slice(heading.indexOf('：') + 1);
    expect(await dialog.locator('p mark').allInnerTexts()).toEqual([figureText]);
    // The figure belongs to the clicked place: its locality chain in the panel names it.
    expect(await readDefinition(dialog, t('panel.locality'))).toContain(topPlace);
    await page.getByRole('heading', { name: t('compare.figuresOf', { locality: topPlace }) }).waitFor();
  });
});
