import { useId, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { CATEGORIES, type Category } from '../../dataset/schema';
import type { LocalityStack } from './select-overview';

/** Twelve distinguishable hues, one per category, in CATEGORIES order (the legend's order too). */
const PALETTE = ['#2f6f9f', '#e07b39', '#3a9a5b', '#c0392b', '#8e6cbf', '#8c5a3c', '#d267a8', '#6b6b6b', '#b3a21f', '#1fa3b3', '#5c7cfa', '#a3a3a3'];

/** The colour of a category's segments and legend swatch. */
export function colourOf(category: Category): string {
  return PALETTE[CATEGORIES.indexOf(category) % PALETTE.length] ?? '#a3a3a3';
}

/**
 * Stacked bars, one per place, as HTML: every name is text that wraps, never an axis tick a chart
 * library may drop. Each bar is a link to the place's figures; hovering or focusing it shows its
 * non-zero categories in legend order, and how many figures are the place's own.
 */
export function OverviewChart({
  stacks,
  categories,
  label,
  hrefOf,
}: {
  stacks: readonly LocalityStack[];
  categories: readonly Category[];
  label: string;
  hrefOf: (localityId: string) => string;
}) {
  const { t } = useI18n();
  const tooltipId = useId();
  const [active, setActive] = useState<string | null>(null);
  const top = Math.max(1, ...stacks.map((s) => s.total));
  // The longest bar leaves room beside it for its count.
  const width = (n: number) => `calc((100% - 3.5em) * ${(n / top).toFixed(4)})`;
  return (
    <figure className="stack-chart" aria-label={label}>
      <ul className="legend" aria-label={t('overview.legend')}>
        {categories.map((category) => (
          <li key={category}>
            <span className="swatch" style={{ background: colourOf(category) }} aria-hidden="true" />
            {t(`category.${category}`)}
          </li>
        ))}
      </ul>
      <ol className="stack-rows">
        {stacks.map((stack) => (
          <li
            key={stack.localityId}
            className="stack-row"
            onMouseEnter={() => setActive(stack.localityId)}
            onMouseLeave={() => setActive((current) => (current === stack.localityId ? null : current))}
          >
            <a
              href={hrefOf(stack.localityId)}
              className="stack-link"
              title={stack.chain}
              aria-label={t('overview.barLabel', { locality: stack.locality, count: stack.total })}
              aria-describedby={active === stack.localityId ? tooltipId : undefined}
              onFocus={() => setActive(stack.localityId)}
              onBlur={() => setActive(null)}
            >
              <span className="stack-label">{stack.locality}</span>
              <span className="stack-track">
                <span className="stack-bar" style={{ width: width(stack.total) }}>
                  {categories.map((category) =>
                    stack.counts[category] === 0 ? null : (
                      <span key={category} style={{ flexGrow: stack.counts[category], background: colourOf(category) }} />
                    ),
                  )}
                </span>
                <span className="number stack-total">{stack.total}</span>
              </span>
            </a>
            {active === stack.localityId && (
              <div role="tooltip" id={tooltipId} className="stack-tooltip">
                <strong>{t('overview.tooltipTitle', { locality: stack.locality, count: stack.total })}</strong>
                <ul>
                  {categories.map((category) =>
                    stack.counts[category] === 0 ? null : (
                      <li key={category}>
                        <span className="swatch" style={{ background: colourOf(category) }} aria-hidden="true" />
                        {t('overview.tooltipItem', { category: t(`category.${category}`), count: stack.counts[category] })}
                      </li>
                    ),
                  )}
                </ul>
                <p>{t('overview.ownAndBelow', { own: stack.own, below: stack.total - stack.own })}</p>
              </div>
            )}
          </li>
        ))}
      </ol>
    </figure>
  );
}
