export type ToSimplified = (text: string) => string;

let loading: Promise<ToSimplified> | null = null;

/**
 * The traditional → simplified converter, fetched on first use. Only the `opencc-js/t2cn` entry is
 * imported (about 55 kB gzip): full opencc-js is ten times that and the original script is in the
 * dataset anyway, so search queries are the only text that ever needs converting in the browser.
 */
export function loadToSimplified(): Promise<ToSimplified> {
  loading ??= import('opencc-js/t2cn').then((opencc) => opencc.Converter({ from: 't', to: 'cn' }));
  return loading;
}

// Any Han character, astral extensions included: enough to tell "this query has Chinese in it".
const HAN = /\p{Script=Han}/u;

/**
 * True when the query holds a Han character that the (simplified) dataset never uses, so it may be
 * traditional and worth converting. Keeps the converter unloaded for the usual simplified query.
 * @example hasUnfamiliarHan('縣', new Set('县区')) // true
 */
export function hasUnfamiliarHan(query: string, familiar: Pick<ReadonlySet<string>, 'has'>): boolean {
  for (const char of query) if (HAN.test(char) && !familiar.has(char)) return true;
  return false;
}
