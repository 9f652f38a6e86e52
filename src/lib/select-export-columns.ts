import type { ExportColumn } from './export-column';

/**
 * The export columns of the columns a table shows, in the order it shows them. A column with no
 * export parts (a button column, say) exports nothing.
 * @example selectExportColumns(['b', 'a'], { a: [colA], b: [colB1, colB2] }) // [colB1, colB2, colA]
 */
export function selectExportColumns<Row>(
  visible: readonly string[],
  parts: Readonly<Record<string, readonly ExportColumn<Row>[]>>,
): ExportColumn<Row>[] {
  return visible.flatMap((id) => parts[id] ?? []);
}
