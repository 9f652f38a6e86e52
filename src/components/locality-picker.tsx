import { useId, useMemo, useState } from 'react';
import { useI18n } from '../app/i18n/i18n-context';
import type { DatasetIndex } from '../lib/create-dataset-index';
import { selectLocalityMatches } from '../lib/select-locality-matches';
import { usePinyinMatcher } from '../lib/use-pinyin-matcher';
import { useSimplifiedQuery } from '../lib/use-simplified-query';
import { LocalityCheckbox, LocalityTreeNode, type LocalityChoice } from './locality-tree';

export interface LocalityPickerProps {
  index: DatasetIndex;
  selected: readonly string[];
  /** Figures per place under the other filters, shown beside each name. */
  counts: ReadonlyMap<string, number>;
  onChange: (selected: string[]) => void;
  /** The group's label; 地区 (the filter's) unless given. */
  label?: string;
  /** One place at most (radio buttons): a correction's locality. */
  single?: boolean;
}

/**
 * Multi-select of places, labelled 地区: a tree (province → city → county → township) and a search
 * box that lists matching places, a query in traditional characters or in pinyin included.
 */
export function LocalityPicker({ index, selected, counts, onChange, label, single = false }: LocalityPickerProps) {
  const { t } = useI18n();
  const labelId = useId();
  const group = useId();
  const [query, setQuery] = useState('');
  const simplified = useSimplifiedQuery(index, query.trim());
  const pinyin = usePinyinMatcher(simplified);
  const matches = useMemo(() => selectLocalityMatches(index, simplified, 50, pinyin), [index, simplified, pinyin]);
  const choice: LocalityChoice = {
    index,
    selected: new Set(selected),
    counts,
    toggle: (id) => onChange(selected.includes(id) ? selected.filter((s) => s !== id) : single ? [id] : [...selected, id]),
    ...(single ? { radioGroup: group } : {}),
  };
  return (
    <div role="group" aria-labelledby={labelId} className="locality-picker">
      <span id={labelId} className="field-label">
        {label ?? t('filters.locality')}
      </span>
      {selected.length > 0 && (
        <ul className="chips" aria-label={t('filters.selected', { count: selected.length })}>
          {selected.map((id) => {
            const name = index.localities.get(id)?.name ?? id;
            return (
              <li key={id}>
                {name}
                <button type="button" aria-label={t('filters.remove', { name })} onClick={() => choice.toggle(id)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <input
        type="search"
        aria-label={t('filters.localitySearch')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {query.trim() === '' ? (
        <ul className="locality-tree">
          {(index.children.get(null) ?? []).map((top) => (
            <LocalityTreeNode key={top.id} locality={top} choice={choice} />
          ))}
        </ul>
      ) : matches.length === 0 ? (
        <p className="empty-state">{t('filters.localityNone')}</p>
      ) : (
        <ul className="locality-matches">
          {matches.map((locality) => (
            <li key={locality.id}>
              <LocalityCheckbox locality={locality} choice={choice} showChain />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
