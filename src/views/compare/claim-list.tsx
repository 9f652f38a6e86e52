import { useI18n } from '../../app/i18n/i18n-context';
import { ReviewMark } from '../../components/review-mark';
import { selectReviewStatus } from '../../lib/select-review';
import type { UnitKind } from '../../dataset/schema';
import type { DatasetIndex } from '../../lib/create-dataset-index';
import { formatClaimPeriod, formatComparedValue } from './format-compared';
import type { ComparisonRow } from './select-comparison';

/**
 * Every claim behind a row: the value as compared, the words it was read from (each opening its source
 * paragraph), its period and article; for a sum, which sub-place each part is.
 */
export function ClaimList({
  index,
  row,
  unit,
  kind,
  openFigure,
}: {
  index: DatasetIndex;
  row: ComparisonRow;
  unit: string;
  kind: UnitKind;
  openFigure: (id: string) => void;
}) {
  const { t } = useI18n();
  const placeOf = (id: string) => index.localities.get(id)?.name ?? id;
  return (
    <ul className="claim-list">
      {row.claims.map((claim, i) => {
        const article = index.articles.get(claim.figure.articleId);
        return (
          <li key={`${claim.figure.id}-${i}`}>
            <span className="number">{formatComparedValue(claim, unit, kind)}</span>
            {row.shown === null && ` · ${placeOf(claim.localityId)}`}
            {(row.shown === claim || row.parts.some((part) => part.claim === claim)) && ` · ${t(row.shown === null ? 'compare.summed' : 'compare.shown')}`}
            {' · '}
            {claim.figures.map((figure, j) => (
              <span key={figure.id}>
                {j > 0 && ' → '}
                <button type="button" className="link-button" onClick={() => openFigure(figure.id)}>
                  {figure.text}
                </button>{' '}
                <ReviewMark status={selectReviewStatus(figure)} label={t(`review.status.${selectReviewStatus(figure)}`)} note={figure.review?.note ?? ''} inList />
              </span>
            ))}
            {claim.derived && ` (${t('compare.derived')})`}
            {' · '}
            {[formatClaimPeriod(t, claim), claim.figure.metric, article?.title, article?.outlet].filter((part) => part).join(' · ')}
          </li>
        );
      })}
    </ul>
  );
}
