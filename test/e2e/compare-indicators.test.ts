import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import type { Dataset, Indicator } from '../../src/dataset/schema';
import { describeInBrowser } from './describe-in-browser';
import { fetchDataset } from './fetch-dataset';
import { findIndicatorExpectation } from './indicator-expectations';
import { parseDisplayedValue, readUnit } from './parse-displayed-value';
import { parseCsvBytes, readDownload } from './read-download';
import { readDefinition } from './read-definition';

const t = createTranslate('zh');

/** Picks an indicator as a user does: types in the search box, then chooses it in the list. */
async function chooseIndicator(page: Page, indicator: Indicator): Promise<void> {
  await page.getByRole('searchbox', { name: t('compare.search') }).fill(indicator.nameZh);
  await page.getByRole('combobox', { name: t('compare.indicator') }).selectOption({ value: indicator.id });
}

/** The comparison table's rows as [place, displayed value], top to bottom (the chart's order). */
async function readRows(page: Page, indicator: Indicator, unit: string): Promise<[string, string][]> {
  const table = page.getByRole('table', { name: t('compare.chartLabel', { measure: indicator.nameZh, unit }) });
  await table.locator('tbody tr').first().waitFor();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row): [string, string] => {
      const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '');
      return [cells[0] ?? '', cells[1] ?? ''];
    }),
  );
}

/** The texts behind every dot of a place: "…原文 15个工作日 → 一半，…" gives both. */
async function readDotTexts(page: Page, place: string): Promise<string[]> {
  const labels = await page.getByRole('figure').getByRole('button', { name: new RegExp(`^${place}：`, 'u') }).evaluateAll((dots) => dots.map((dot) => dot.getAttribute('aria-label') ?? ''));
  return labels.flatMap((label) => (/原文 (?<texts>.+)，[^，]+$/u.exec(label)?.groups?.['texts'] ?? '').split(' → '));
}

function findIndicator(dataset: Dataset, id: string): Indicator {
  const indicator = dataset.indicators.find((i) => i.id === id);
  if (!indicator) throw new Error(`e2e: the dataset lists no indicator ${id}`);
  return indicator;
}

function levelOf(dataset: Dataset, name: string): string | undefined {
  return dataset.localities.find((l) => l.name === name)?.level;
}

