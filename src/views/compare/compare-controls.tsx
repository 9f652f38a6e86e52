import { useId } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { LabelledSelect } from '../../components/labelled-select';
import { LevelChoice } from '../../components/level-choice';
import { UNDATED, type UrlState } from '../../lib/url-state';
import type { CompareModel } from './select-compare-model';
import { selectSortChoices, toSortKeys, type SortChoice } from './select-sort-choice';

/**
 * The choices that keep a chart to like with like: aspect, unit, period and level, each offering only
 * what the indicator's claims have, with counts; the roll-up of an additive indicator; and the order.
 */
export function CompareControls({
  model,
  sort,
  onChange,
}: {
  model: CompareModel;
  sort: SortChoice | null;
  onChange: (patch: Partial<UrlState>) => void;
}) {
  const { t } = useI18n();
  const rollUpId = useId();
  const direction = model.indicator?.direction ?? null;
  const counted = (label: string, count: number) => t('compare.counted', { label, count });
  const periodLabel = (value: string) => (value === UNDATED ? t('compare.undated') : t('compare.year', { year: value }));
  const latestCount = model.periods.reduce((sum, p) => sum + p.count, 0);
  return (
    <div className="compare-controls">
      <LabelledSelect
        label={t('compare.aspect')}
        options={model.aspects.map((a) => ({ value: a.value, label: counted(t(`aspect.${a.value}`), a.count) }))}
        value={model.aspect}
        onChange={(aspect) => onChange({ aspect, unit: null, period: null, level: null, page: 1 })}
      />
      <LabelledSelect
        label={t('compare.unit')}
        options={model.units.map((u) => ({ value: u.value, label: counted(u.value, u.count) }))}
        value={model.unit}
        onChange={(unit) => onChange({ unit, period: null, level: null, page: 1 })}
      />
      <LabelledSelect
        label={t('compare.period')}
        options={[
          { value: 'latest', label: counted(t('compare.latest'), latestCount) },
          ...model.periods.map((p) => ({ value: p.value, label: counted(periodLabel(p.value), p.count) })),
        ]}
        value={model.period ?? 'latest'}
        onChange={(period) => onChange({ period: period === 'latest' ? null : period, level: null, page: 1 })}
      />
      <LevelChoice options={model.levels} level={model.level} onChange={(level) => onChange({ level, page: 1 })} />
      <div className="field checkbox-field">
        <span>
          <input
            id={rollUpId}
            type="checkbox"
            checked={model.rollUp}
            disabled={model.indicator?.additive !== true}
            onChange={(e) => onChange({ rollup: e.target.checked, page: 1 })}
          />
          <label htmlFor={rollUpId}>{t('compare.rollUp')}</label>
        </span>
        {model.indicator?.additive !== true && <span className="hint">{t('compare.notAdditive')}</span>}
      </div>
      <LabelledSelect
        label={t('compare.sort')}
        options={selectSortChoices(direction).map((choice) => ({ value: choice, label: t(`compare.sort.${choice}`) }))}
        value={sort}
        onChange={(choice) => onChange({ sort: toSortKeys(choice, direction) })}
      />
    </div>
  );
}
