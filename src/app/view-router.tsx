import { lazy, Suspense, type ComponentType } from 'react';
import type { View } from '../lib/url-state';
import type { ViewProps } from '../lib/view-props';
import { useI18n } from './i18n/i18n-context';

// Each view is its own chunk: recharts and TanStack Table load with the view that needs them,
// keeping the first load small.
const VIEWS: Readonly<Record<View, ComponentType<ViewProps>>> = {
  overview: lazy(() => import('../views/overview/overview-view').then((m) => ({ default: m.OverviewView }))),
  compare: lazy(() => import('../views/compare/compare-view').then((m) => ({ default: m.CompareView }))),
  figures: lazy(() => import('../views/figures/figures-view').then((m) => ({ default: m.FiguresView }))),
  localities: lazy(() => import('../views/localities/localities-view').then((m) => ({ default: m.LocalitiesView }))),
  locality: lazy(() => import('../views/localities/locality-view').then((m) => ({ default: m.LocalityView }))),
  article: lazy(() => import('../views/articles/article-view').then((m) => ({ default: m.ArticleView }))),
};

/** Renders the view the URL names. */
export function ViewRouter(props: ViewProps) {
  const { t } = useI18n();
  const Current = VIEWS[props.state.view];
  return (
    <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
      <Current {...props} />
    </Suspense>
  );
}
