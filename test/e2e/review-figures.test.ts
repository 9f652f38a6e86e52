import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import type { CorrectionsFile } from '../../src/dataset/corrections';
import type { Dataset } from '../../src/dataset/schema';
import { describeInBrowser } from './describe-in-browser';
import { fetchDataset } from './fetch-dataset';
import { findFiguresTable, readColumn } from './figures-table';
import { parseCsvBytes, readDownload } from './read-download';
import { recordPageErrors } from './record-page-errors';

const t = createTranslate('zh');
const root = path.resolve(import.meta.dirname, '../..');

// The seed page of 张湾区: 总投资27亿元 (marked wrong), 规划面积6061.3亩 (its unit and place corrected)
// and 2月22日 in the same paragraph, whose 22日 the reviewer adds as a figure the extractor skipped.
const WRONG = '27亿元';
const EDITED = '6061.3亩';
const ADDED = '22日';
const NEW_PLACE = '郧西县';

/** Opens the figure whose text is `text` from the figures table, searched for it; returns its panel. */
async function openFigure(page: Page, text: string): Promise<Locator> {
  await page.goto(new URL(`#/figures?q=${encodeURIComponent(text)}`, page.url()).href);
  await findFiguresTable(page).getByRole('button', { name: text, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: new RegExp(`：${text}$`, 'u') }).waitFor();
  return dialog;
}

/** Selects `words` in the panel's paragraph with the mouse, as a reader drags over them. */
async function selectWords(page: Page, paragraph: Locator, words: string): Promise<void> {
  const box = await paragraph.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const rect = (from: number) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, from + 1);
        return range.getBoundingClientRect();
      };
      const first = rect(at);
      const last = rect(at + wanted.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`"${wanted}" is not in the paragraph`);
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(words);
}

/** The figures behind the dots of the compare view of an indicator at the township level (where 汉江路街道 reports). */
async function readCompareDots(page: Page, indicator: string): Promise<string> {
  await page.goto(new URL(`#/compare?ind=${indicator}&level=township`, page.url()).href);
  await page.locator('main .dot-chart, main .empty-state').first().waitFor();
  const labels = await page.locator('main .dot-chart button.dot').evaluateAll((dots) => dots.map((dot) => dot.getAttribute('aria-label') ?? ''));
  return labels.join('\n');
}

