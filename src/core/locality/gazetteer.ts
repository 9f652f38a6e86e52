/**
 * The gazetteer: administrative divisions indexed by code, full name and short name. A pure data
 * adapter: the CLI reads the rows from an npm package (scripts/load-gazetteer.ts), tests build a few by hand.
 */
import type { LocalityLevel } from '../../dataset/schema';
import { toShortNames, toZoneAbbreviation } from './place-names';

/** One division as the data source gives it. */
export interface DivisionRow {
  /** Division code: 420322 (county), 420322101 (township). Unique. */
  code: string;
  /** Full name with suffix: 郧西县. */
  name: string;
  level: LocalityLevel;
  /** Code of the parent division, null for a province. */
  parentCode: string | null;
}

/** A division with the short forms the gazetteer derived for it. */
export interface Division extends DivisionRow {
  /** 郧西 for 郧西县; 恩施, 恩施州 for 恩施土家族苗族自治州; 循环化工园区 for 石家庄循环化工园区. */
  shortNames: readonly string[];
}

/** Lookup over all divisions. Every lookup by name returns all candidates: names repeat across provinces. */
export interface Gazetteer {
  readonly size: number;
  byCode(code: string): Division | undefined;
  byFullName(name: string): readonly Division[];
  byShortName(name: string): readonly Division[];
  /**
   * The names (full or short) that start at `text[at]`, longest first: each is a name the lookups know.
   * The gazetteer's own strings, not slices of `text`: a caller looks them up without copying or hashing them anew.
   */
  namesAt(text: string, at: number): readonly string[];
  /**
   * The first position from `from` on where a name may start (`text.length` when none can): every
   * position skipped opens no name, so a scan asks namesAt only at the few that may.
   */
  findNameStart(text: string, from: number): number;
  /** Ancestors from the top (province) down, the division itself excluded. */
  ancestorsOf(code: string): Division[];
  /** True when `code` is `ancestorCode` or lies below it. */
  isWithin(code: string, ancestorCode: string): boolean;
}

const NONE: readonly Division[] = [];
const NO_NAMES: readonly string[] = [];

// Callers add each division once per key, so no duplicate check is needed here.
function addTo(index: Map<string, Division[]>, key: string, division: Division): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [division]);
  else list.push(division);
}

// A zone's name may drop its province and city (河北唐山芦台经济开发区 → 芦台经济开发区), abbreviate its kind
// (芜湖经济技术开发区 → 芜湖经开区), or take its city's full name (秦皇岛经济技术开发区 → 秦皇岛市经开区).
// Forms that are only descriptors (经济技术开发区) are generated too but never matched (isGenericZoneName).
function zoneAliases(row: Division, ancestors: readonly Division[]): string[] {
  const parent = ancestors.at(-1);
  if (row.level !== 'zone' || parent === undefined) return [];
  const prefixes = ancestors.flatMap((a) => [a.name, ...a.shortNames]);
  const cores = [row.name];
  for (let core = row.name, prefix = prefixes.find((p) => core.startsWith(p)); prefix !== undefined; prefix = prefixes.find((p) => core.startsWith(p))) {
    core = core.slice(prefix.length);
    if (core.length < 4) break;
    cores.push(core);
  }
  const last = cores.at(-1) ?? row.name;
  const withParent = last === row.name ? [] : [parent.name, ...parent.shortNames].map((p) => p + last);
  const forms = [...cores.slice(1), ...withParent];
  return [...forms, ...[row.name, ...forms].flatMap((f) => toZoneAbbreviation(f) ?? [])];
}

// Zones are few (≈120 of 45k rows): their ancestors are walked once here, before the cached chains exist.
function ancestorsFrom(division: Division, byCode: ReadonlyMap<string, Division>): Division[] {
  if (division.level !== 'zone') return [];
  const chain: Division[] = [];
  for (let parent = byCode.get(division.parentCode ?? ''); parent !== undefined && !chain.includes(parent); parent = byCode.get(parent.parentCode ?? '')) {
    chain.unshift(parent);
  }
  return chain;
}

/** Names by the code units of their first two characters; each list longest first, then in code-unit order. */
interface OpeningIndex {
  bySecondByFirst: (Map<number, string[]> | undefined)[];
  /**
   * One bit per hashed pair of opening code units: clear means no name opens with that pair. Almost
   * every position of a text opens no name, and one read of this table (64 kB, which stays in the
   * cache) turns it away; a Map lookup per position, in one of thousands of Maps, cost more than the
   * rest of place finding.
   */
  openingPairs: Uint32Array;
}

const PAIR_BITS = 19;

/** The bit of `openingPairs` for a pair of code units (the second -1 for a name of one code unit). */
function pairBit(first: number, second: number): number {
  return Math.imul(first ^ Math.imul(second + 1, 0x85ebca6b), 0x9e3779b1) >>> (32 - PAIR_BITS);
}

