import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/schema';
import { createTranslate } from '../../src/app/i18n/translate';
import { describeInBrowser } from './describe-in-browser';
import { fetchDataset } from './fetch-dataset';
import { parseCsv } from './parse-csv';
import { selectFilterLocality } from './seed-expectations';

const t = createTranslate('zh');
const UTF8_BOM = [0xef, 0xbb, 0xbf];
// What a spreadsheet would run as a formula at the start of a cell (full-width forms included).
const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/u;
// Excel's "keep these digits as text" form, which the export uses on purpose for division codes.
const TEXT_CODE = /^="\d*"$/u;

describeInBrowser('exporting the figures as CSV', (session) => {
  it('downloads exactly the filtered rows, with a BOM, a header and no live formulas', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const { locality, figures } = selectFilterLocality(dataset);
    const page = await session.open(`#/figures?loc=${encodeURIComponent(locality.id)}`);
    await page.getByText(t('filters.counts', { shown: figures.length, total: dataset.figures.length })).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('export.csv') }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);

    expect(download.suggestedFilename()).toMatch(/^reform-metrics-figures-\d{4}-\d{2}-\d{2}\.csv$/u);
    expect([...bytes.subarray(0, 3)]).toEqual(UTF8_BOM);
    const [header = [], ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(header).toEqual([
      'id', t('column.locality'), t('column.chain'), t('column.localityCode'), t('column.metric'), t('column.text'),
      'value', 'valueMax', t('column.unit'), t('column.baseValue'), 'baseValueMax', t('column.baseUnit'),
      t('column.qualifier'), t('column.category'), t('column.article'), t('column.sourceFile'),
    ]);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    expect(rows.map((row) => row[0]).sort()).toEqual(figures.map((f) => f.id).sort());

    // Number columns may hold a minus sign; the code column is ="…" by design; every other cell
    // starting like a formula must have been neutralised with a leading apostrophe by the export.
    const numeric = new Set(['value', 'valueMax', t('column.baseValue'), 'baseValueMax']);
    const code = header.indexOf(t('column.localityCode'));
    const live = rows.flatMap((row) =>
      row.filter((cell, i) => !numeric.has(header[i] ?? '') && (i === code ? !TEXT_CODE.test(cell) && cell !== '' : FORMULA_START.test(cell))),
    );
    expect(live).toEqual([]);
  });

  it('neutralises text cells that a spreadsheet would run as formulas', async () => {
    // The seed articles hold no such text, so the served dataset gets some: a metric and a title
    // written as formulas, in half and full width. The rest of the file is the real seed dataset.
    const formulas = ['=HYPERLINK("http://example.invalid","x")', '＋1+1', '@SUM(A1)', '-2+3'];
    const plant = async (page: Page): Promise<void> => {
      await page.route('**/data/dataset.json', async (route) => {
        const response = await route.fetch();
        const dataset = (await response.json()) as Dataset;
        dataset.figures.slice(0, 3).forEach((figure, i) => {
          figure.metric = formulas[i] ?? figure.metric;
        });
        const article = dataset.articles.find((a) => a.id === dataset.figures[0]?.articleId);
        if (article) article.title = formulas[3] ?? article.title;
        await route.fulfill({ response, json: dataset });
      });
    };
    const dataset = await fetchDataset(session.baseUrl);
    const planted = dataset.figures.slice(0, 3).map((f) => f.id);
    const page = await session.open('#/figures', plant);
    await page.getByRole('button', { name: t('export.csv') }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('export.csv') }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const [header = [], ...rows] = parseCsv(Buffer.concat(chunks).subarray(3).toString('utf8'));
    const metric = header.indexOf(t('column.metric'));
    const title = header.indexOf(t('column.article'));
    const byId = new Map(rows.map((row) => [row[0], row]));
    expect(planted.map((id) => byId.get(id)?.[metric])).toEqual(formulas.slice(0, 3).map((f) => `'${f}`));
    expect(byId.get(planted[0])?.[title]).toBe(`'${formulas[3] ?? ''}`);
  });
});
