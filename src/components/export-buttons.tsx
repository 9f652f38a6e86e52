import { useState } from 'react';
import { useI18n } from '../app/i18n/i18n-context';
import { downloadFile, FILE_TYPES, formatExportName } from '../lib/download-file';
import type { ExportTable } from '../lib/export-column';
import { toCsv } from '../lib/to-csv';
import { toXlsx } from '../lib/to-xlsx';
import { formatBusyLabel, formatExportFailure, useExportTask, type ReportProgress } from './use-export-task';

export interface ExportButtonsProps<Row> {
  /** Names the files: reform-metrics-<view>-<date>.csv */
  view: string;
  /** Read when a button is pressed, so the export holds every row of every page as sorted at that moment. */
  table: () => ExportTable<Row>;
  /** Fetches what the columns read that is not loaded yet (the sentences' paragraph chunks), before writing. */
  prepare?: (table: ExportTable<Row>, progress: ReportProgress) => Promise<void>;
}

/** CSV and XLSX of a table, named after the view and the date; both wait while the export's text loads. */
export function ExportButtons<Row>({ view, table, prepare }: ExportButtonsProps<Row>) {
  const { t } = useI18n();
  const [task, run] = useExportTask();
  const [pressed, setPressed] = useState<'csv' | 'xlsx'>('csv');
  const busy = task.status === 'busy';
  const exportAs = (kind: 'csv' | 'xlsx') => {
    setPressed(kind);
    return run(async (progress) => {
      const snapshot = table();
      await prepare?.(snapshot, progress);
      const name = formatExportName(view, new Date(), kind);
      if (kind === 'csv') downloadFile(name, toCsv(snapshot.rows, snapshot.columns));
      else downloadFile(name, await toXlsx(snapshot.rows, snapshot.columns, view), FILE_TYPES.xlsx);
    });
  };
  return (
    <div className="export-buttons">
      {(['csv', 'xlsx'] as const).map((kind) => (
        <button key={kind} type="button" onClick={() => void exportAs(kind)} disabled={busy} aria-busy={busy}>
          {busy && kind === pressed ? formatBusyLabel(t, task) : t(`export.${kind}`)}
        </button>
      ))}
      {task.status === 'failed' && <p role="alert">{formatExportFailure(t, task.error)}</p>}
    </div>
  );
}
