import { lazy, useState, type ComponentType } from 'react';

/** A view's component, and a way to fetch its module before anyone opens it. */
export interface LoadableView<Props extends object> {
  Component: ComponentType<Props>;
  preload: () => Promise<unknown>;
}

/**
 * A view in its own chunk, loaded on first use like React.lazy, but shown at once when its module
 * is in already. A lazy component suspends on its first render even then, and React holds a
 * suspended view back for up to 300 ms before it reveals it: every first visit of a view cost that,
 * opening an article from a figure included. Which of the two a view renders is fixed when it mounts.
 */
export function loadView<Props extends object>(load: () => Promise<ComponentType<Props>>): LoadableView<Props> {
  let loaded: ComponentType<Props> | null = null;
  let loading: Promise<ComponentType<Props>> | null = null;
  // A failed fetch is forgotten, so that opening the view later fetches it again.
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: Props) {
    const [Ready] = useState(() => loaded);
    return Ready ? <Ready {...props} /> : <Lazy {...props} />;
  }
  return { Component, preload };
}
