import { neutralizeText, type CellKind, type ExportColumn } from './export-column';

const NEEDS_QUOTES = /[",\r\n]/;
// Plain digits with no grouping and no exponent: 1e21 → 1000000000000000000000.
const numeral = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

/**
 * RFC 4180 CSV with CRLF line ends and a UTF-8 BOM, so that Excel on Chinese Windows reads UTF-8
 * rather than GBK. Rows are written in the order given.
 * @example toCsv([{ n: '=1+1' }], [{ header: 'n', kind: 'text', value: (r) => r.n }]) // '\uFEFFn\r\n\'=1+1\r\n'
 */
export function toCsv<Row>(rows: readonly Row[], columns: readonly ExportColumn<Row>[]): string {
  const header = columns.map((c) => formatCell(c.header, 'text'));
  const body = rows.map((row) => columns.map((c) => formatCell(c.value(row), c.kind)));
  return '\uFEFF' + [header, ...body].map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/**
 * One cell, escaped for its kind and quoted when needed. Division codes are plain digits, which
 * pandas and R read as they are (read them as text to keep leading zeros); Excel users take the XLSX.
 */
export function formatCell(value: string | number | null, kind: CellKind): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? numeral.format(value) : '';
  return quote(neutralizeText(value, kind));
}

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
