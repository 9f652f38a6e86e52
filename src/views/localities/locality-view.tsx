import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { FigureTable } from '../../components/figure-table';
import { CATEGORIES } from '../../dataset/schema';
import { selectLocalityChain } from '../../lib/create-dataset-index';
import { countByCategory, selectLocalitySet } from '../../lib/select-filtered-figures';
import { CHAIN_SEPARATOR, selectFigureRows } from '../../lib/select-figure-rows';
import { hrefForView } from '../../lib/url-state';
import { selectChartedFigures, selectReviewProgress } from '../../lib/select-review';
import type { ViewProps } from '../../lib/view-props';
import { CategoryChart } from './category-chart';

/** One place: its chain, its figures per category (chart and table) and its figures table. */
export function LocalityView({ index, state, figures, update, openFigure }: ViewProps) {
  const { t } = useI18n();
  const locality = state.id === null ? undefined : index.localities.get(state.id);
  const own = useMemo(() => {
    const scope = selectLocalitySet(index, state.id === null ? [] : [state.id]);
    return figures.filter((f) => f.localityId !== null && scope?.has(f.localityId));
  }, [index, state.id, figures]);
  const rows = useMemo(() => selectFigureRows(index, own), [index, own]);
  const actions = useMemo(() => ({ openFigure, articleHref: (id: string) => hrefForView(state, 'article', id), text: index.text }), [openFigure, state, index.text]);
  if (!locality) return <p className="empty-state">{t('localities.notFound')}</p>;

  const counts = countByCategory(selectChartedFigures(own));
  const scope = selectLocalitySet(index, [locality.id]);
  const progress = selectReviewProgress([...index.figures.values()].filter((f) => f.localityId !== null && scope?.has(f.localityId)));
  const data = CATEGORIES.filter((c) => counts.has(c)).map((c) => ({ name: t(`category.${c}`), count: counts.get(c) ?? 0 }));
  return (
    <section aria-labelledby="locality-title">
      <p>
        <a href={hrefForView(state, 'localities')}>{t('localities.back')}</a>
      </p>
      <h2 id="locality-title">{locality.name}</h2>
      <p className="meta">
        {selectLocalityChain(index, locality.id).join(CHAIN_SEPARATOR)} · {t(`level.${locality.level}`)}
        {locality.code && ` · ${locality.code}`}
      </p>
      <p className="meta review-progress">{t('localities.reviewProgress', progress)}</p>
      <h3>{t('localities.byCategory')}</h3>
      <div className="chart-with-table">
        <CategoryChart data={data} label={t('localities.byCategory')} />
        <table>
          <caption className="visually-hidden">{t('localities.byCategory')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('column.category')}</th>
              <th scope="col">{t('column.figures')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.name}>
                <th scope="row">{d.name}</th>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('localities.figures', { name: locality.name })}</h3>
      <FigureTable
        rows={rows}
        view={state}
        onViewChange={update}
        actions={actions}
        exportName={`locality-${locality.id}`}
        caption={t('localities.figures', { name: locality.name })}
      />
    </section>
  );
}
