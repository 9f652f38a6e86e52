import { useState } from 'react';
import { useI18n } from '../app/i18n/i18n-context';
import { downloadFile, FILE_TYPES, formatExportName } from '../lib/download-file';
import type { ExportTable } from '../lib/export-column';
import { toCsv } from '../lib/to-csv';
import { toXlsx } from '../lib/to-xlsx';

/**
 * CSV and XLSX of a table, named after the view and the date. `table` is read when a button is
 * pressed, so the export holds every row of every page as sorted at that moment.
 */
export function ExportButtons<Row>({ view, table }: { view: string; table: () => ExportTable<Row> }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const exportXlsx = async () => {
    setBusy(true);
    try {
      const { rows, columns } = table();
      downloadFile(formatExportName(view, new Date(), 'xlsx'), await toXlsx(rows, columns, view), FILE_TYPES.xlsx);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export-buttons">
      <button
        type="button"
        onClick={() => {
          const { rows, columns } = table();
          downloadFile(formatExportName(view, new Date()), toCsv(rows, columns));
        }}
      >
        {t('export.csv')}
      </button>
      <button type="button" onClick={() => void exportXlsx()} disabled={busy} aria-busy={busy}>
        {busy ? t('export.working') : t('export.xlsx')}
      </button>
    </div>
  );
}
