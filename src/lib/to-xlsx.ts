import type { CellKind, ExportColumn } from './export-column';

// Column widths in characters: a Han character is about two of Excel's width units.
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
// Excel's "Text" number format: a value typed into such a cell stays text, never a formula or a number.
const TEXT_FORMAT = '@';

/**
 * An XLSX workbook of one sheet: numbers as numeric cells, text and codes as string cells in the Text
 * format (so no cell is or can become a formula), a bold frozen header row and a filter on it.
 * exceljs is large, so it is loaded only when a workbook is asked for.
 */
export async function toXlsx<Row>(rows: readonly Row[], columns: readonly ExportColumn<Row>[], sheetName: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(toSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column, i) => ({
    key: String(i),
    width: estimateWidth(column, rows),
    style: column.kind === 'number' ? {} : { numFmt: TEXT_FORMAT },
  }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => toCellValue(c.value(row), c.kind)));
  if (columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function toCellValue(value: string | number | null, kind: CellKind): string | number | null {
  if (value === null) return null;
  if (kind === 'number') return typeof value === 'number' && Number.isFinite(value) ? value : null;
  return escapeControls(String(value)); // a string cell is a shared string, which Excel never evaluates
}

// XML keeps no CR (a reader turns \r\n into \n) and no other control character, so OOXML writes them
// as _xHHHH_, and a literal _xHHHH_ in the text as _x005F_xHHHH_; Excel and exceljs read both back.
const OOXML_ESCAPE = /_x[0-9A-Fa-f]{4}_/g;
const XML_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

function escapeControls(text: string): string {
  return text
    .replace(OOXML_ESCAPE, (escape) => `_x005F${escape}`)
    .replace(XML_CONTROL, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

function estimateWidth<Row>(column: ExportColumn<Row>, rows: readonly Row[]): number {
  const widest = Math.max(textWidth(column.header), ...rows.slice(0, 200).map((row) => textWidth(String(column.value(row) ?? ''))));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
}

function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x2e80 ? 1 : 2;
  return width;
}

// A sheet name is at most 31 characters and may not hold : \ / ? * [ ].
function toSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
}
