import { useCallback, useEffect, useMemo, useState } from 'react';
import { FilterBar } from '../components/filter-bar';
import { ReviewBar } from '../components/review-bar';
import type { AppDataset } from '../dataset/read-app-index';
import type { ParagraphStore } from '../lib/create-paragraph-store';
import { createDatasetIndex } from '../lib/create-dataset-index';
import { prepareFigureSearch } from '../lib/create-figure-search';
import { selectFilteredFigures } from '../lib/select-filtered-figures';
import { selectReviewProgress } from '../lib/select-review';
import { scheduleIdleTasks } from '../lib/schedule-idle-tasks';
import { hrefForView, type UrlState } from '../lib/url-state';
import { usePinyinMatcher } from '../lib/use-pinyin-matcher';
import { useReview } from '../lib/use-review';
import { useSimplifiedQuery } from '../lib/use-simplified-query';
import { FigurePanel } from '../views/source/figure-panel';
import { AppHeader } from './app-header';
import { useI18n } from './i18n/i18n-context';
import { DATASET_URL } from './load-dataset';
import type { UrlUpdate } from './use-url-state';
import { ViewRouter } from './view-router';

/** The loaded dashboard: header, filters (folded on a phone until asked for), the current view and the drill-down panel. */
export function Dashboard({ dataset, text, state, update }: { dataset: AppDataset; text: ParagraphStore; state: UrlState; update: UrlUpdate }) {
  const { t } = useI18n();
  // Reviews are kept per dataset location, so a dataset rebuilt in the same place finds them again.
  const datasetKey = useMemo(() => new URL(DATASET_URL, document.baseURI).pathname, []);
  const [review, reviewActions] = useReview(dataset, text, datasetKey);
  const index = useMemo(() => createDatasetIndex(review.dataset, text), [review.dataset, text]);
  const progress = useMemo(() => selectReviewProgress(index.figures.values()), [index]);
  // The first search used to read every figure's texts; they are numbered in idle time after the first screen instead.
  useEffect(() => scheduleIdleTasks([() => prepareFigureSearch(index)]), [index]);
  const query = useSimplifiedQuery(index, state.filters.query.trim());
  const pinyin = usePinyinMatcher(query);
  const figures = useMemo(() => selectFilteredFigures(index, state.filters, query, null, pinyin), [index, state.filters, query, pinyin]);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const openFigure = useCallback((id: string) => update({ figure: id }), [update]);
  const closeFigure = useCallback(() => update({ figure: null }), [update]);
  const articleHref = useCallback(
    (id: string, paragraph: string | null = null) => hrefForView(state, 'article', id, { paragraph }),
    [state],
  );
  return (
    <div className={state.figure === null ? 'layout' : 'layout with-panel'}>
      <AppHeader state={state} index={index} onLanguage={(language) => update({ language })} />
      <aside className={filtersOpen ? 'filters open' : 'filters'}>
        <div className="filters-inner">
          {/* Shown only on narrow screens (CSS), where the filters would otherwise fill the first screen. */}
          <button type="button" className="filters-toggle" aria-expanded={filtersOpen} onClick={() => setFiltersOpen(!filtersOpen)}>
            {t('filters.toggle', { shown: figures.length, total: index.dataset.figures.length })}
          </button>
          <FilterBar
            index={index}
            filters={state.filters}
            query={query}
            pinyin={pinyin}
            shown={figures.length}
            onChange={(filters, mode) => update({ filters }, mode)}
          />
          <ReviewBar review={review} actions={reviewActions} progress={progress} />
        </div>
      </aside>
      <main id="main" tabIndex={-1}>
        <ViewRouter
          index={index}
          state={state}
          figures={figures}
          query={query}
          update={update}
          openFigure={openFigure}
          review={review}
          reviewActions={reviewActions}
        />
      </main>
      <FigurePanel
        index={index}
        figureId={state.figure}
        articleHref={articleHref}
        onClose={closeFigure}
        review={review}
        actions={reviewActions}
        openFigure={openFigure}
      />
    </div>
  );
}
