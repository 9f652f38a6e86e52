import { useEffect, useMemo, useState } from 'react';
import type { DatasetIndex } from './create-dataset-index';
import { hasUnfamiliarHan, loadToSimplified } from './load-to-simplified';
import { rememberEach } from './remember-each';

/**
 * The query in simplified characters. A query the dataset's own characters already cover is used
 * as typed; otherwise the converter is loaded and the converted query replaces it once ready.
 */
export function useSimplifiedQuery(index: DatasetIndex | null, query: string): string {
  // Read only once there is a query: the first screen, with no search yet, need not spend it.
  const searching = query !== '';
  const familiar = useMemo(() => (index && searching ? selectFamiliarHan(index) : NONE), [index, searching]);
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

const NONE: ReadonlySet<string> = new Set();
const familiarOfIndex = new WeakMap<DatasetIndex, Pick<ReadonlySet<string>, 'has'>>();

/**
 * Whether a character occurs in the texts a search looks at, asked per character of the query and
 * remembered: a usual character turns up within the first texts read, and only a character the
 * dataset lacks reads them all, once. Putting the two million characters of 100,000 figures into a
 * set took a third of a second on the first keystroke; joining them, a tenth.
 */
function selectFamiliarHan(index: DatasetIndex): Pick<ReadonlySet<string>, 'has'> {
  let familiar = familiarOfIndex.get(index);
  if (!familiar) {
    const { dataset } = index;
    const occurs = rememberEach((char: string): boolean =>
      dataset.figures.some((f) => f.text.includes(char) || f.metric.includes(char) || f.unit.includes(char)) ||
      dataset.articles.some((a) => a.title.includes(char)) ||
      dataset.localities.some((l) => l.fullName.includes(char) || l.aliases.some((alias) => alias.includes(char))));
    familiar = { has: occurs };
    familiarOfIndex.set(index, familiar);
  }
  return familiar;
}
