import { expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import { describeInBrowser } from './describe-in-browser';
import { fetchDataset } from './fetch-dataset';
import { findColumnHeader, findFiguresTable, readColumn, showAllRows } from './figures-table';
import { parseDisplayedValue } from './parse-displayed-value';

const t = createTranslate('zh');
// The order a Chinese reader expects: by pinyin, digits by value.
const pinyin = new Intl.Collator('zh-Hans-CN', { numeric: true });

function isOrdered<T>(values: readonly T[], compare: (a: T, b: T) => number): boolean {
  return values.every((value, i) => i === 0 || compare(values[i - 1] as T, value) <= 0);
}

describeInBrowser('sorting the figures table', (session) => {
  it('orders every figure by normalised value, one way and then the other', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const baseValues = dataset.figures.map((f) => f.baseValue);
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
      const values = (await readColumn(table, t('column.baseValue'))).map(parseDisplayedValue);
      expect(values).toHaveLength(dataset.figures.length);
      expect(values).not.toContain(null);
      const numbers = values as number[];
      const ascending = direction === 'ascending';
      expect(isOrdered(numbers, (a, b) => (ascending ? a - b : b - a)), `${direction}: ${numbers.join(' ')}`).toBe(true);
      // The first row is the extreme of the whole dataset, not just of the first page.
      const extreme = ascending ? Math.min(...baseValues) : Math.max(...baseValues);
      // Cells show two decimals of their magnitude (1.234亿 → 1.23亿), hence the 1% tolerance.
      expect(Math.abs((numbers[0] ?? Number.NaN) - extreme)).toBeLessThanOrEqual(Math.abs(extreme) * 0.01);
    }
    expect(directions.sort()).toEqual(['ascending', 'descending']);
    expect(new URL(page.url()).hash).toMatch(/sort=-?baseValue/);
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
