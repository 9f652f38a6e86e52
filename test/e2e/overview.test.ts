import { expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import { describeInBrowser } from './describe-in-browser';
import { fetchDataset } from './fetch-dataset';
import { readDefinition } from './read-definition';

const t = createTranslate('zh');

describeInBrowser('the overview', (session) => {
  it('opens on the totals, the chart per locality and what could not be placed', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const page = await session.open('');
    await page.getByRole('heading', { name: t('app.title') }).waitFor();
    await page.getByRole('heading', { name: t('overview.title') }).waitFor();

    expect(await readDefinition(page, t('overview.articles'))).toBe(String(dataset.articles.length));
    expect(await readDefinition(page, t('overview.figures'))).toBe(String(dataset.figures.length));
    expect(await readDefinition(page, t('overview.sources'))).toBe(String(new Set(dataset.articles.map((a) => a.sourceId)).size));

    const chart = page.getByRole('figure', { name: t('overview.chartTitle') });
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    // Every place name on the axis is drawn inside the chart, not clipped at its left edge.
    const chartLeft = (await chart.locator('.recharts-wrapper > svg.recharts-surface').first().boundingBox())?.x ?? Number.NaN;
    const tickLefts = await chart
      .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .evaluateAll((ticks) => ticks.map((tick) => tick.getBoundingClientRect().left));
    expect(tickLefts.length).toBeGreaterThan(0);
    expect(Math.min(...tickLefts)).toBeGreaterThanOrEqual(chartLeft - 0.5);
    const placed = new Set(dataset.figures.flatMap((f) => (f.localityId === null ? [] : [f.localityId])));
    await page.getByText(t('overview.chartTable')).click();
    const rows = page.getByRole('table', { name: t('overview.chartTitle') }).locator('tbody tr');
    // One row per place that has figures; the chart keeps the 20 biggest.
    expect(await rows.count()).toBe(Math.min(placed.size, 20));

    const unplaced = dataset.figures.filter((f) => f.localityId === null).length;
    await page.getByText(t('overview.noLocality', { count: unplaced })).waitFor();
  });
});
