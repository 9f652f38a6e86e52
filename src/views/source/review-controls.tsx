import { useId } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { FIELD_LABELS } from '../../components/review-field-labels';
import { ReviewerField } from '../../components/reviewer-field';
import type { Category, Figure, FigureFields, Period, Qualifier } from '../../dataset/schema';
import { REVIEW_MARKS, selectReviewStatus } from '../../lib/select-review';

/** The keys that decide about the open figure, as `aria-keyshortcuts` names them. */
export const REVIEW_KEYS = { correct: 'c', wrong: 'w', edit: 'e' } as const;

export interface ReviewControlsProps {
  figure: Figure;
  /** Decisions kept in this browser about the figure: undo forgets them. */
  stored: number;
  reviewer: string;
  onReviewer: (name: string) => void;
  note: string;
  onNote: (note: string) => void;
  onDecide: (action: 'correct' | 'wrong') => void;
  onEdit: () => void;
  onUndo: () => void;
  /** A place's and an indicator's name, to say which one a correction replaced. */
  placeName: (id: string) => string;
  indicatorName: (id: string) => string;
}

/**
 * The figure's review in the drill-down: its status (who, when, the note, what a correction replaced)
 * and the buttons — correct, wrong, edit (keys C, W, E), undo — with a note for the next decision.
 * Until the reviewer has typed a name, the name field stands where the buttons will be.
 */
export function ReviewControls({ figure, stored, reviewer, onReviewer, note, onNote, onDecide, onEdit, onUndo, placeName, indicatorName }: ReviewControlsProps) {
  const { t, language } = useI18n();
  const noteId = useId();
  const status = selectReviewStatus(figure);
  const review = figure.review;
  const when = review ? new Date(review.at).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '';
  const describeValue = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (field === 'localityId') return placeName(String(value));
    if (field === 'indicatorId') return indicatorName(String(value));
    if (field === 'qualifier') return t(`qualifier.${value as Qualifier}`);
    if (field === 'category') return t(`category.${value as Category}`);
    if (field === 'period') return (value as Period).text || [(value as Period).start, (value as Period).end].join('–');
    return String(value);
  };
  const replaced = Object.entries(review?.extracted ?? {})
    .map(([field, value]) => `${t(FIELD_LABELS[field as keyof FigureFields])} ${describeValue(field, value)}`)
    .join('；');
  return (
    <section className="review-controls" aria-label={t('review.panelLabel')}>
      <p className={`review-status review-${status}`}>
        {status !== 'unreviewed' && <span aria-hidden="true">{REVIEW_MARKS[status]} </span>}
        {t('review.statusLine', { status: t(`review.status.${status}`) })}
        {review && <span className="meta"> · {t('review.by', { reviewer: review.reviewer, at: when })}</span>}
      </p>
      {review?.note && <p className="review-note">{review.note}</p>}
      {replaced !== '' && <p className="meta">{t('review.extracted', { fields: replaced })}</p>}
      {status === 'wrong' && <p className="hint">{t('review.wrongHint')}</p>}
      {reviewer === '' ? (
        <>
          <p className="hint">{t('review.needReviewer')}</p>
          <ReviewerField reviewer={reviewer} onSave={onReviewer} />
        </>
      ) : (
        <>
          <div className="field">
            <label htmlFor={noteId}>{t('review.note')}</label>
            <input id={noteId} value={note} onChange={(e) => onNote(e.target.value)} />
          </div>
          <div className="review-buttons">
            <button type="button" aria-keyshortcuts={REVIEW_KEYS.correct} onClick={() => onDecide('correct')}>
              {t('review.correct')} <kbd aria-hidden="true">C</kbd>
            </button>
            <button type="button" aria-keyshortcuts={REVIEW_KEYS.wrong} onClick={() => onDecide('wrong')}>
              {t('review.wrong')} <kbd aria-hidden="true">W</kbd>
            </button>
            <button type="button" aria-keyshortcuts={REVIEW_KEYS.edit} onClick={onEdit}>
              {t('review.edit')} <kbd aria-hidden="true">E</kbd>
            </button>
            {stored > 0 && (
              <button type="button" onClick={onUndo}>
                {t('review.undo')}
              </button>
            )}
          </div>
          <p className="hint">{t('review.keys')}</p>
        </>
      )}
    </section>
  );
}
