import { useEffect, useRef, type RefObject } from 'react';

/**
 * Focus handling of a non-modal panel: on open it remembers what had focus and moves focus into the
 * panel; Escape anywhere closes it; on close focus goes back to the remembered element.
 */
export function usePanelFocus(openKey: string | null, panel: RefObject<HTMLElement | null>, close: () => void): void {
  const opener = useRef<HTMLElement | null>(null);
  const closeRef = useRef(close);
  closeRef.current = close;

  useEffect(() => {
    if (openKey === null) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && !panel.current?.contains(active)) opener.current = active;
    // The panel is in view already (sticky beside the table, or a sheet on a phone): moving focus
    // must not scroll the page, which would take the header and the clicked row away.
    panel.current?.focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openKey, panel]);

  useEffect(() => {
    if (openKey !== null) return;
    const target = opener.current;
    opener.current = null;
    if (target?.isConnected) target.focus();
  }, [openKey]);
}
