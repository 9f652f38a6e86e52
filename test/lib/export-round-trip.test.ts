import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import { createFigureExportParts } from '../../src/components/figure-export-columns';
import { makeDatasetIndex } from '../helpers/make-app-layout';
import { neutralizeText, type ExportColumn } from '../../src/lib/export-column';
import { loadChunks } from '../../src/lib/load-chunks';
import { selectExportColumns } from '../../src/lib/select-export-columns';
import { selectFigureRows, type FigureRow } from '../../src/lib/select-figure-rows';
import { toCsv } from '../../src/lib/to-csv';
import { toXlsx } from '../../src/lib/to-xlsx';
import { HOSTILE_TEXTS, makeHostileDataset } from '../helpers/make-spreadsheet-hostile-dataset';

const index = makeDatasetIndex(makeHostileDataset());
const rows = selectFigureRows(index, index.dataset.figures);
// The sentence column reads loaded chunks, as the export buttons see to before writing.
await loadChunks(index.text, Array.from({ length: index.text.chunkCount }, (_, k) => k));
const parts = createFigureExportParts(createTranslate('zh'), index.text);
const columns = selectExportColumns(Object.keys(parts), parts);

/** The cells as the export means them: text and codes as strings, numbers as numbers, null as empty. */
function expectedCells(guard: (text: string, column: ExportColumn<FigureRow>) => string): (string | number | null)[][] {
  return rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      return typeof value === 'string' ? guard(value, column) : value;
    }),
  );
}

describe('the figures CSV of a hostile dataset', () => {
  const csv = toCsv(rows, columns);
  const parsed = Papa.parse<(string | number | null)[]>(csv.replace(/^\uFEFF/u, ''), {
    skipEmptyLines: true,
    // Only number columns are typed, as an analyst would declare them; text stays text.
    dynamicTyping: (i) => columns[Number(i)]?.kind === 'number',
  });

  it('parses with papaparse without errors, one row per figure', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(rows.length + 1);
    expect(parsed.data[0]).toEqual(columns.map((c) => c.header));
  });

  it('gives back every cell: text (quotes, commas, line breaks) as written and guarded, numbers as numbers', () => {
    const body = parsed.data.slice(1).map((cells) => cells.map((cell) => (cell === '' ? null : cell)));
    expect(body).toEqual(expectedCells((text, column) => neutralizeText(text, column.kind)));
  });

  it('leaves no cell that a spreadsheet would run as a formula', () => {
    const live = parsed.data.slice(1).flatMap((cells) =>
      cells.filter((cell, i) => columns[i]?.kind !== 'number' && typeof cell === 'string' && /^[=+\-@\t\r\n＝＋－＠]/u.test(cell)),
    );
    expect(live).toEqual([]);
    expect(HOSTILE_TEXTS.every((text) => csv.includes(text.replaceAll('"', '""')))).toBe(true); // nothing dropped
  });
});

describe('the figures XLSX of a hostile dataset', () => {
  const load = async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(rows, columns, '=figures')) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    return sheet;
  };

  it('opens with exceljs with a frozen, bold header row', async () => {
    const sheet = await load();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).values).toEqual([undefined, ...columns.map((c) => c.header)]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(rows.length + 1);
  });

  it('gives back every cell exactly, text as string cells and numbers as numeric cells, none a formula', async () => {
    const sheet = await load();
    const cells = rows.map((_row, r) => columns.map((_column, c) => sheet.getRow(r + 2).getCell(c + 1)));
    expect(cells.map((row) => row.map((cell) => (cell.value === undefined ? null : cell.value)))).toEqual(expectedCells((text) => text));
    columns.forEach((column, c) => {
      const expected = column.kind === 'number' ? ExcelJS.ValueType.Number : ExcelJS.ValueType.String;
      const types = cells.map((row) => row[c]?.type).filter((type) => type !== ExcelJS.ValueType.Null);
      expect(types.every((type) => type === expected), column.header).toBe(true);
    });
  });

  it('formats text columns as Text, so editing a cell never turns it into a formula', async () => {
    const sheet = await load();
    columns.forEach((column, c) => {
      expect(sheet.getColumn(c + 1).numFmt ?? null).toBe(column.kind === 'number' ? null : '@');
    });
  });
});