describeInBrowser('comparing localities on an indicator', (session) => {
  it('on 审批时限 shows only approval times, each place by its after-reform value, in working days', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const indicator = findIndicator(dataset, 'approval-time');
    const expected = findIndicatorExpectation(dataset, indicator.id);
    const reformed = [...expected.before.keys()].filter((id) => (expected.after.get(id) ?? []).length > 0);
    expect(reformed.length, 'the seed must have an approval time with a before and an after').toBeGreaterThan(0);
    const page = await session.open('#/compare');

    await chooseIndicator(page, indicator);

    const checkRows = async (): Promise<(readonly [string | undefined, number | null])[]> => {
      const rows = await readRows(page, indicator, '工作日');
      expect(new Set(rows.map(([place]) => levelOf(dataset, place))).size).toBe(1); // one administrative level
      for (const [place, value] of rows) {
        const id = dataset.localities.find((l) => l.name === place)?.id ?? '';
        expect(readUnit(value), place).toBe('工作日');
        expect(expected.after.get(id) ?? [], `${place} shows ${value}`).toContain(parseDisplayedValue(value));
        for (const text of await readDotTexts(page, place)) expect(expected.texts.get(id) ?? [], place).toContain(text);
      }
      return rows.map(([place, value]) => [dataset.localities.find((l) => l.name === place)?.id, parseDisplayedValue(value)] as const);
    };
    await checkRows();
    // At the level of a place that printed a before and an after, it is shown by the after, never the before.
    const reformedLevel = dataset.localities.find((l) => l.id === reformed[0])?.level ?? '';
    await page.getByRole('combobox', { name: t('level.choice') }).selectOption({ value: reformedLevel });
    const shown = await checkRows();
    for (const [id, value] of shown) if (id !== undefined && reformed.includes(id)) expect(expected.before.get(id)).not.toContain(value);
    expect(shown.some(([id]) => id !== undefined && reformed.includes(id))).toBe(true);
  });

  it('on an investment indicator shows only money of that indicator', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const money = dataset.indicators.filter((i) => i.domain === 'investment' && i.dimension === 'money');
    const counts = new Map(money.map((i) => [i.id, new Set(dataset.figures.filter((f) => f.indicatorId === i.id && f.localityId !== null).map((f) => f.localityId)).size]));
    const indicator = [...money].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))[0];
    if (!indicator || (counts.get(indicator.id) ?? 0) < 2) throw new Error('e2e: the seed has no investment indicator reported by two places');
    const expected = findIndicatorExpectation(dataset, indicator.id);
    const page = await session.open('#/compare');

    await chooseIndicator(page, indicator);

    const rows = await readRows(page, indicator, '元');
    expect(rows.length).toBeGreaterThan(0);
    for (const [place, value] of rows) {
      const id = dataset.localities.find((l) => l.name === place)?.id ?? '';
      expect(readUnit(value), place).toBe('元');
      expect(expected.after.get(id) ?? [], `${place} shows ${value}`).toContain(parseDisplayedValue(value));
      const dots = await readDotTexts(page, place);
      expect(dots.length).toBeGreaterThan(0);
      for (const text of dots) expect(expected.texts.get(id) ?? [], place).toContain(text);
    }
  });

  it('opens the paragraph of a claim from its dot', async () => {
    const page = await session.open('#/compare');
    const dot = page.getByRole('figure').locator('.dot').first();
    await dot.waitFor();
    const label = (await dot.getAttribute('aria-label')) ?? '';
    const place = label.slice(0, label.indexOf('：'));
    const texts = /原文 (?<texts>.+)，[^，]+$/u.exec(label)?.groups?.['texts']?.split(' → ') ?? [];

    await dot.click();

    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const marked = dialog.locator('p mark');
    await marked.first().waitFor(); // the paragraph follows its chunk
    expect(await marked.allInnerTexts()).toEqual([texts.at(-1)]);
    expect(await readDefinition(dialog, t('panel.locality'))).toContain(place);
  });

  it('exports the locality × indicator table as CSV: a row per place shown, value, exactness and period per indicator', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const indicator = findIndicator(dataset, 'approval-time');
    const page = await session.open(`#/compare?ind=${indicator.id}`);
    const region = page.getByRole('region', { name: /地区 × 指标总表$/u });
    await region.locator('tbody th').first().waitFor();
    const shownPlaces = await region.locator('tbody th').allInnerTexts();
    const shownCell = await region.locator('tbody tr').first().locator('td').allInnerTexts();

    const { name, bytes } = await readDownload(region.getByRole('button', { name: t('export.csv') }));

    expect(name).toMatch(/^reform-metrics-compare-wide-\d{4}-\d{2}-\d{2}\.csv$/u);
    const [header = [], ...rows] = parseCsvBytes(bytes);
    expect(header.slice(0, 3)).toEqual([t('column.locality'), t('column.chain'), t('column.localityCode')]);
    const names = header.slice(3).filter((_h, i) => i % 3 === 0);
    expect(names).toContain(t('wide.value', { name: indicator.nameZh, unit: indicator.baseUnit }));
    expect(header.length).toBe(3 + 3 * (await region.locator('thead th').count() - 1));
    expect(rows.map((row) => row[0])).toEqual(shownPlaces);
    // The first place's numbers are the table's, in base units (7.5工作日 → 7.5).
    const numbers = rows[0]?.slice(3).filter((_c, i) => i % 3 === 0) ?? [];
    expect(numbers.map((n) => (n === '' ? null : Number(n)))).toEqual(shownCell.map((cell) => (cell === '' ? null : parseDisplayedValue(cell.split('\n')[0] ?? ''))));
  });
});
