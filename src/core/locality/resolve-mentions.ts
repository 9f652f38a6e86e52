/**
 * Picks one division per mention using the article as context: chains (襄阳市樊城区), other places
 * in the article (城关镇 next to 郧西县), and the rule that a short form needs corroboration.
 */
import type { Division, Gazetteer } from './gazetteer';
import type { PlaceMention } from './find-place-mentions';

/** A mention with the division chosen for it, or null when the context does not decide. */
export interface ResolvedMention extends PlaceMention {
  division: Division | null;
  confidence: number;
  /** True when the next mention continues this one as a chain (湖北省|十堰市|郧西县): it only qualifies it. */
  qualifies: boolean;
}

const isRelated = (gazetteer: Gazetteer, a: Division, b: Division): boolean =>
  gazetteer.isWithin(a.code, b.code) || gazetteer.isWithin(b.code, a.code);

/** Names a headline separates by a phrase space (某市某区 某街道) still chain. */
const CHAIN_GAP = /^\s?$/u;

// 湖北省十堰市郧西县, 江苏南通: adjacent names where each lies inside the one before form a chain.
function narrowChains(
  mentions: PlaceMention[],
  licensed: readonly Division[][],
  gazetteer: Gazetteer,
  texts: readonly string[],
): { candidates: Division[]; qualifies: boolean; chained: boolean }[] {
  const narrowed = licensed.map((candidates) => ({ candidates: [...candidates], qualifies: false, chained: false }));
  for (let i = 1; i < mentions.length; i++) {
    const previous = mentions[i - 1];
    const current = mentions[i];
    const before = narrowed[i - 1];
    const here = narrowed[i];
    if (!previous || !current || !before || !here || previous.block !== current.block) continue;
    if (previous.end > current.start || !CHAIN_GAP.test((texts[current.block] ?? '').slice(previous.end, current.start))) continue;
    const inner = here.candidates.filter((c) => before.candidates.some((p) => c.code !== p.code && gazetteer.isWithin(c.code, p.code)));
    if (inner.length === 0) continue;
    here.candidates = inner;
    before.candidates = before.candidates.filter((p) => inner.some((c) => gazetteer.isWithin(c.code, p.code)));
    before.qualifies = true;
    before.chained = true;
    here.chained = true;
  }
  return narrowed;
}

// A short form of a township (大竹园 for 大竹园镇) is only read once the full name occurs in the article.
// Dropped before chains are read: in 凭祥市友谊关口岸 the 友谊 of 友谊镇 does not continue 凭祥市, which
// would otherwise only qualify a chain that then names nothing.
function findLicensedCandidates(mentions: readonly PlaceMention[]): Division[][] {
  const fullNames = new Set(mentions.filter((m) => m.form === 'full').map((m) => m.text));
  return mentions.map((m) =>
    m.form === 'short' ? m.candidates.filter((d) => d.level !== 'township' || fullNames.has(d.name)) : [...m.candidates]);
}

function support(division: Division, anchors: readonly Division[], gazetteer: Gazetteer): number {
  return anchors.filter((a) => a.code !== division.code && isRelated(gazetteer, a, division)).length;
}

// 咸丰发展提速 … 全县干部 … 咸丰干部: a short form used twice in an article that also speaks of 全县 or
// 县委 is that county, even when its full name never appears. A word like 博爱 has no such echo.
function repeatedGovernedShorts(mentions: readonly PlaceMention[], chosen: readonly (Division | null)[], referencedUnits: ReadonlySet<string>): Set<string> {
  const counts = new Map<string, number>();
  mentions.forEach((m, i) => {
    const d = chosen[i];
    if (m.form === 'short' && d != null && m.governing) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  });
  const codes = new Set<string>();
  for (const [code, count] of counts) {
    const unit = chosen.find((d) => d?.code === code)?.name.slice(-1) ?? '';
    if (count >= 2 && referencedUnits.has(unit)) codes.add(code);
  }
  return codes;
}

// 自然资源局 twice in a 湄潭县 article: a repeated short form (资源) in another province than every full
// name the article gives is a word, not a county.
function withoutOtherProvinces(codes: Set<string>, fullCodes: ReadonlySet<string | undefined>, gazetteer: Gazetteer): Set<string> {
  const provinceOf = (code: string): string => gazetteer.ancestorsOf(code)[0]?.code ?? code;
  const provinces = new Set([...fullCodes].flatMap((c) => (c === undefined ? [] : [provinceOf(c)])));
  if (provinces.size === 0) return codes;
  return new Set([...codes].filter((code) => provinces.has(provinceOf(code))));
}

