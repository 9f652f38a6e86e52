import { useEffect, useState } from 'react';
import { useI18n } from '../app/i18n/i18n-context';

/** Rows a long list shows at first and adds per press: one screenful of DOM, however large the corpus. */
export const SHOWN_STEP = 100;

/**
 * How many of `total` items a list renders: SHOWN_STEP at first, SHOWN_STEP more per `more()`, back
 * to the first step when `resetKey` changes (a new filter makes a new list).
 */
export function useShownCount(total: number, resetKey: unknown = null): [shown: number, more: () => void] {
  const [shown, setShown] = useState(SHOWN_STEP);
  useEffect(() => setShown(SHOWN_STEP), [resetKey]);
  return [Math.min(shown, total), () => setShown((n) => n + SHOWN_STEP)];
}

/** The button under a list cut at `shown` of `total`; nothing when all are shown. */
export function ShowMoreButton({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const { t } = useI18n();
  if (shown >= total) return null;
  return (
    <p className="show-more">
      <button type="button" onClick={onMore}>
        {t('list.more', { step: Math.min(SHOWN_STEP, total - shown), shown, total })}
      </button>
    </p>
  );
}
