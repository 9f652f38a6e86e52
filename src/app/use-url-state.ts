import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { applyUrlPatch, formatUrlState, parseUrlState, type UrlState } from '../lib/url-state';

/** `push` adds a history entry (back returns to it); `replace` rewrites the current one (typing). */
export type UrlUpdate = (patch: Partial<UrlState> | ((state: UrlState) => Partial<UrlState>), mode?: 'push' | 'replace') => void;

// history.pushState and replaceState fire no event, so updates announce themselves to the subscribers.
const CHANGED = 'reform-metrics:hash-changed';

function subscribe(notify: () => void): () => void {
  // hashchange: a hash typed or pasted into the address bar; popstate: back and forward.
  const events = ['hashchange', 'popstate', CHANGED] as const;
  for (const event of events) window.addEventListener(event, notify);
  return () => {
    for (const event of events) window.removeEventListener(event, notify);
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
    const next = formatUrlState(applyUrlPatch(current, typeof patch === 'function' ? patch(current) : patch));
    if (next === window.location.hash) return;
    // The new state is rendered inside the event that asked for it. Assigning location.hash would
    // announce it only in a later hashchange task: until then React puts a controlled checkbox back
    // to its old state, so a click on it reads as "did nothing" (and a quick second click undoes it).
    if (mode === 'replace') window.history.replaceState(window.history.state, '', next);
    else window.history.pushState(null, '', next);
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return [state, update];
}
