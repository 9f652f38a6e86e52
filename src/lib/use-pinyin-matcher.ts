import { useEffect, useState } from 'react';
import { loadPinyin, type PinyinMatcher } from './load-pinyin';
import { normalizePinyin } from './match-pinyin';

/**
 * The pinyin matcher while the query has a term in pinyin, else null. The matcher is loaded on the
 * first such query; until it is ready, the search is by characters only.
 */
export function usePinyinMatcher(query: string): PinyinMatcher | null {
  const wanted = query.split(/\s+/u).some((term) => normalizePinyin(term) !== null);
  const [matcher, setMatcher] = useState<PinyinMatcher | null>(null);
  useEffect(() => {
    if (!wanted || matcher !== null) return;
    let current = true;
    void loadPinyin().then((loaded) => {
      if (current) setMatcher(loaded);
    });
    return () => {
      current = false;
    };
  }, [wanted, matcher]);
  return wanted ? matcher : null;
}
