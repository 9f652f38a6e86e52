import { useCallback, useMemo } from 'react';
import { FilterBar } from '../components/filter-bar';
import type { Dataset } from '../dataset/schema';
import { createDatasetIndex } from '../lib/create-dataset-index';
import { selectFilteredFigures } from '../lib/select-filtered-figures';
import { hrefForView, type UrlState } from '../lib/url-state';
import { useSimplifiedQuery } from '../lib/use-simplified-query';
import { FigurePanel } from '../views/source/figure-panel';
import { AppHeader } from './app-header';
import type { UrlUpdate } from './use-url-state';
import { ViewRouter } from './view-router';

/** The loaded dashboard: header, filters, the current view and the drill-down panel. */
export function Dashboard({ dataset, state, update }: { dataset: Dataset; state: UrlState; update: UrlUpdate }) {
  const index = useMemo(() => createDatasetIndex(dataset), [dataset]);
  const query = useSimplifiedQuery(index, state.filters.query.trim());
  const figures = useMemo(() => selectFilteredFigures(index, state.filters, query), [index, state.filters, query]);
  const openFigure = useCallback((id: string) => update({ figure: id }), [update]);
  const closeFigure = useCallback(() => update({ figure: null }), [update]);
  const articleHref = useCallback((id: string) => hrefForView(state, 'article', id), [state]);
  return (
    <div className={state.figure === null ? 'layout' : 'layout with-panel'}>
      <AppHeader state={state} onLanguage={(language) => update({ language })} />
      <aside className="filters">
        <FilterBar
          index={index}
          filters={state.filters}
          query={query}
          shown={figures.length}
          onChange={(filters, mode) => update({ filters }, mode)}
        />
      </aside>
      <main id="main" tabIndex={-1}>
        <ViewRouter index={index} state={state} figures={figures} query={query} update={update} openFigure={openFigure} />
      </main>
      <FigurePanel index={index} figureId={state.figure} articleHref={articleHref} onClose={closeFigure} />
    </div>
  );
}
