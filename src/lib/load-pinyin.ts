import { matchesPinyin, normalizeReading, type Readings } from './match-pinyin';

/** Matches pinyin queries (already normalised) against Chinese texts; readings are worked out once per text. */
export interface PinyinMatcher {
  matches(text: string, query: string): boolean;
}

let loading: Promise<PinyinMatcher> | null = null;

/**
 * The pinyin matcher, fetched on first use: pinyin-pro carries a dictionary of every character's
 * readings (about 100 kB gzip), which only a query typed in Latin letters needs.
 */
export function loadPinyin(): Promise<PinyinMatcher> {
  loading ??= import('pinyin-pro').then(({ polyphonic }) => {
    const cache = new Map<string, Readings>();
    const readingsOf = (text: string): Readings => {
      let readings = cache.get(text);
      if (!readings) {
        // Every reading of a polyphonic character counts: 长寿 is found by changshou, whatever the dictionary's guess.
        readings = polyphonic(text, { type: 'array', toneType: 'none' }).map((options) => [...new Set(options.map(normalizeReading))]);
        cache.set(text, readings);
      }
      return readings;
    };
    return { matches: (text, query) => matchesPinyin(readingsOf(text), query) };
  });
  return loading;
}