function createOpeningIndex(names: readonly string[]): OpeningIndex {
  // Filled up front: an array grown at scattered indices becomes a slow dictionary in V8.
  const bySecondByFirst = new Array<Map<number, string[]> | undefined>(0x10000).fill(undefined);
  const openingPairs = new Uint32Array((1 << PAIR_BITS) / 32);
  for (const name of new Set(names)) {
    if (name === '') continue;
    const bySecond = (bySecondByFirst[name.charCodeAt(0)] ??= new Map());
    const second = name.length > 1 ? name.charCodeAt(1) : -1;
    const bit = pairBit(name.charCodeAt(0), second);
    openingPairs[bit >>> 5] = (openingPairs[bit >>> 5] as number) | (1 << (bit & 31));
    const list = bySecond.get(second);
    if (list === undefined) bySecond.set(second, [name]);
    else list.push(name);
  }
  for (const bySecond of bySecondByFirst) {
    for (const list of bySecond?.values() ?? []) list.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  }
  return { bySecondByFirst, openingPairs };
}

/** The names in `candidates` (distinct, longest first) that `text` holds at `at`: at most one of each length. */
function matchNames(text: string, at: number, candidates: readonly string[]): readonly string[] {
  let names: string[] | null = null;
  for (const name of candidates) {
    if (!text.startsWith(name, at)) continue;
    if (names === null) names = [name];
    else names.push(name);
  }
  return names ?? NO_NAMES;
}

/** Indexes division rows. Rows whose parent is missing are kept as roots. */
export function createGazetteer(rows: readonly DivisionRow[]): Gazetteer {
  const codes = new Set(rows.map((row) => row.code));
  const byCode = new Map<string, Division>();
  const byFullName = new Map<string, Division[]>();
  const byShortName = new Map<string, Division[]>();
  for (const row of rows) {
    const parentCode = row.parentCode !== null && codes.has(row.parentCode) ? row.parentCode : null;
    const shortNames = toShortNames(row.name, row.level);
    const division: Division = { code: row.code, name: row.name, level: row.level, parentCode, shortNames };
    byCode.set(row.code, division);
    addTo(byFullName, row.name, division);
  }
  // Zone aliases need the parent's names, so they are added once every division is known.
  for (const division of byCode.values()) {
    const aliases = [...new Set(zoneAliases(division, ancestorsFrom(division, byCode)))].filter((alias) => alias !== division.name && !division.shortNames.includes(alias));
    const shortNames = aliases.length === 0 ? division.shortNames : [...division.shortNames, ...aliases];
    division.shortNames = shortNames;
    for (const short of shortNames) addTo(byShortName, short, division);
  }

  // Ancestor chains are asked for again and again while resolving context: computed once per division.
  const ancestorCache = new Map<string, readonly Division[]>();
  const ancestorChain = (code: string): readonly Division[] => {
    const cached = ancestorCache.get(code);
    if (cached) return cached;
    const chain: Division[] = [];
    const seen = new Set<string>([code]);
    for (let c = byCode.get(code)?.parentCode ?? null; c !== null && !seen.has(c); c = byCode.get(c)?.parentCode ?? null) {
      seen.add(c);
      const division = byCode.get(c);
      if (division === undefined) break;
      chain.unshift(division);
    }
    ancestorCache.set(code, chain);
    ancestorCodes.set(code, new Set(chain.map((d) => d.code)));
    return chain;
  };
  const ancestorCodes = new Map<string, ReadonlySet<string>>();
  const isWithin = (code: string, ancestorCode: string): boolean => {
    if (code === ancestorCode) return true;
    if (!ancestorCodes.has(code)) ancestorChain(code);
    return ancestorCodes.get(code)?.has(ancestorCode) ?? false;
  };

  // The names starting with each two characters: a scanner skips every position whose first two
  // characters open no name, which is almost all of them, and compares the few names that remain in
  // place. Indexed by code unit, first then second, because the scan asks at every character of every
  // article: slicing and hashing a string there, then looking up every length that might fit, cost
  // more than the rest of place finding together.
  const { bySecondByFirst, openingPairs } = createOpeningIndex([...byFullName.keys(), ...byShortName.keys()]);
  // A one-character name (none in the tables so far) is filed under -1 and read at the text's end only.
  const mayOpenAt = (text: string, at: number): boolean => {
    const bit = pairBit(text.charCodeAt(at), at + 1 < text.length ? text.charCodeAt(at + 1) : -1);
    return ((openingPairs[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  };

  return {
    size: byCode.size,
    byCode: (code) => byCode.get(code),
    byFullName: (name) => byFullName.get(name) ?? NONE,
    byShortName: (name) => byShortName.get(name) ?? NONE,
    namesAt: (text, at) => {
      if (!mayOpenAt(text, at)) return NO_NAMES;
      const candidates = bySecondByFirst[text.charCodeAt(at)]?.get(at + 1 < text.length ? text.charCodeAt(at + 1) : -1);
      return candidates === undefined ? NO_NAMES : matchNames(text, at, candidates);
    },
    findNameStart: (text, from) => {
      let at = from;
      while (at < text.length && !mayOpenAt(text, at)) at++;
      return Math.min(at, text.length);
    },
    ancestorsOf: (code) => [...ancestorChain(code)],
    isWithin,
  };
}
