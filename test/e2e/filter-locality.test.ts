import { expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import { describeInBrowser } from './describe-in-browser';
import { expectAccessible } from './expect-accessible';
import { fetchDataset } from './fetch-dataset';
import { findFiguresTable, readColumn, showAllRows } from './figures-table';
import { findLocalitySubtree, selectFilterLocality } from './seed-expectations';

const t = createTranslate('zh');

describeInBrowser('filtering to one locality', (session) => {
  it('narrows the count and the table to the place and everything below it', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const total = dataset.figures.length;
    const { locality, figures } = selectFilterLocality(dataset);
    const page = await session.open('#/figures');
    await page.getByText(t('filters.counts', { shown: total, total })).waitFor();

    await page.getByRole('searchbox', { name: t('filters.localitySearch') }).fill(locality.name);
    await page.getByRole('checkbox', { name: locality.name, exact: true }).check();

    await page.getByText(t('filters.counts', { shown: figures.length, total })).waitFor();
    expect(new URL(page.url()).hash).toContain(`loc=${encodeURIComponent(locality.id)}`);
    await page.getByRole('button', { name: t('filters.remove', { name: locality.name }) }).waitFor();

    const table = findFiguresTable(page);
    await showAllRows(page);
    const below = findLocalitySubtree(dataset, locality.id);
    const allowedNames = new Set(dataset.localities.filter((l) => below.has(l.id)).map((l) => l.name));
    const shownNames = await readColumn(table, t('column.locality'));
    expect(shownNames).toHaveLength(figures.length);
    expect(shownNames.filter((name) => !allowedNames.has(name))).toEqual([]);
    await expectAccessible(page);
  });

  it('brings every figure back when the filter is cleared', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const total = dataset.figures.length;
    const { locality, figures } = selectFilterLocality(dataset);
    const page = await session.open(`#/figures?loc=${encodeURIComponent(locality.id)}`);
    await page.getByText(t('filters.counts', { shown: figures.length, total })).waitFor();

    await page.getByRole('button', { name: t('filters.clear') }).click();

    await page.getByText(t('filters.counts', { shown: total, total })).waitFor();
    expect(new URL(page.url()).hash).not.toContain('loc=');
  });
});
