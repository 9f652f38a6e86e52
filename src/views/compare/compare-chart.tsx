import { nice, ticks } from 'd3-array';
import { useI18n } from '../../app/i18n/i18n-context';
import type { UnitKind } from '../../dataset/schema';
import { formatMagnitude, selectMagnitude } from '../../lib/format-number';
import { formatClaimPeriod, formatComparedValue, formatRowPeriod, formatRowValue } from './format-compared';
import type { ComparisonRow } from './select-comparison';

const TICK_COUNT = 5;

/**
 * One line per place, in the order given: a bar to the value that stands for the place and a dot for
 * every claim behind it, each dot opening its source paragraph. Written as HTML rather than SVG so that
 * every place name wraps and stays readable at any width, and every dot is a button.
 */
export function CompareChart({
  rows,
  unit,
  kind,
  label,
  selected,
  detailId,
  onSelect,
  openFigure,
}: {
  rows: readonly ComparisonRow[];
  unit: string;
  kind: UnitKind;
  label: string;
  selected: string | null;
  detailId: string;
  onSelect: (localityId: string) => void;
  openFigure: (id: string) => void;
}) {
  const { t } = useI18n();
  const values = rows.flatMap((r) => [r.value, r.valueMax ?? r.value, ...r.claims.map((c) => c.value)]);
  const [low, high] = nice(Math.min(0, ...values), Math.max(0, ...values, 1e-9), TICK_COUNT);
  const at = (value: number) => `${(((value - low) / (high - low || 1)) * 100).toFixed(2)}%`;
  const magnitude = selectMagnitude(Math.max(Math.abs(low), Math.abs(high)), kind);
  return (
    <figure className="dot-chart" aria-label={label}>
      <div className="dot-axis" aria-hidden="true">
        <span className="dot-track">
          {ticks(low, high, TICK_COUNT).map((tick, i, all) => (
            // The end ticks align inwards, so their labels stay inside the chart on a phone.
            <span key={tick} className={i === 0 ? 'dot-tick first' : i === all.length - 1 ? 'dot-tick last' : 'dot-tick'} style={{ left: at(tick) }}>
              {tick === 0 ? '0' : formatMagnitude(tick, '', kind, magnitude)}
            </span>
          ))}
        </span>
      </div>
      <ol className="dot-rows">
        {rows.map((row) => {
          const from = Math.min(0, row.value);
          const to = Math.max(0, row.valueMax ?? row.value);
          return (
            <li key={row.localityId} className={row.shown === null ? 'dot-row rolled-up' : 'dot-row'}>
              <button
                type="button"
                className="link-button dot-label"
                title={row.chain}
                aria-expanded={selected === row.localityId}
                aria-controls={detailId}
                onClick={() => onSelect(row.localityId)}
              >
                {row.locality}
              </button>
              <span className="dot-track">
                <span className="dot-bar" style={{ left: at(from), width: `calc(${at(to)} - ${at(from)})` }} />
                {row.claims.map((claim, i) => (
                  <button
                    key={`${claim.figure.id}-${i}`}
                    type="button"
                    className={claim.derived ? 'dot derived' : 'dot'}
                    style={{ left: at(claim.value) }}
                    aria-label={t('compare.dot', { locality: row.locality, value: formatComparedValue(claim, unit, kind), text: claim.figures.map((f) => f.text).join(' → '), period: formatClaimPeriod(t, claim) })}
                    title={claim.figures.map((f) => f.text).join(' → ')}
                    onClick={() => openFigure(claim.figure.id)}
                  />
                ))}
              </span>
              <span className="dot-value">
                <span className="number">{formatRowValue(row, unit, kind)}</span>
                <span className="dot-period">{formatRowPeriod(t, row)}</span>
              </span>
            </li>
          );
        })}
      </ol>
      <figcaption className="hint">{t('compare.axis', { unit })}</figcaption>
    </figure>
  );
}
