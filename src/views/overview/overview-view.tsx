import { lazy, Suspense, useMemo } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { CATEGORIES } from '../../dataset/schema';
import { selectFilteredArticles } from '../../lib/select-filtered-figures';
import { hrefForView } from '../../lib/url-state';
import type { ViewProps } from '../../lib/view-props';
import { OverviewGaps } from './overview-gaps';
import { selectGaps, selectLocalityStacks, selectTotals } from './select-overview';

// recharts is loaded with the chart, not with the first screen.
const OverviewChart = lazy(() => import('./overview-chart').then((m) => ({ default: m.OverviewChart })));

/** Totals, figures per place by category (chart and table), and the gaps extraction left. */
export function OverviewView({ index, state, figures, query, openFigure }: ViewProps) {
  const { t } = useI18n();
  const articles = useMemo(() => selectFilteredArticles(index, state.filters, query, figures), [index, state.filters, query, figures]);
  const totals = selectTotals(articles, figures);
  const stacks = useMemo(() => selectLocalityStacks(index, figures), [index, figures]);
  const categories = CATEGORIES.filter((c) => stacks.some((s) => s.counts[c] > 0));
  const gaps = useMemo(() => selectGaps(index, articles, figures), [index, articles, figures]);
  const totalItems = [
    ['overview.articles', totals.articles],
    ['overview.localities', totals.localities],
    ['overview.figures', totals.figures],
    ['overview.sources', totals.sources],
  ] as const;
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t('overview.title')}</h2>
      <dl className="totals">
        {totalItems.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('overview.chartTitle')}</h3>
      <Suspense fallback={<p>{t('app.loading')}</p>}>
        <OverviewChart stacks={stacks} categories={categories} label={t('overview.chartTitle')} />
      </Suspense>
      <details>
        <summary>{t('overview.chartTable')}</summary>
        <table>
          <caption className="visually-hidden">{t('overview.chartTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('column.locality')}</th>
              <th scope="col">{t('column.figures')}</th>
              {categories.map((c) => (
                <th scope="col" key={c}>{t(`category.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stacks.map((s) => (
              <tr key={s.localityId}>
                <th scope="row">
                  <a href={hrefForView(state, 'locality', s.localityId)} title={s.chain}>{s.locality}</a>
                </th>
                <td>{s.total}</td>
                {categories.map((c) => (
                  <td key={c}>{s.counts[c]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <OverviewGaps index={index} state={state} gaps={gaps} openFigure={openFigure} />
    </section>
  );
}
