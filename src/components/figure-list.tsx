import type { Figure } from '../dataset/schema';
import { useI18n } from '../app/i18n/i18n-context';
import type { DatasetIndex } from '../lib/create-dataset-index';
import { selectReviewStatus } from '../lib/select-review';
import { ReviewMark } from './review-mark';

/** A short list of figures: each figure's text is a button opening its drill-down; its article is named with its date and outlet. */
export function FigureList({ index, figures, openFigure }: { index: DatasetIndex; figures: readonly Figure[]; openFigure: (id: string) => void }) {
  const { t } = useI18n();
  return (
    <ul className="figure-list">
      {figures.map((f) => {
        const article = index.articles.get(f.articleId);
        return (
          <li key={f.id}>
            <button type="button" className="link-button" onClick={() => openFigure(f.id)}>
              {f.text}
            </button>{' '}
            <ReviewMark status={selectReviewStatus(f)} label={t(`review.status.${selectReviewStatus(f)}`)} note={f.review?.note ?? ''} inList />{' '}
            {[f.metric, article?.title, article?.date, article?.outlet].filter((part) => part).join(' · ')}
          </li>
        );
      })}
    </ul>
  );
}
