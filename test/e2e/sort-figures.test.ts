import { expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import { describeInBrowser } from './describe-in-browser';
import { fetchDataset } from './fetch-dataset';
import { findColumnHeader, findFiguresTable, readColumn, showAllRows } from './figures-table';
import { parseDisplayedValue, readUnit } from './parse-displayed-value';
import { readDefinition } from './read-definition';

const t = createTranslate('zh');
// The order a Chinese reader expects: by pinyin, digits by value.
const pinyin = new Intl.Collator('zh-Hans-CN', { numeric: true });

function isOrdered<T>(values: readonly T[], compare: (a: T, b: T) => number): boolean {
  return values.every((value, i) => i === 0 || compare(values[i - 1] as T, value) <= 0);
}

describeInBrowser('sorting the figures table', (session) => {
  it('orders every figure by normalised value within its unit, one way and then the other, showing exact values', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const page = await session.open('#/figures');
    const table = findFiguresTable(page);
    await table.waitFor();
    await showAllRows(page);
    const header = findColumnHeader(table, t('column.baseValue'));
    const sortButton = header.getByRole('button', { name: t('column.baseValue'), exact: true });

    const directions: string[] = [];
    for (let press = 0; press < 2; press += 1) {
      const before = await header.getAttribute('aria-sort');
      await sortButton.click();
      await expect.poll(() => header.getAttribute('aria-sort')).not.toBe(before);
      const direction = (await header.getAttribute('aria-sort')) ?? 'none';
      directions.push(direction);
      const cells = (await readColumn(table, t('column.baseValue'))).map((text) => ({ text, value: parseDisplayedValue(text), unit: readUnit(text) }));
      expect(cells).toHaveLength(dataset.figures.length);
      // Exact: the cells hold the dataset's values themselves, none rounded (12098件, not 1.21万件).
      expect(cells.map((c) => c.value).sort()).toEqual(dataset.figures.map((f) => f.baseValue).sort());
      // Each unit's figures stand together (亿元 never among 件), each run ordered by value.
      const runs = cells.reduce<{ unit: string; values: number[] }[]>((acc, c) => {
        const last = acc.at(-1);
        if (last?.unit === c.unit) last.values.push(c.value ?? Number.NaN);
        else acc.push({ unit: c.unit, values: [c.value ?? Number.NaN] });
        return acc;
      }, []);
      expect(new Set(runs.map((r) => r.unit)).size, runs.map((r) => r.unit).join(' ')).toBe(runs.length);
      const ascending = direction === 'ascending';
      for (const run of runs) expect(isOrdered(run.values, (a, b) => (ascending ? a - b : b - a)), `${run.unit}: ${run.values.join(' ')}`).toBe(true);
    }
    expect(directions.sort()).toEqual(['ascending', 'descending']);
    expect(new URL(page.url()).hash).toMatch(/sort=-?baseValue/);
  });

  it('shows the exact normalised value in the drill-down', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    // A value that two decimals of 万 would round: 12098 → 1.21万.
    const figure = dataset.figures.find((f) => f.baseValue >= 1e4 && !Number.isInteger(f.baseValue / 100) && f.qualifier === 'exact');
    if (!figure) throw new Error('e2e: the seed has no figure whose value 万 would round');
    const page = await session.open(`#/figures?fig=${encodeURIComponent(figure.id)}`);
    const shown = await readDefinition(page.getByRole('dialog'), t('panel.value'));
    expect(parseDisplayedValue(shown)).toBe(figure.baseValue);
    expect(readUnit(shown)).toBe(figure.baseUnit);
  });

  it('orders localities by pinyin', async () => {
    const page = await session.open('#/figures');
    const table = findFiguresTable(page);
    await table.waitFor();
    await showAllRows(page);
    const header = findColumnHeader(table, t('column.locality'));

    await header.getByRole('button', { name: t('column.locality'), exact: true }).click();

    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    // A figure without a place shows 未知地区 but sorts as an empty name, ahead of every place.
    const names = (await readColumn(table, t('column.locality'))).map((n) => (n === t('locality.unknown') ? '' : n));
    expect(new Set(names).size).toBeGreaterThan(1);
    expect(isOrdered(names, pinyin.compare), names.join(' ')).toBe(true);
  });
});
