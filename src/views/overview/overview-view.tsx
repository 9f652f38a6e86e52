import { useMemo } from 'react';
import { ShowMoreButton, useShownCount } from '../../components/show-more';
import { useI18n } from '../../app/i18n/i18n-context';
import { LevelChoice } from '../../components/level-choice';
import { CATEGORIES } from '../../dataset/schema';
import { selectFilteredArticles } from '../../lib/select-filtered-figures';
import { resolveLevel } from '../../lib/select-level-options';
import { hrefForView } from '../../lib/url-state';
import type { ViewProps } from '../../lib/view-props';
import { selectChartedFigures } from '../../lib/select-review';
import { OverviewChart } from './overview-chart';
import { OverviewGaps } from './overview-gaps';
import { OverviewTable } from './overview-table';
import { selectGaps, selectLocalityStacks, selectOverviewLevels, selectTotals } from './select-overview';

/** The most places the chart draws; the table under it lists the places of the level a hundred at a time. */
const CHART_LIMIT = 20;

/** Totals, who reports most and on what at one administrative level (chart and table), and the gaps. */
export function OverviewView({ index, state, figures: filtered, query, update, openFigure }: ViewProps) {
  const { t } = useI18n();
  // A figure marked wrong in review never reaches a chart, even when the review filter lists the wrong ones.
  const figures = useMemo(() => selectChartedFigures(filtered), [filtered]);
  const articles = useMemo(() => selectFilteredArticles(index, state.filters, query, figures), [index, state.filters, query, figures]);
  const totals = selectTotals(articles, figures);
  const levels = useMemo(() => selectOverviewLevels(index, figures), [index, figures]);
  const level = resolveLevel(levels, state.level);
  const stacks = useMemo(() => (level === null ? [] : selectLocalityStacks(index, figures, level)), [index, figures, level]);
  const categories = CATEGORIES.filter((c) => stacks.some((s) => s.counts[c] > 0));
  const [tableShown, moreRows] = useShownCount(stacks.length, stacks);
  const gaps = useMemo(() => selectGaps(index, articles, figures), [index, articles, figures]);
  const hrefOf = (localityId: string) => hrefForView({ ...state, filters: { ...state.filters, localities: [localityId] } }, 'figures');
  const title = level === null ? t('overview.chartTitleNone') : t('overview.chartTitle', { level: t(`level.${level}`) });
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
      <h3>{title}</h3>
      <div className="chart-controls">
        <LevelChoice options={levels} level={level} onChange={(chosen) => update({ level: chosen })} />
      </div>
      <p className="hint">
        {t('overview.countRule')}
        {stacks.length > CHART_LIMIT && ` ${t('overview.topOf', { shown: CHART_LIMIT, total: stacks.length })}`}
      </p>
      <OverviewChart stacks={stacks.slice(0, CHART_LIMIT)} categories={categories} label={title} hrefOf={hrefOf} />
      <OverviewTable stacks={stacks.slice(0, tableShown)} categories={categories} caption={title} hrefOf={hrefOf} />
      <ShowMoreButton shown={tableShown} total={stacks.length} onMore={moreRows} />
      <OverviewGaps index={index} state={state} gaps={gaps} openFigure={openFigure} />
    </section>
  );
}
