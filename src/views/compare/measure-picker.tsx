import { useId } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { CATEGORIES } from '../../dataset/schema';
import type { Measure } from './select-comparison';

/** The two choices of the compare view: what to compare, and in which base unit. */
export function MeasurePicker({
  measures,
  measure,
  units,
  unit,
  onChange,
}: {
  measures: readonly Measure[];
  measure: string | null;
  units: readonly { unit: string; count: number }[];
  unit: string;
  onChange: (patch: { measure?: string; unit?: string | null }) => void;
}) {
  const { t } = useI18n();
  const measureId = useId();
  const unitId = useId();
  return (
    <div className="measure-picker">
      <label htmlFor={measureId}>{t('compare.measure')}</label>
      <select id={measureId} value={measure ?? ''} onChange={(e) => onChange({ measure: e.target.value, unit: null })}>
        {CATEGORIES.filter((c) => measures.some((m) => m.category === c)).map((category) => (
          <optgroup key={category} label={t(`category.${category}`)}>
            {measures
              .filter((m) => m.category === category)
              .map((m) => (
                <option key={m.key} value={m.key}>
                  {`${m.metric ?? t('compare.allMetrics', { category: t(`category.${category}`) })} (${m.count})`}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <label htmlFor={unitId}>{t('compare.unit')}</label>
      <select id={unitId} value={unit} onChange={(e) => onChange({ unit: e.target.value })}>
        {units.map((u) => (
          <option key={u.unit} value={u.unit}>{`${u.unit || '—'} (${u.count})`}</option>
        ))}
      </select>
    </div>
  );
}
