import { Suspense, useEffect } from 'react';
import type { View } from '../lib/url-state';
import type { ViewProps } from '../lib/view-props';
import { useI18n } from './i18n/i18n-context';
import { loadView, type LoadableView } from './load-view';

// Each view is its own chunk: recharts and TanStack Table load with the view that needs them,
// keeping the first load small.
const VIEWS: Readonly<Record<View, LoadableView<ViewProps>>> = {
  overview: loadView(() => import('../views/overview/overview-view').then((m) => m.OverviewView)),
  compare: loadView(() => import('../views/compare/compare-view').then((m) => m.CompareView)),
  figures: loadView(() => import('../views/figures/figures-view').then((m) => m.FiguresView)),
  localities: loadView(() => import('../views/localities/localities-view').then((m) => m.LocalitiesView)),
  locality: loadView(() => import('../views/localities/locality-view').then((m) => m.LocalityView)),
  article: loadView(() => import('../views/articles/article-view').then((m) => m.ArticleView)),
};

/** Renders the view the URL names; once the first one is up, fetches the other views' chunks while the reader reads. */
export function ViewRouter(props: ViewProps) {
  const { t } = useI18n();
  const { Component } = VIEWS[props.state.view];
  useEffect(() => {
    const preloadAll = () => {
      for (const view of Object.values(VIEWS)) view.preload().catch(() => undefined); // a failed chunk is fetched again when its view opens
    };
    const handle = window.setTimeout(preloadAll, 1000);
    return () => window.clearTimeout(handle);
  }, []);
  return (
    <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
      <Component {...props} />
    </Suspense>
  );
}