// 吉林 alone: province and city share the short form; a bare short form conventionally means the larger one.
function preferProvince(list: readonly Division[]): Division | null {
  const provinces = list.filter((d) => d.level === 'province');
  return provinces.length === 1 && list.length > 1 ? (provinces[0] ?? null) : null;
}

// 芷江县 for 芷江侗族自治县, 恩施州, 芜湖经开区: a short form that keeps a level word names a place as
// surely as the full name; only the bare stem (芷江, 博爱) can be an ordinary word.
const LEVEL_MARKED = /(?:省|市|州|盟|县|旗|区)$/;

/**
 * Chooses a division for every mention; ambiguous ones without context stay null.
 * Only trusted mentions give context: full names, provinces, chains (襄阳樊城), and short forms once
 * corroborated. 博爱, 大方, 振兴 are county short forms and ordinary words: alone they name nothing.
 */
export function resolveMentions(
  mentions: PlaceMention[],
  gazetteer: Gazetteer,
  referencedUnits: ReadonlySet<string> = new Set(),
  texts: readonly string[] = [],
  page: readonly Division[] = [],
): ResolvedMention[] {
  const narrowed = narrowChains(mentions, findLicensedCandidates(mentions), gazetteer, texts);
  const candidates = narrowed.map((n) => n.candidates);
  const chosen: (Division | null)[] = candidates.map((c) => (c.length === 1 && c[0] ? c[0] : null));
  const confidence: number[] = chosen.map((d) => (d === null ? 0 : 0.95));
  const fullCodes = new Set(mentions.flatMap((m, i) => (m.form === 'full' && chosen[i] ? [chosen[i]?.code] : [])));
  const repeated = withoutOtherProvinces(repeatedGovernedShorts(mentions, chosen, referencedUnits), fullCodes, gazetteer);
  const trusted = mentions.map((m, i) => {
    const d = chosen[i];
    return d != null && (m.form === 'full' || LEVEL_MARKED.test(m.text) || d.level === 'province' || fullCodes.has(d.code) || narrowed[i]?.chained === true || repeated.has(d.code));
  });

  // Passes: a mention settled in one pass can settle or corroborate another in the next.
  for (let pass = 0; pass < 3; pass++) {
    const anchors = chosen.filter((d, i): d is Division => d !== null && trusted[i] === true);
    candidates.forEach((list, i) => {
      const current = chosen[i];
      if (current != null) {
        if (!trusted[i] && support(current, anchors, gazetteer) > 0) trusted[i] = true;
        return;
      }
      if (list.length < 2) return;
      const scored = list.map((d) => ({ d, s: support(d, anchors, gazetteer) })).sort((a, b) => b.s - a.s);
      const [best, second] = scored;
      if (best && best.s > 0 && (second === undefined || best.s > second.s)) {
        chosen[i] = best.d;
        confidence[i] = 0.8;
        trusted[i] = true;
      }
    });
  }
  // 桂城街道 in two cities, on a page of 佛山日报: what the page names settles what the article alone does not.
  // Only full names: a short form (南海) may be a word, and the page only narrows, it never names.
  if (page.length > 0) {
    candidates.forEach((list, i) => {
      if (trusted[i] || mentions[i]?.form !== 'full' || list.length === 0) return;
      const framed = list.filter((d) => page.some((p) => isRelated(gazetteer, d, p)));
      if (framed.length !== 1 || framed[0] === undefined) return;
      chosen[i] = framed[0];
      confidence[i] = 0.7;
      trusted[i] = true;
    });
  }
  candidates.forEach((list, i) => {
    const province = chosen[i] == null && mentions[i]?.form === 'short' ? preferProvince(list) : null;
    if (province === null) return;
    chosen[i] = province;
    confidence[i] = 0.5;
    trusted[i] = true;
  });

  // Written out rather than spread (the mention's fields, in its order): spreading into a larger record
  // was the costliest line of the locality stage.
  return mentions.map((m, i) => ({
    start: m.start, end: m.end, text: m.text, form: m.form, candidates: m.candidates, block: m.block, governing: m.governing,
    division: trusted[i] ? (chosen[i] ?? null) : null,
    confidence: trusted[i] ? (confidence[i] ?? 0) : 0,
    qualifies: narrowed[i]?.qualifies ?? false,
  }));
}
