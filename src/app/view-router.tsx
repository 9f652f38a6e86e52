import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import type { View } from '../lib/url-state';
import type { ViewProps } from '../lib/view-props';
import { useI18n } from './i18n/i18n-context';

/** A view's component, and a way to fetch its module before anyone opens it. */
interface LoadableView {
  Component: ComponentType<ViewProps>;
  preload: () => Promise<unknown>;
}

/**
 * A view in its own chunk, loaded on first use like React.lazy, but shown at once when its module
 * is in already. A lazy component suspends on its first render even then, and React holds a
 * suspended view back for up to 300 ms before it reveals it: every first visit of a view cost that,
 * opening an article from a figure included. A view that first rendered suspended stays lazy, so
 * nothing mounts twice.
 */
function loadView(load: () => Promise<ComponentType<ViewProps>>): LoadableView {
  let loaded: ComponentType<ViewProps> | null = null;
  let loading: Promise<ComponentType<ViewProps>> | null = null;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: ViewProps) {
    const [Ready] = useState(() => loaded);
    return Ready ? <Ready {...props} /> : <Lazy {...props} />;
  }
  return { Component, preload };
}

// Each view is its own chunk: recharts and TanStack Table load with the view that needs them,
// keeping the first load small.
const VIEWS: Readonly<Record<View, LoadableView>> = {
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
      for (const view of Object.values(VIEWS)) view.preload().catch(() => undefined); // a failed chunk fails again, visibly, when opened
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
