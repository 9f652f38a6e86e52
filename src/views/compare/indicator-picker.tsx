import { useId, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { CATEGORIES } from '../../dataset/schema';
import type { DatasetIndex } from '../../lib/create-dataset-index';
import { normalizePinyin } from '../../lib/match-pinyin';
import { usePinyinMatcher } from '../../lib/use-pinyin-matcher';
import { useSimplifiedQuery } from '../../lib/use-simplified-query';
import type { IndicatorOption } from './select-indicator-options';

/**
 * What to compare: a search box (Chinese, traditional, English or pinyin: spsx → 审批时限) narrowing a
 * select grouped by domain, each indicator with how many places report it; indicators reported by
 * one place only stand apart at the end, since they compare nothing. The chosen one stays listed.
 */
export function IndicatorPicker({
  index,
  options,
  indicator,
  onChange,
}: {
  index: DatasetIndex;
  options: readonly IndicatorOption[];
  indicator: string | null;
  onChange: (indicator: string) => void;
}) {
  const { t, language } = useI18n();
  const searchId = useId();
  const selectId = useId();
  const [typed, setTyped] = useState('');
  const query = useSimplifiedQuery(index, typed.trim()).toLowerCase();
  const pinyin = usePinyinMatcher(query);
  const letters = normalizePinyin(query);
  const isHit = ({ indicator: i }: IndicatorOption) =>
    query === '' ||
    [i.nameZh, i.nameEn.toLowerCase(), i.id].some((text) => text.includes(query)) ||
    (letters !== null && pinyin !== null && pinyin.matches(i.nameZh, letters));
  const hits = options.filter(isHit).length;
  const matches = options.filter((o) => o.indicator.id === indicator || isHit(o));
  const label = (o: IndicatorOption) =>
    t('compare.indicatorOption', { name: language === 'en' ? o.indicator.nameEn : o.indicator.nameZh, count: o.localities });
  const render = (list: readonly IndicatorOption[]) =>
    list.map((o) => (
      <option key={o.indicator.id} value={o.indicator.id}>
        {label(o)}
      </option>
    ));
  const single = matches.filter((o) => o.localities === 1);
  return (
    <div className="indicator-picker">
      <div className="field">
        <label htmlFor={searchId}>{t('compare.search')}</label>
        <input id={searchId} type="search" value={typed} placeholder={t('compare.searchHint')} onChange={(e) => setTyped(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={selectId}>{t('compare.indicator')}</label>
        <select id={selectId} value={indicator ?? ''} onChange={(e) => onChange(e.target.value)}>
          {CATEGORIES.map((domain) => {
            const inDomain = matches.filter((o) => o.localities > 1 && o.indicator.domain === domain);
            return inDomain.length === 0 ? null : (
              <optgroup key={domain} label={t(`category.${domain}`)}>
                {render(inDomain)}
              </optgroup>
            );
          })}
          {single.length > 0 && <optgroup label={t('compare.singlePlace')}>{render(single)}</optgroup>}
        </select>
      </div>
      {query !== '' && (
        <p className="hint" role="status">
          {t('compare.matches', { count: hits })}
        </p>
      )}
    </div>
  );
}
