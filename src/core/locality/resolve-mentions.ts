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

// 湖北省十堰市郧西县, 江苏南通: adjacent names where each lies inside the one before form a chain.
function narrowChains(mentions: PlaceMention[], gazetteer: Gazetteer): { candidates: Division[]; qualifies: boolean }[] {
  const narrowed = mentions.map((m) => ({ candidates: [...m.candidates], qualifies: false }));
  for (let i = 1; i < mentions.length; i++) {
    const previous = mentions[i - 1];
    const current = mentions[i];
    const before = narrowed[i - 1];
    const here = narrowed[i];
    if (!previous || !current || !before || !here || previous.block !== current.block || previous.end !== current.start) continue;
    const inner = here.candidates.filter((c) => before.candidates.some((p) => c.code !== p.code && gazetteer.isWithin(c.code, p.code)));
    if (inner.length === 0) continue;
    here.candidates = inner;
    before.candidates = before.candidates.filter((p) => inner.some((c) => gazetteer.isWithin(c.code, p.code)));
    before.qualifies = true;
  }
  return narrowed;
}

// A short form of a township (大竹园 for 大竹园镇) is only read once the full name occurs in the article.
function dropUnlicensedTownShorts(mentions: PlaceMention[], candidates: Division[][]): void {
  const fullNames = new Set(mentions.filter((m) => m.form === 'full').map((m) => m.text));
  mentions.forEach((m, i) => {
    if (m.form === 'short') candidates[i] = (candidates[i] ?? []).filter((d) => d.level !== 'township' || fullNames.has(d.name));
  });
}

function support(division: Division, anchors: readonly Division[], gazetteer: Gazetteer): number {
  return anchors.filter((a) => a.code !== division.code && isRelated(gazetteer, a, division)).length;
}

/** Chooses a division for every mention; ambiguous ones without context stay null. */
export function resolveMentions(mentions: PlaceMention[], gazetteer: Gazetteer): ResolvedMention[] {
  const narrowed = narrowChains(mentions, gazetteer);
  const candidates = narrowed.map((n) => n.candidates);
  dropUnlicensedTownShorts(mentions, candidates);
  const chosen: (Division | null)[] = candidates.map((c) => (c.length === 1 && c[0] ? c[0] : null));
  const confidence: number[] = chosen.map((d) => (d === null ? 0 : 0.95));

  // Two passes: a mention settled in the first pass can settle another in the second.
  for (let pass = 0; pass < 2; pass++) {
    const anchors = chosen.filter((d): d is Division => d !== null);
    candidates.forEach((list, i) => {
      if (chosen[i] !== null || list.length < 2) return;
      const scored = list.map((d) => ({ d, s: support(d, anchors, gazetteer) })).sort((a, b) => b.s - a.s);
      const [best, second] = scored;
      if (best && best.s > 0 && (second === undefined || best.s > second.s)) {
        chosen[i] = best.d;
        confidence[i] = 0.8;
      }
    });
  }

  // 吉林 alone: province and city share the short form; a bare short form conventionally means the larger one.
  candidates.forEach((list, i) => {
    if (chosen[i] !== null || mentions[i]?.form !== 'short' || list.length < 2) return;
    const top = [...list].sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
    if (top[0] && top[1] && top[0].level !== top[1].level && top[0].level === 'province') {
      chosen[i] = top[0];
      confidence[i] = 0.5;
    }
  });

  const resolved = mentions.map((m, i) => ({
    ...m,
    division: chosen[i] ?? null,
    confidence: confidence[i] ?? 0,
    qualifies: narrowed[i]?.qualifies ?? false,
  }));
  return dropUncorroboratedShorts(resolved, gazetteer);
}

// 博爱, 大方, 江山 are county short forms and ordinary words: a short form counts only when the article
// also names its full form or a related place, or when it is a province (湖北, 江苏).
function dropUncorroboratedShorts(resolved: ResolvedMention[], gazetteer: Gazetteer): ResolvedMention[] {
  const fullCodes = new Set(resolved.filter((m) => m.form === 'full' && m.division).map((m) => m.division?.code));
  const accepted = resolved.filter((m) => m.division && (m.form === 'full' || m.division.level === 'province')).map((m) => m.division as Division);
  return resolved.map((m) => {
    const d = m.division;
    if (d === null || m.form === 'full' || d.level === 'province' || fullCodes.has(d.code)) return m;
    const corroborated = accepted.some((a) => a.code !== d.code && isRelated(gazetteer, a, d)) ||
      resolved.some((o) => o !== m && o.division && o.division.code !== d.code && isRelated(gazetteer, o.division, d) && o.form === 'short' && o.division.level !== 'township');
    return corroborated ? m : { ...m, division: null, confidence: 0 };
  });
}
