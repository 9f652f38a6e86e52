import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import { CATEGORIES, type Dataset } from '../../src/dataset/schema';
import { describeInBrowser } from './describe-in-browser';
import { fetchDataset } from './fetch-dataset';
import { readDefinition } from './read-definition';
import { findFiguresWithin } from './seed-expectations';

const zh = createTranslate('zh');
const SIZES = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

/** The overview chart's bars (each a link), once drawn. */
async function openChart(page: Page, t = zh) {
  const chart = page.getByRole('figure', { name: /各地区的数字数量|figures per place/u });
  await chart.getByRole('link').first().waitFor();
  return { chart, bars: chart.getByRole('link'), t };
}

/** The place a bar's accessible name speaks of: `汉滨区：51 个数字…` → 汉滨区. */
function placeOf(label: string): string {
  return label.slice(0, label.search(/[：:]/u));
}

function findPlace(dataset: Dataset, name: string) {
  const place = dataset.localities.find((l) => l.name === name);
  if (!place) throw new Error(`e2e: no locality named ${name}`);
  return place;
}

describeInBrowser('the overview', (session) => {
  it('opens on the totals, the chart per locality and what could not be placed', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const page = await session.open('');
    await page.getByRole('heading', { name: zh('overview.title') }).waitFor();
    expect(await readDefinition(page, zh('overview.articles'))).toBe(String(dataset.articles.length));
    expect(await readDefinition(page, zh('overview.figures'))).toBe(String(dataset.figures.length));
    expect(await readDefinition(page, zh('overview.sources'))).toBe(String(new Set(dataset.articles.map((a) => a.sourceId)).size));
    await openChart(page);
    const unplaced = dataset.figures.filter((f) => f.localityId === null).length;
    await page.getByText(zh('overview.noLocality', { count: unplaced })).waitFor();
  });

  it.each(SIZES.flatMap((size) => (['zh', 'en'] as const).map((language) => ({ size, language }))))(
    'shows every place label whole and apart at $size.width px in $language',
    async ({ size, language }) => {
      const page = await session.open(language === 'en' ? '#/?lang=en' : '#/', (p) => p.setViewportSize(size));
      const { chart, bars } = await openChart(page, createTranslate(language));
      const box = await chart.boundingBox();
      const labels = await bars.evaluateAll((links) =>
        links.map((link) => {
          const label = link.querySelector('.stack-label') as HTMLElement;
          const rect = label.getBoundingClientRect();
          const style = getComputedStyle(label);
          return { text: label.textContent, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, clipped: label.scrollWidth > label.clientWidth + 1, hidden: style.visibility === 'hidden' || style.display === 'none' };
        }),
      );
      expect(labels.length).toBe(await bars.count());
      for (const label of labels) {
        expect(label, String(label.text)).toMatchObject({ clipped: false, hidden: false });
        expect(label.right - label.left, String(label.text)).toBeGreaterThan(0);
        expect(label.left).toBeGreaterThanOrEqual((box?.x ?? 0) - 0.5);
        expect(label.right).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0) + 0.5);
      }
      for (let i = 1; i < labels.length; i += 1) expect(labels[i]?.top ?? 0, String(labels[i]?.text)).toBeGreaterThanOrEqual((labels[i - 1]?.bottom ?? 0) - 0.5);
    },
  );

  it("opens the figures of a bar's place, as many as the bar counts, sub-places included", async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const page = await session.open('#/');
    const { bars } = await openChart(page);
    const bar = bars.first();
    const place = findPlace(dataset, placeOf((await bar.getAttribute('aria-label')) ?? ''));
    const count = findFiguresWithin(dataset, place.id).length;
    expect(await bar.getAttribute('aria-label')).toBe(zh('overview.barLabel', { locality: place.name, count }));
    expect(await page.getByRole('heading', { name: /（含下级地区）$/u }).count()).toBe(1);

    await bar.click();

    await page.getByRole('heading', { name: zh('nav.figures') }).waitFor();
    expect(new URL(page.url()).hash).toContain(`loc=${encodeURIComponent(place.id)}`);
    await page.getByText(zh('filters.counts', { shown: count, total: dataset.figures.length })).waitFor();
  });

  it('shows a tooltip with the non-zero categories of a bar in legend order', async () => {
    const page = await session.open('#/');
    const { chart, bars } = await openChart(page);
    const legend = await chart.getByRole('list', { name: zh('overview.legend') }).getByRole('listitem').allInnerTexts();
    expect(legend).toEqual(CATEGORIES.map((c) => zh(`category.${c}`)).filter((name) => legend.includes(name)));
    const bar = bars.first();
    const total = Number(/(?<n>\d+) 个数字/u.exec((await bar.getAttribute('aria-label')) ?? '')?.groups?.['n']);

    await bar.hover();

    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    const items = (await tooltip.getByRole('listitem').allInnerTexts()).map((item) => /^(?<name>.+) (?<n>\d+)$/u.exec(item.trim())?.groups);
    expect(items.every((item) => Number(item?.['n']) > 0)).toBe(true);
    const names = items.map((item) => item?.['name'] ?? '');
    expect(names).toEqual(legend.filter((name) => names.includes(name)));
    expect(items.reduce((sum, item) => sum + Number(item?.['n']), 0)).toBe(total);
  });

  it('shows one administrative level at a time, and another on request', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const page = await session.open('#/');
    const { bars } = await openChart(page);
    const levels = async () => new Set((await bars.evaluateAll((links) => links.map((l) => l.getAttribute('aria-label') ?? ''))).map((label) => findPlace(dataset, placeOf(label)).level));
    const before = await levels();
    expect(before.size).toBe(1);
    const choice = page.getByRole('combobox', { name: zh('level.choice') });
    const other = (await choice.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).find((v) => !before.has(v as never));
    if (other === undefined) throw new Error('e2e: the seed offers one level only');

    await choice.selectOption(other);

    await page.getByRole('heading', { name: zh('overview.chartTitle', { level: zh(`level.${other}` as 'level.county') }) }).waitFor();
    expect(await levels()).toEqual(new Set([other]));
  });
});
