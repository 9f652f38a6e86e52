import { useCallback, useState } from 'react';
import type { Translate } from '../app/i18n/translate';
import { ChunkError } from '../lib/create-paragraph-store';
import { describeError } from '../lib/fetch-json';

/** Where an export is: waiting for a press, fetching the paragraph chunks it needs (so many of so many), writing, or failed. */
export type ExportTask =
  | { status: 'idle' }
  | { status: 'busy'; done: number; total: number }
  | { status: 'failed'; error: unknown };

export type ReportProgress = (done: number, total: number) => void;

/**
 * Runs one export at a time: `run(work)` marks it busy, hands `work` a progress callback for the
 * chunks it fetches first, and keeps the failure (a chunk that could not be read) to be shown.
 */
export function useExportTask(): [ExportTask, (work: (progress: ReportProgress) => Promise<void>) => Promise<void>] {
  const [task, setTask] = useState<ExportTask>({ status: 'idle' });
  const run = useCallback(async (work: (progress: ReportProgress) => Promise<void>) => {
    setTask({ status: 'busy', done: 0, total: 0 });
    try {
      await work((done, total) => setTask({ status: 'busy', done, total }));
      setTask({ status: 'idle' });
    } catch (error) {
      setTask({ status: 'failed', error });
    }
  }, []);
  return [task, run];
}

/** A busy button's label: how many chunks are in while they load, else that the file is being written. */
export function formatBusyLabel(t: Translate, task: Extract<ExportTask, { status: 'busy' }>): string {
  return task.total > 0 && task.done < task.total ? t('export.loadingText', { done: task.done, total: task.total }) : t('export.working');
}

/** Why an export failed, for a person: a chunk names its file. */
export function formatExportFailure(t: Translate, error: unknown): string {
  return error instanceof ChunkError ? t(`text.${error.failure}`, { file: error.file, detail: error.detail }) : describeError(error);
}
