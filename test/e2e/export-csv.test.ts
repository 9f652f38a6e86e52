import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/schema';
import { createTranslate } from '../../src/app/i18n/translate';
import { describeInBrowser } from './describe-in-browser';
import { fetchDataset } from './fetch-dataset';
import { plantDataset } from './plant-dataset';
import { parseCsvBytes, readDownload } from './read-download';
import { selectFilterLocality } from './seed-expectations';

const t = createTranslate('zh');
const UTF8_BOM = [0xef, 0xbb, 0xbf];
// What a spreadsheet would run as a formula at the start of a cell (full-width forms included).
const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/u;
/**
 * The figures table's default columns as exported: the normalised value brings its upper bound and
 * unit. The sentence is not among them: it is the one column that needs paragraph text (shown on demand).
 */
const DEFAULT_HEADER = [
  'column.locality', 'column.metric', 'column.text', 'column.review', 'column.reviewNote', 'column.baseValue', 'column.baseValueMax', 'column.baseUnit',
  'column.qualifier', 'column.category', 'column.article', 'column.date', 'column.outlet',
  'column.chain', 'column.localityCode',
] as const;
/** The default columns with the sentence column turned on: it takes its place after the category. */
const WITH_SENTENCE = [...DEFAULT_HEADER.slice(0, 10), 'column.sentence', ...DEFAULT_HEADER.slice(10)] as const;

