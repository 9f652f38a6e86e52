import { useI18n } from '../app/i18n/i18n-context';
import { MESSAGES, type MessageKey } from '../app/i18n/messages';
import type { Translate } from '../app/i18n/translate';
import { ASPECTS, CATEGORIES, LOCALITY_LEVELS, PARAGRAPH_ROLES, QUALIFIERS, REVIEW_STATUSES, UNIT_KINDS } from '../dataset/schema';
import type { DatasetIndex } from '../lib/create-dataset-index';
import { downloadFile, FILE_TYPES, formatExportName } from '../lib/download-file';
import { loadChunks } from '../lib/load-chunks';
import { selectDatasetTables } from '../lib/select-dataset-tables';
import { toDatasetZip } from '../lib/to-dataset-zip';
import { formatBusyLabel, formatExportFailure, useExportTask } from './use-export-task';

/**
 * The whole dataset (not the filtered view) as a ZIP of CSV tables with a data dictionary. It holds
 * every paragraph, so it fetches every chunk first, counting them on the button.
 */
export function DatasetDownload({ index }: { index: DatasetIndex }) {
  const { t } = useI18n();
  const [task, run] = useExportTask();
  const busy = task.status === 'busy';
  const download = () =>
    run(async (progress) => {
      const { text } = index;
      await loadChunks(text, Array.from({ length: text.chunkCount }, (_, k) => k), progress);
      const paragraphs = index.dataset.articles.flatMap((a) => text.paragraphsOf(a.id) ?? []);
      const zip = await toDatasetZip(selectDatasetTables(index, paragraphs, createDescribe(t)), {
        file: t('dict.file'),
        column: t('dict.column'),
        type: t('dict.type'),
        description: t('dict.description'),
        types: { text: t('dict.typeText'), number: t('dict.typeNumber'), code: t('dict.typeCode') },
      });
      downloadFile(formatExportName('dataset', new Date(), 'zip'), zip, FILE_TYPES.zip);
    });
  return (
    <>
      <button type="button" className="dataset-download" title={t('export.datasetHint')} disabled={busy} aria-busy={busy} onClick={() => void download()}>
        {busy ? formatBusyLabel(t, task) : t('export.dataset')}
      </button>
      {task.status === 'failed' && <p role="alert">{formatExportFailure(t, task.error)}</p>}
    </>
  );
}

/** Enumerated columns list their codes, with the UI's labels where it has them. */
function createDescribe(t: Translate) {
  const labelled = <Code extends string>(codes: readonly Code[], label: (code: Code) => string) =>
    codes.map((code) => `${code} = ${label(code)}`).join('; ');
  const values: Readonly<Record<string, string>> = {
    category: labelled(CATEGORIES, (c) => t(`category.${c}`)),
    qualifier: labelled(QUALIFIERS, (q) => t(`qualifier.${q}`)),
    level: labelled(LOCALITY_LEVELS, (l) => t(`level.${l}`)),
    aspect: ASPECTS.join('; '),
    unit_kind: UNIT_KINDS.join('; '),
    role: PARAGRAPH_ROLES.join('; '),
    review_status: labelled(REVIEW_STATUSES, (r) => t(`review.status.${r}`)),
  };
  return (file: string, column: string): string => {
    const specific = `dict.${file.replace(/\.csv$/u, '')}.${column}`;
    const key = isMessageKey(specific) ? specific : `dict.${column}`;
    return isMessageKey(key) ? t(key, { values: values[column] ?? '' }) : '';
  };
}

function isMessageKey(key: string): key is MessageKey {
  return key in MESSAGES.zh;
}
