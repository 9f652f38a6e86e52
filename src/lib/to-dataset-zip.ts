import type { DatasetTable } from './select-dataset-tables';
import type { CellKind, ExportColumn } from './export-column';
import { toCsv } from './to-csv';

/** The data dictionary's own headers and type names, in the UI's language. */
export interface DictionaryLabels {
  file: string;
  column: string;
  type: string;
  description: string;
  types: Readonly<Record<CellKind, string>>;
}

/** The name of the dictionary file inside the ZIP. */
export const DICTIONARY_FILE = 'data-dictionary.csv';

interface DictionaryRow {
  file: string;
  column: string;
  kind: CellKind;
  description: string;
}

/**
 * One ZIP of the dataset's tables as CSV (the same CSV as every export: BOM, RFC 4180, guarded
 * text) and a data dictionary naming every column of every file. fflate is loaded on first use.
 */
export async function toDatasetZip(tables: readonly DatasetTable<unknown>[], labels: DictionaryLabels): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await import('fflate');
  const dictionary: DictionaryRow[] = tables.flatMap((table) =>
    table.columns.map((c) => ({ file: table.file, column: c.header, kind: c.kind, description: c.description })),
  );
  const dictionaryColumns: ExportColumn<DictionaryRow>[] = [
    { header: labels.file, kind: 'text', value: (r) => r.file },
    { header: labels.column, kind: 'text', value: (r) => r.column },
    { header: labels.type, kind: 'text', value: (r) => labels.types[r.kind] },
    { header: labels.description, kind: 'text', value: (r) => r.description },
  ];
  const files = Object.fromEntries([
    ...tables.map((table) => [table.file, strToU8(toCsv(table.rows, table.columns))] as const),
    [DICTIONARY_FILE, strToU8(toCsv(dictionary, dictionaryColumns))] as const,
  ]);
  return zipSync(files, { level: 6 });
}
