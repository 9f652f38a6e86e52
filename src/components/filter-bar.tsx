import { useId, useMemo } from 'react';
import { useI18n } from '../app/i18n/i18n-context';
import { CATEGORIES } from '../dataset/schema';
import { compareChinese } from '../lib/compare-chinese';
import type { DatasetIndex } from '../lib/create-dataset-index';
import type { PinyinMatcher } from '../lib/load-pinyin';
import { countFilterChoices } from '../lib/select-filtered-figures';
import { REVIEW_FILTERS, type ReviewFilter } from '../lib/select-review';
import { EMPTY_FILTERS, UNDATED, type Filters } from '../lib/url-state';
import { CountedSelect } from './counted-select';
import { LocalityPicker } from './locality-picker';

export interface FilterBarProps {
  index: DatasetIndex;
  filters: Filters;
  /** The search text in simplified characters (what filtering uses). */
  query: string;
  /** Set while the search holds pinyin, so the counts match what the views show. */
  pinyin?: PinyinMatcher | null;
  shown: number;
  /** `replace` while typing so each keystroke is not a history entry. */
  onChange: (filters: Filters, mode: 'push' | 'replace') => void;
}

/** Search, category, year and locality filters with the counts each choice would give. */
export function FilterBar({ index, filters, query, pinyin = null, shown, onChange }: FilterBarProps) {
  const { t } = useI18n();
  const searchId = useId();
  const counts = useMemo(() => countFilterChoices(index, filters, query, pinyin), [index, filters, query, pinyin]);
  // Newest first; articles that print no date last.
  const years = [...counts.years.keys()].sort((a, b) => (a === UNDATED ? 1 : b === UNDATED ? -1 : compareChinese(b, a)));
  const total = index.dataset.figures.length;
  const active = filters.localities.length + filters.categories.length + filters.years.length > 0 || filters.query !== '' || filters.review !== null;
  const reviewCount = (choice: ReviewFilter) => counts.review.get(choice) ?? 0;
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
        {query !== filters.query.trim() && <small>{t('filters.convertedQuery', { query })}</small>}
      </div>
      <CountedSelect
        label={t('filters.category')}
        allLabel={t('filters.allCategories')}
        options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`), count: counts.categories.get(c) ?? 0 }))}
        value={filters.categories[0] ?? ''}
        onChange={(value) => onChange({ ...filters, categories: CATEGORIES.filter((c) => c === value) }, 'push')}
      />
      <CountedSelect
        label={t('filters.year')}
        allLabel={t('filters.allYears')}
        options={years.map((y) => ({ value: y, label: y === UNDATED ? t('filters.undated') : y, count: counts.years.get(y) ?? 0 }))}
        value={filters.years[0] ?? ''}
        onChange={(value) => onChange({ ...filters, years: value === '' ? [] : [value] }, 'push')}
      />
      <CountedSelect
        label={t('filters.review')}
        allLabel={t('filters.allReview')}
        options={REVIEW_FILTERS.map((r) => ({ value: r, label: t(`review.status.${r}`), count: reviewCount(r) }))}
        allCount={REVIEW_FILTERS.reduce((sum, r) => sum + (r === 'wrong' ? 0 : reviewCount(r)), 0)}
        value={filters.review ?? ''}
        onChange={(value) => onChange({ ...filters, review: REVIEW_FILTERS.find((r) => r === value) ?? null }, 'push')}
      />
      <LocalityPicker
        index={index}
        selected={filters.localities}
        counts={counts.localities}
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
