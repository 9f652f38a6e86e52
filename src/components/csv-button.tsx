import { useI18n } from '../app/i18n/i18n-context';
import { downloadFile, formatExportName } from '../lib/download-file';
import { toCsv, type CsvColumn } from '../lib/to-csv';

/** Exports every given row (all pages, in the order given) as a CSV file named after the view and date. */
export function CsvButton<Row>({ view, rows, columns }: { view: string; rows: () => readonly Row[]; columns: readonly CsvColumn<Row>[] }) {
  const { t } = useI18n();
  return (
    <button type="button" className="csv-button" onClick={() => downloadFile(formatExportName(view, new Date()), toCsv(rows(), columns))}>
      {t('export.csv')}
    </button>
  );
}
