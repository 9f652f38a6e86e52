import { useId, useMemo } from 'react';
import { useI18n } from '../app/i18n/i18n-context';
import { CATEGORIES } from '../dataset/schema';
import type { DatasetIndex } from '../lib/create-dataset-index';
import { countByCategory, countByLocality, selectFilteredFigures } from '../lib/select-filtered-figures';
import { EMPTY_FILTERS, type Filters } from '../lib/url-state';
import { LocalityPicker } from './locality-picker';

export interface FilterBarProps {
  index: DatasetIndex;
  filters: Filters;
  /** The search text in simplified characters (what filtering uses). */
  query: string;
  shown: number;
  /** `replace` while typing so each keystroke is not a history entry. */
  onChange: (filters: Filters, mode: 'push' | 'replace') => void;
}

/** Search, category and locality filters with the counts each choice would give. */
export function FilterBar({ index, filters, query, shown, onChange }: FilterBarProps) {
  const { t } = useI18n();
  const searchId = useId();
  const categoryId = useId();
  const categoryCounts = useMemo(
    () => countByCategory(selectFilteredFigures(index, filters, query, 'categories')),
    [index, filters, query],
  );
  const localityCounts = useMemo(
    () => countByLocality(index, selectFilteredFigures(index, filters, query, 'localities')),
    [index, filters, query],
  );
  const total = index.dataset.figures.length;
  const active = filters.localities.length > 0 || filters.categories.length > 0 || filters.query !== '';
  return (
    <div role="search" className="filter-bar" aria-label={t('filters.label')}>
      <div className="field">
        <label htmlFor={searchId}>{t('filters.search')}</label>
        <input
          id={searchId}
          type="search"
          placeholder={t('filters.searchPlaceholder')}
          value={filters.query}
          onChange={(e) => onChange({ ...filters, query: e.target.value }, 'replace')}
        />
        {query !== filters.query.trim() && (
          <small>{t('filters.convertedQuery', { query })}</small>
        )}
      </div>
      <div className="field">
        <label htmlFor={categoryId}>{t('filters.category')}</label>
        <select
          id={categoryId}
          value={filters.categories[0] ?? ''}
          onChange={(e) => {
            const value = CATEGORIES.find((c) => c === e.target.value);
            onChange({ ...filters, categories: value ? [value] : [] }, 'push');
          }}
        >
          <option value="">{`${t('filters.allCategories')} (${[...categoryCounts.values()].reduce((a, b) => a + b, 0)})`}</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {`${t(`category.${category}`)} (${categoryCounts.get(category) ?? 0})`}
            </option>
          ))}
        </select>
      </div>
      <LocalityPicker
        index={index}
        selected={filters.localities}
        counts={localityCounts}
        onChange={(localities) => onChange({ ...filters, localities }, 'push')}
      />
      <p role="status" className="filter-counts">
        {t('filters.counts', { shown, total })}
      </p>
      {active && (
        <button type="button" onClick={() => onChange(EMPTY_FILTERS, 'push')}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
