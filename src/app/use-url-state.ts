import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { formatUrlState, parseUrlState, type UrlState } from '../lib/url-state';

/** `push` adds a history entry (back returns to it); `replace` rewrites the current one (typing). */
export type UrlUpdate = (patch: Partial<UrlState> | ((state: UrlState) => Partial<UrlState>), mode?: 'push' | 'replace') => void;

// history.replaceState fires no event, so updates announce themselves to the other subscribers.
const REPLACED = 'reform-metrics:hash-replaced';

function subscribe(notify: () => void): () => void {
  window.addEventListener('hashchange', notify);
  window.addEventListener(REPLACED, notify);
  return () => {
    window.removeEventListener('hashchange', notify);
    window.removeEventListener(REPLACED, notify);
  };
}

const readHash = (): string => window.location.hash;

/** The app state held in the location hash: reload restores it, back/forward walk through it. */
export function useUrlState(): [UrlState, UrlUpdate] {
  const hash = useSyncExternalStore(subscribe, readHash, () => '');
  // Filters keep their identity while unchanged, so opening a figure or sorting does not refilter.
  const previous = useRef<UrlState | null>(null);
  const state = useMemo(() => {
    const next = parseUrlState(hash);
    const before = previous.current?.filters;
    if (before && JSON.stringify(before) === JSON.stringify(next.filters)) next.filters = before;
    previous.current = next;
    return next;
  }, [hash]);
  const update = useCallback<UrlUpdate>((patch, mode = 'push') => {
    const current = parseUrlState(window.location.hash);
    const next = formatUrlState({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
    if (next === window.location.hash) return;
    if (mode === 'replace') {
      window.history.replaceState(window.history.state, '', next);
      window.dispatchEvent(new Event(REPLACED));
    } else {
      window.location.hash = next; // pushes a history entry and fires hashchange
    }
  }, []);
  return [state, update];
}
