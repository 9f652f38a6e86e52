/**
 * A cheap test for "this converter would leave the text as it is", read off the converter's own
 * dictionaries. Most lines of simplified web pages and newspaper columns hold no traditional character,
 * yet the converter walks its tries over every one of them; the gate lets those lines skip it.
 *
 * Why it is exact: a converter changes text only where a key whose replacement differs from it
 * matches, and a key matches only where every one of its characters is present. So it is enough to
 * know, for every such key, one of its characters: a text holding none of them is left unchanged by
 * every dictionary of the chain (each stage then hands the next the same text).
 */

/** A dictionary as opencc-js takes it: `"key value|key value"` or `[key, value]` pairs, or groups of them. */
export type ConversionDictionaries = string | readonly unknown[];

/** True when the converter built from the dictionaries may change `text`; false only when it surely does not. */
export type ConversionGate = (text: string) => boolean;

/** The gate for the converter built from `dictionaries` (every normalisation and conversion dictionary). */
export function createConversionGate(dictionaries: ConversionDictionaries): ConversionGate {
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  for (const char of pickGateCharacters(findChangingKeys(dictionaries))) {
    const code = char.codePointAt(0) as number;
    if (code > 0xffff) astral.add(code);
    else bmp[code] = 1;
  }
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (bmp[unit] === 1) return true;
      // A high surrogate opens an astral character: look the whole code point up.
      if (unit >= 0xd800 && unit <= 0xdbff && astral.size > 0 && astral.has(text.codePointAt(i) as number)) return true;
    }
    return false;
  };
}

/** Keys whose replacement differs from them; a key that maps to itself never changes a text. */
function findChangingKeys(dictionaries: ConversionDictionaries): string[] {
  const keys: string[] = [];
  const add = (key: string, value: string): void => {
    if (key !== value && key !== '') keys.push(key);
  };
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      // The format opencc-js reads: entries split on |, key and value on the first space.
      for (const entry of node.split('|')) {
        const [key = '', value = ''] = entry.split(' ');
        add(key, value);
      }
    } else if (Array.isArray(node)) {
      const [key, value] = node as unknown[];
      // A pair's key holds no separator; a group of two one-entry dictionaries ("a b", "c d") does.
      if (node.length === 2 && typeof key === 'string' && typeof value === 'string' && !/[| ]/u.test(key)) add(key, value);
      else node.forEach(walk);
    }
  };
  walk(dictionaries);
  return keys;
}

/**
 * One character per key: every one-character key is its own, and a phrase that holds one of those
 * needs nothing more. A phrase that holds none (一目瞭然, 反覆, 沈思: an ambiguous character read by
 * phrase) is known by the character most such phrases share, which is that ambiguous one, rare in
 * simplified text; any choice would be exact, this one lets the most lines skip.
 */
function pickGateCharacters(keys: readonly string[]): Set<string> {
  const gate = new Set(keys.filter((key) => [...key].length === 1));
  const phrases = keys.filter((key) => ![...key].some((char) => gate.has(char)));
  const sharedBy = new Map<string, number>();
  for (const phrase of phrases) for (const char of new Set(phrase)) sharedBy.set(char, (sharedBy.get(char) ?? 0) + 1);
  for (const phrase of phrases) {
    const chars = [...new Set(phrase)];
    const best = chars.reduce((a, b) => ((sharedBy.get(b) ?? 0) > (sharedBy.get(a) ?? 0) ? b : a));
    gate.add(best);
  }
  return gate;
}