describeInBrowser('exporting the figures', (session) => {
  it('downloads every filtered row as CSV: the sentence (its chunks fetched first), article, date, outlet, chain and plain code, in Chinese', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const { locality, figures } = selectFilterLocality(dataset);
    const page = await session.open(`#/figures?loc=${encodeURIComponent(locality.id)}`);
    await page.getByText(t('filters.counts', { shown: figures.length, total: dataset.figures.length })).waitFor();
    await page.getByText(t('table.columns')).click();
    await page.getByRole('checkbox', { name: t('column.sentence') }).check();

    const { name, bytes } = await readDownload(page.getByRole('button', { name: t('export.csv') }));

    expect(name).toMatch(/^reform-metrics-figures-\d{4}-\d{2}-\d{2}\.csv$/u);
    expect([...bytes.subarray(0, 3)]).toEqual(UTF8_BOM);
    const [header = [], ...rows] = parseCsvBytes(bytes);
    expect(header).toEqual(WITH_SENTENCE.map((key) => t(key)));
    expect(rows).toHaveLength(figures.length); // every page, not just the 50 rows shown
    const cell = (row: string[], key: (typeof WITH_SENTENCE)[number]) => row[header.indexOf(t(key))] ?? '';
    // Each sentence holds its figure; enumerations read as the UI shows them; codes are bare digits.
    expect(rows.filter((row) => !cell(row, 'column.sentence').includes(cell(row, 'column.text').replace(/^'/u, '')))).toEqual([]);
    const qualifiers = new Set(['exact', 'approx', 'atLeast', 'atMost', 'range'].map((q) => t(`qualifier.${q}` as 'qualifier.exact')));
    expect(rows.every((row) => qualifiers.has(cell(row, 'column.qualifier')))).toBe(true);
    expect(new Set(rows.map((row) => [cell(row, 'column.review'), cell(row, 'column.reviewNote')].join('|')))).toEqual(new Set([`${t('review.status.unreviewed')}|`]));
    expect(rows.every((row) => /^\d*$/u.test(cell(row, 'column.localityCode')))).toBe(true);
    expect(rows.every((row) => cell(row, 'column.chain').includes(locality.name))).toBe(true);
    const titles = new Set(dataset.articles.map((a) => a.title));
    expect(rows.every((row) => titles.has(cell(row, 'column.article')))).toBe(true);
    const live = rows.flatMap((row) => row.filter((text, i) => !header[i]?.startsWith(t('column.baseValue')) && FORMULA_START.test(text)));
    expect(live).toEqual([]);
  });

  it('leaves out a column the user hid, and keeps the order shown', async () => {
    const page = await session.open('#/figures');
    await page.getByText(t('table.columns')).click();
    await page.getByRole('checkbox', { name: t('column.metric') }).uncheck();
    await page.getByRole('checkbox', { name: t('column.sourceFile') }).check();
    const [header = []] = parseCsvBytes((await readDownload(page.getByRole('button', { name: t('export.csv') }))).bytes);
    expect(header).not.toContain(t('column.metric'));
    expect(header.at(-1)).toBe(t('column.sourceFile'));
  });

  it('downloads an XLSX with typed cells and a frozen header', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const page = await session.open('#/figures');
    const { name, bytes } = await readDownload(page.getByRole('button', { name: t('export.xlsx') }));
    expect(name).toMatch(/^reform-metrics-figures-\d{4}-\d{2}-\d{2}\.xlsx$/u);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(1).values).toEqual([undefined, ...DEFAULT_HEADER.map((key) => t(key))]);
    expect(sheet?.rowCount).toBe(dataset.figures.length + 1);
    const baseValues = sheet?.getColumn(DEFAULT_HEADER.indexOf('column.baseValue') + 1).values.slice(2) ?? [];
    expect(baseValues.every((v) => typeof v === 'number')).toBe(true);
    expect([...baseValues].sort()).toEqual(dataset.figures.map((f) => f.baseValue).sort());
  });

  it('downloads the whole dataset as a ZIP of CSV tables with a data dictionary', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const page = await session.open('#/figures?cat=investment'); // the filter does not narrow the dataset download
    const { name, bytes } = await readDownload(page.getByRole('button', { name: t('export.dataset') }));
    expect(name).toMatch(/^reform-metrics-dataset-\d{4}-\d{2}-\d{2}\.zip$/u);
    const files = unzipSync(new Uint8Array(bytes));
    const read = (file: string) => Papa.parse<Record<string, string>>(strFromU8(files[file] ?? new Uint8Array()).replace(/^\uFEFF/u, ''), { header: true, skipEmptyLines: true }).data;
    expect(read('figures.csv').map((row) => row['figure_id']).sort()).toEqual(dataset.figures.map((f) => f.id).sort());
    expect(read('localities.csv')).toHaveLength(dataset.localities.length);
    expect(read('articles.csv')).toHaveLength(dataset.articles.length);
    expect(read('data-dictionary.csv').length).toBeGreaterThan(40);
  });

  it('neutralises text cells that a spreadsheet would run as formulas', async () => {
    // The seed articles hold no such text, so the served dataset gets some: a metric and a title
    // written as formulas, in half and full width. The rest of the file is the real seed dataset.
    const formulas = ['=HYPERLINK("http://example.invalid","x")', '＋1+1', '@SUM(A1)', '-2+3'];
    const dataset: Dataset = structuredClone(await fetchDataset(session.baseUrl));
    dataset.figures.slice(0, 3).forEach((figure, i) => {
      figure.metric = formulas[i] ?? figure.metric;
    });
    const article = dataset.articles.find((a) => a.id === dataset.figures[0]?.articleId);
    if (article) article.title = formulas[3] ?? article.title;
    const page = await session.open('#/figures', (p: Page) => plantDataset(p, dataset));
    await page.getByRole('button', { name: t('export.csv') }).waitFor();
    const [header = [], ...rows] = parseCsvBytes((await readDownload(page.getByRole('button', { name: t('export.csv') }))).bytes);
    const metrics = rows.map((row) => row[header.indexOf(t('column.metric'))]);
    expect(formulas.slice(0, 3).map((f) => metrics.includes(`'${f}`))).toEqual([true, true, true]);
    expect(rows.some((row) => row[header.indexOf(t('column.article'))] === `'${formulas[3] ?? ''}`)).toBe(true);
  });
});
