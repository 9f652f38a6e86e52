/**
 * How a cell is exported. `text` cells are guarded against formula injection; `number` cells are
 * numbers (plain numerals in CSV, numeric cells in XLSX); `code` cells are digit strings (division
 * codes) that must stay text: 420322100000, never 4.20322E+11.
 */
export type CellKind = 'text' | 'number' | 'code';

/** One column of an exported table: its header as the user reads it, its kind and how to read a row. */
export interface ExportColumn<Row> {
  header: string;
  kind: CellKind;
  value: (row: Row) => string | number | null;
}

/** A whole table to export: its columns and every row in the order to write. */
export interface ExportTable<Row> {
  columns: readonly ExportColumn<Row>[];
  rows: readonly Row[];
}

// A spreadsheet runs a cell as a formula when it starts with one of these (full-width forms included,
// since some spreadsheets normalise them): = + - @, tab, CR, LF, ＝ ＋ － ＠.
const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/u;
const DIGITS = /^\d+$/u;

/**
 * A text cell as it is safe to write: a formula-like start gets a leading apostrophe, the mark
 * spreadsheets themselves use for "this is text". Codes of plain digits are left alone.
 * @example neutralizeText('=1+1', 'text') // "'=1+1"
 */
export function neutralizeText(value: string, kind: CellKind): string {
  if (kind === 'code' && DIGITS.test(value)) return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
