import { useI18n } from '../app/i18n/i18n-context';
import type { LocalityLevel } from '../dataset/schema';
import type { LevelOption } from '../lib/select-level-options';
import { LabelledSelect } from './labelled-select';

/**
 * The administrative level a chart shows, one at a time so that a province never stands beside its
 * own villages; each level says how many places it would show.
 */
export function LevelChoice({
  options,
  level,
  onChange,
}: {
  options: readonly LevelOption[];
  level: LocalityLevel | null;
  onChange: (level: LocalityLevel) => void;
}) {
  const { t } = useI18n();
  return (
    <LabelledSelect
      label={t('level.choice')}
      options={options.map((o) => ({ value: o.level, label: t('level.option', { level: t(`level.${o.level}`), count: o.count }) }))}
      value={level}
      onChange={onChange}
    />
  );
}
