/**
 * How a cell is written. `text` cells are guarded against formula injection; `number` cells are plain
 * numerals; `code` cells (division codes) are digits that a spreadsheet must keep as text.
 */
export type CsvKind = 'text' | 'number' | 'code';

export interface CsvColumn<Row> {
  header: string;
  kind: CsvKind;
  value: (row: Row) => string | number | null;
}

// A spreadsheet runs a cell as a formula when it starts with one of these (full-width forms included,
// since some spreadsheets normalise them): = + - @, tab, CR, LF, ＝ ＋ － ＠.
const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/u;
const NEEDS_QUOTES = /[",\r\n]/;
// Plain digits with no grouping and no exponent: 1e21 → 1000000000000000000000.
const numeral = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

/**
 * RFC 4180 CSV with CRLF line ends and a UTF-8 BOM, so that Excel on Chinese Windows reads UTF-8
 * rather than GBK. Rows are written in the order given.
 * @example toCsv([{ n: '=1+1' }], [{ header: 'n', kind: 'text', value: (r) => r.n }]) // '\uFEFFn\r\n\'=1+1\r\n'
 */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const header = columns.map((c) => quote(c.header));
  const body = rows.map((row) => columns.map((c) => formatCell(c.value(row), c.kind)));
  return '\uFEFF' + [header, ...body].map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/** One cell, escaped for its kind and quoted when needed. */
export function formatCell(value: string | number | null, kind: CsvKind): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? numeral.format(value) : '';
  // ="420303000000" is Excel's way of saying "text": a bare long code turns into 4.20303E+11.
  if (kind === 'code') return quote(`="${value}"`);
  return quote(kind === 'text' && FORMULA_START.test(value) ? `'${value}` : value);
}

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
