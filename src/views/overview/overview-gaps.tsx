import { useI18n } from '../../app/i18n/i18n-context';
import { FigureList } from '../../components/figure-list';
import { ShowMoreButton, useShownCount } from '../../components/show-more';
import type { Article, Figure } from '../../dataset/schema';
import type { DatasetIndex } from '../../lib/create-dataset-index';
import { hrefForView, type UrlState } from '../../lib/url-state';

/**
 * Lists of what could not be placed, so gaps are visible rather than silent. Each list renders its
 * first hundred items and more on request: at 10,000 articles a gap can hold thousands.
 */
export function OverviewGaps({
  index,
  state,
  gaps,
  openFigure,
}: {
  index: DatasetIndex;
  state: UrlState;
  gaps: { articlesWithoutFigures: readonly Article[]; figuresWithoutLocality: readonly Figure[] };
  openFigure: (id: string) => void;
}) {
  const { t } = useI18n();
  const warnings = index.dataset.warnings;
  const [articlesShown, moreArticles] = useShownCount(gaps.articlesWithoutFigures.length, gaps.articlesWithoutFigures);
  const [figuresShown, moreFigures] = useShownCount(gaps.figuresWithoutLocality.length, gaps.figuresWithoutLocality);
  const [warningsShown, moreWarnings] = useShownCount(warnings.length, warnings);
  return (
    <section aria-labelledby="gaps-title" className="gaps">
      <h3 id="gaps-title">{t('overview.gaps')}</h3>
      <details>
        <summary>{t('overview.noFigures', { count: gaps.articlesWithoutFigures.length })}</summary>
        <ul>
          {gaps.articlesWithoutFigures.slice(0, articlesShown).map((a) => (
            <li key={a.id}>
              <a href={hrefForView(state, 'article', a.id)}>{a.title}</a> · {index.sources.get(a.sourceId)?.file}
            </li>
          ))}
        </ul>
        <ShowMoreButton shown={articlesShown} total={gaps.articlesWithoutFigures.length} onMore={moreArticles} />
      </details>
      <details>
        <summary>{t('overview.noLocality', { count: gaps.figuresWithoutLocality.length })}</summary>
        <FigureList index={index} figures={gaps.figuresWithoutLocality.slice(0, figuresShown)} openFigure={openFigure} />
        <ShowMoreButton shown={figuresShown} total={gaps.figuresWithoutLocality.length} onMore={moreFigures} />
      </details>
      {warnings.length > 0 && (
        <details>
          <summary>{t('overview.warnings', { count: warnings.length })}</summary>
          <ul>
            {warnings.slice(0, warningsShown).map((w, i) => (
              <li key={i}>
                <code>{w.file}</code> {w.message}
              </li>
            ))}
          </ul>
          <ShowMoreButton shown={warningsShown} total={warnings.length} onMore={moreWarnings} />
        </details>
      )}
    </section>
  );
}
