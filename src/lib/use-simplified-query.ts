import { useEffect, useMemo, useState } from 'react';
import type { DatasetIndex } from './create-dataset-index';
import { hasUnfamiliarHan, loadToSimplified } from './load-to-simplified';

/**
 * The query in simplified characters. A query the dataset's own characters already cover is used
 * as typed; otherwise the converter is loaded and the converted query replaces it once ready.
 */
export function useSimplifiedQuery(index: DatasetIndex | null, query: string): string {
  // Read only once there is a query: every character of 100,000 figures takes a fifth of a second,
  // which the first screen, with no search yet, need not spend.
  const searching = query !== '';
  const familiar = useMemo(() => (index && searching ? selectFamiliarHan(index) : new Set<string>()), [index, searching]);
  const needsConverting = index !== null && hasUnfamiliarHan(query, familiar);
  const [converted, setConverted] = useState<{ from: string; to: string } | null>(null);

  useEffect(() => {
    if (!needsConverting) return;
    let current = true;
    void loadToSimplified().then((toSimplified) => {
      if (current) setConverted({ from: query, to: toSimplified(query) });
    });
    return () => {
      current = false;
    };
  }, [query, needsConverting]);

  return needsConverting && converted?.from === query ? converted.to : query;
}

/** Every character of the texts a search looks at. */
function selectFamiliarHan(index: DatasetIndex): Set<string> {
  const { dataset } = index;
  const texts = [
    ...dataset.localities.flatMap((l) => [l.fullName, ...l.aliases]),
    ...dataset.figures.flatMap((f) => [f.text, f.metric, f.unit]),
    ...dataset.articles.map((a) => a.title),
  ];
  return new Set(texts.join(''));
}