describeInBrowser('reviewing figures', (session) => {
  it('marks one wrong, corrects another, adds a missed one, keeps them over a reload, and the CLI applies the exported file', async () => {
    const seed = await fetchDataset(session.baseUrl);
    const wrong = seed.figures.find((f) => f.text === WRONG);
    const total = seed.figures.length;
    expect(wrong?.indicatorId).toBeTruthy();
    const page = await session.open('#/figures');

    // The compare view shows the figure before it is marked.
    expect(await readCompareDots(page, wrong?.indicatorId ?? '')).toContain(WRONG);

    // 1. Wrong, with the key W, after typing the reviewer's name once.
    let dialog = await openFigure(page, WRONG);
    await dialog.getByRole('textbox', { name: t('review.reviewer') }).fill('王芳');
    await dialog.getByRole('button', { name: t('review.reviewerSave') }).click();
    await dialog.getByRole('textbox', { name: t('review.note') }).fill('总投资是计划数');
    await dialog.getByRole('button', { name: /^正确/u }).focus(); // keys act outside text fields
    await page.keyboard.press('w');
    await expect.poll(() => dialog.locator('.review-status').innerText()).toContain(t('review.status.wrong'));
    await expect.poll(() => findFiguresTable(page).locator('tbody').innerText()).not.toContain(WRONG);
    expect(await readCompareDots(page, wrong?.indicatorId ?? '')).not.toContain(WRONG);

    // 2. Unit and place corrected in the form, the place picked from the hierarchy.
    dialog = await openFigure(page, EDITED);
    await dialog.getByRole('button', { name: /^更正/u }).click();
    const form = dialog.getByRole('form', { name: `更正数字：${EDITED}` });
    await form.getByRole('textbox', { name: t('review.field.unit') }).fill('平方米');
    await form.getByRole('searchbox', { name: t('filters.localitySearch') }).fill('郧西');
    await form.getByRole('radio', { name: NEW_PLACE }).check();
    await form.getByRole('button', { name: t('review.save') }).click();
    await expect.poll(() => dialog.locator('.review-status').innerText()).toContain(t('review.status.corrected'));
    const table = findFiguresTable(page);
    await expect.poll(() => readColumn(table, t('column.locality'))).toEqual([NEW_PLACE]);
    expect(await readColumn(table, t('column.baseValue'))).toEqual(['6,061.3平方米']);
    expect(await readColumn(table, t('column.review'))).toEqual(['✎ 已更正']);

    // 3. A missed figure, added by selecting its words in the paragraph.
    await selectWords(page, dialog.locator('.focus-paragraph'), ADDED);
    await dialog.getByRole('button', { name: t('review.addSelection') }).click();
    const adding = dialog.getByRole('form', { name: `添加数字：${ADDED}` });
    await adding.getByRole('textbox', { name: t('review.field.value') }).fill('22');
    await adding.getByRole('textbox', { name: t('review.field.unit') }).fill('日');
    await adding.getByRole('textbox', { name: t('review.field.metric') }).fill('开工日');
    await adding.getByRole('button', { name: t('review.save') }).click();
    await dialog.getByRole('heading', { name: `开工日：${ADDED}` }).waitFor();
    expect(await dialog.locator('.review-status').innerText()).toContain(t('review.status.added'));

    // 4. A reload keeps all three.
    await page.reload();
    await page.goto(new URL('#/figures?rev=wrong', page.url()).href);
    await expect.poll(() => readColumn(findFiguresTable(page), t('column.text'))).toEqual([WRONG]);
    expect(await readColumn(findFiguresTable(page), t('column.review'))).toEqual(['✗ 错误']);
    await expect.poll(() => page.locator('.review-bar .review-progress').innerText()).toBe(t('review.progress', { reviewed: 3, total: total + 1 }));

    // The table's exports carry the review: status and note, in CSV and XLSX.
    const [csvHeader = [], ...csvRows] = parseCsvBytes((await readDownload(page.getByRole('button', { name: t('export.csv') }))).bytes);
    expect(csvRows.map((row) => [row[csvHeader.indexOf(t('column.text'))], row[csvHeader.indexOf(t('column.review'))], row[csvHeader.indexOf(t('column.reviewNote'))]])).toEqual([
      [WRONG, t('review.status.wrong'), '总投资是计划数'],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readDownload(page.getByRole('button', { name: t('export.xlsx') }))).bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const xlsxHeader = (sheet?.getRow(1).values as unknown[]) ?? [];
    expect([sheet?.getRow(2).getCell(xlsxHeader.indexOf(t('column.review'))).value, sheet?.getRow(2).getCell(xlsxHeader.indexOf(t('column.reviewNote'))).value]).toEqual([
      t('review.status.wrong'),
      '总投资是计划数',
    ]);

    // 5. The corrections file, exported and applied by the CLI.
    const { name, bytes } = await readDownload(page.getByRole('button', { name: t('review.export') }));
    expect(name).toBe('corrections.json');
    const file = JSON.parse(bytes.toString('utf8')) as CorrectionsFile;
    expect(file.decisions.map((d) => [d.action, d.anchor.text, d.reviewer])).toEqual([
      ['wrong', WRONG, '王芳'],
      ['edit', EDITED, '王芳'],
      ['add', ADDED, '王芳'],
    ]);
    const folder = mkdtempSync(path.join(tmpdir(), 'rm-review-e2e-'));
    writeFileSync(path.join(folder, 'corrections.json'), bytes);
    const out = path.join(folder, 'data', 'dataset.json');
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-dataset.ts', '--out', out, '--jobs', '1', '--corrections', path.join(folder, 'corrections.json')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stderr).toContain('corrections 3 applied, 0 stale, 0 conflicting');
    const rebuilt = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
    expect(rebuilt.rejected?.map((r) => r.figure.text)).toEqual([WRONG]);

    // 6. The rebuilt dataset, in the reviewer's browser (its stored decisions land on the figures they
    // were applied to: nothing stale, nothing in conflict) and in one that never saw the review.
    const serveRebuilt = (target: Page) =>
      target.route('**/data/**', (route) => {
        const relative = decodeURIComponent(new URL(route.request().url()).pathname).replace(/^.*?\/data\//u, '');
        return route.fulfill({ path: path.join(folder, 'data', relative) });
      });
    await serveRebuilt(page);
    await page.goto(new URL('#/figures?rev=wrong', session.baseUrl).href);
    await page.reload();
    await expect.poll(() => readColumn(findFiguresTable(page), t('column.text'))).toEqual([WRONG]);
    await expect.poll(() => page.locator('.review-bar .review-progress').innerText()).toBe(t('review.progress', { reviewed: 3, total: total + 1 }));
    expect(await page.locator('.review-problems').count()).toBe(0);
    const fresh = await session.browser().newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 900 } });
    try {
      const served = await fresh.newPage();
      const errors = recordPageErrors(served);
      await serveRebuilt(served);
      await served.goto(new URL(`#/figures?q=${encodeURIComponent(WRONG)}`, session.baseUrl).href);
      await findFiguresTable(served).waitFor();
      await expect.poll(() => served.locator('main').innerText()).toContain(t('table.empty'));
      await served.goto(new URL('#/figures?rev=wrong', session.baseUrl).href);
      await expect.poll(() => readColumn(findFiguresTable(served), t('column.text'))).toEqual([WRONG]);
      await served.goto(new URL(`#/figures?q=${encodeURIComponent(EDITED)}`, session.baseUrl).href);
      await expect.poll(() => readColumn(findFiguresTable(served), t('column.locality'))).toEqual([NEW_PLACE]);
      expect(await readColumn(findFiguresTable(served), t('column.baseValue'))).toEqual(['6,061.3平方米']);
      expect(await readColumn(findFiguresTable(served), t('column.review'))).toEqual(['✎ 已更正']);
      await served.goto(new URL('#/figures?rev=added', session.baseUrl).href);
      await expect.poll(() => readColumn(findFiguresTable(served), t('column.text'))).toEqual([ADDED]);
      expect(await served.locator('.review-bar .review-progress').innerText()).toBe(t('review.progress', { reviewed: 3, total: total + 1 }));
      expect(await readCompareDots(served, wrong?.indicatorId ?? '')).not.toContain(WRONG);
      expect(errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  }, 240_000);
});
