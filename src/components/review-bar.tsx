import { useId, useState } from 'react';
import { useI18n } from '../app/i18n/i18n-context';
import { createCorrectionsFile, type Decision } from '../dataset/corrections';
import type { FigureFields } from '../dataset/schema';
import { downloadFile, FILE_TYPES } from '../lib/download-file';
import type { ReviewActions, ReviewState } from '../lib/use-review';
import { FIELD_LABELS } from './review-field-labels';
import { ReviewerField } from './reviewer-field';

/** The name `npm start` looks for in the project root. */
export const CORRECTIONS_FILE_NAME = 'corrections.json';

/**
 * The review in the sidebar: progress over the whole dataset, the reviewer's name, the corrections
 * file out and in, and the decisions that could not be applied (stale or in conflict).
 */
export function ReviewBar({ review, actions, progress }: { review: ReviewState; actions: ReviewActions; progress: { reviewed: number; total: number } }) {
  const { t } = useI18n();
  const importId = useId();
  const [message, setMessage] = useState<{ text: string; details: string[] } | null>(null);
  const { stale, conflicts } = review.report;
  const describe = (d: Decision) => `“${d.anchor.text}”（${d.anchor.file}，${d.reviewer}）`;

  const importFile = async (file: File) => {
    let data: unknown;
    try {
      data = JSON.parse((await file.text()).replace(/^\uFEFF/u, ''));
    } catch (error) {
      setMessage({ text: t('review.importFailed', { file: file.name, problem: error instanceof Error ? error.message : String(error) }), details: [] });
      return;
    }
    const { readCorrections } = await import('../dataset/read-corrections'); // read only when a file is imported
    const reading = readCorrections(data);
    if (reading.status === 'refused') {
      setMessage({ text: t('review.importFailed', { file: file.name, problem: reading.problem }), details: [] });
      return;
    }
    const added = await actions.importDecisions(reading.decisions);
    const skipped = reading.skipped > 0 ? ` ${t('review.importSkipped', { count: reading.skipped })}` : '';
    setMessage({ text: `${t('review.imported', { file: file.name, added, total: reading.decisions.length })}${skipped}`, details: reading.problems });
  };

  return (
    <section className="review-bar" aria-labelledby={`${importId}-title`}>
      <h2 id={`${importId}-title`}>{t('review.title')}</h2>
      <p className="review-progress">{t('review.progress', progress)}</p>
      <ReviewerField reviewer={review.reviewer} onSave={(name) => void actions.setReviewer(name)} />
      <div className="review-files">
        <button
          type="button"
          disabled={review.decisions.length === 0}
          onClick={() => {
            const ordered = [...review.decisions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
            const file = createCorrectionsFile(ordered, new Date().toISOString());
            downloadFile(CORRECTIONS_FILE_NAME, `${JSON.stringify(file, null, 2)}\n`, FILE_TYPES.json);
          }}
        >
          {t('review.export')}
        </button>
        {/* A styled label holds the file input, so the button reads as one and keeps the input's keyboard focus. */}
        <label className="file-button">
          {t('review.import')}
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // the same file may be chosen again after a fix
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
      {message && (
        <div role="status" className="review-message">
          <p>{message.text}</p>
          {message.details.length > 0 && (
            <ul>
              {message.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {review.storageProblem && <p role="alert">{t('review.storage', { detail: review.storageProblem })}</p>}
      {stale.length > 0 && (
        <details className="review-problems">
          <summary>{t('review.stale', { count: stale.length })}</summary>
          <ul>
            {stale.map(({ decision, code, reason }) => (
              <li key={decision.id}>
                {describe(decision)}：{t(`review.why.${code}`)} <small lang="en">{reason}</small>
              </li>
            ))}
          </ul>
        </details>
      )}
      {conflicts.length > 0 && (
        <details className="review-problems" open>
          <summary>{t('review.conflicts', { count: conflicts.length })}</summary>
          <ul>
            {conflicts.map((conflict) => (
              <li key={conflict.targetId}>
                {conflict.decisions.map(describe).join(' / ')}：
                {t(`review.why.${conflict.code}`, { field: conflict.field === undefined ? '' : t(FIELD_LABELS[conflict.field as keyof FigureFields]) })}{' '}
                <small lang="en">{conflict.reason}</small>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
