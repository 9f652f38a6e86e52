import { useI18n } from '../../app/i18n/i18n-context';
import { FigureList } from '../../components/figure-list';
import type { Article, Figure } from '../../dataset/schema';
import type { DatasetIndex } from '../../lib/create-dataset-index';
import { hrefForView, type UrlState } from '../../lib/url-state';

/** Lists of what could not be placed, so gaps are visible rather than silent. */
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
  return (
    <section aria-labelledby="gaps-title" className="gaps">
      <h3 id="gaps-title">{t('overview.gaps')}</h3>
      <details>
        <summary>{t('overview.noFigures', { count: gaps.articlesWithoutFigures.length })}</summary>
        <ul>
          {gaps.articlesWithoutFigures.map((a) => (
            <li key={a.id}>
              <a href={hrefForView(state, 'article', a.id)}>{a.title}</a> · {index.sources.get(a.sourceId)?.file}
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>{t('overview.noLocality', { count: gaps.figuresWithoutLocality.length })}</summary>
        <FigureList index={index} figures={gaps.figuresWithoutLocality} openFigure={openFigure} />
      </details>
      {warnings.length > 0 && (
        <details>
          <summary>{t('overview.warnings', { count: warnings.length })}</summary>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>
                <code>{w.file}</code> {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
