/**
 * Turns suffixed names (parks, villages, communities) into places under the parent the text gives them:
 * the name written just before (南通|苏锡通科技产业园区), else a fallback chosen by the caller.
 * Forms of one park merge: 苏锡通科技产业园区 and 苏锡通园区 share the core 苏锡通.
 */
import type { PlaceBook } from './place-book';
import { SUBTITLE_BLOCK, type PlaceAnchor } from './place-anchor';
import type { SuffixedPlace } from './find-suffixed-places';
import { toZoneAbbreviation, ZONE_WORD } from './place-names';

const TRAILING_DESCRIPTOR = /(?:高新技术|经济技术|科技|产业|工业|化工|经济|技术|高新|现代|物流|农业|生态|创新|综合)$/;

/** 苏锡通科技产业园区 → 苏锡通: the part of a park's name that tells it apart. */
export function toZoneCore(name: string): string {
  let stem = name.replace(ZONE_WORD, '');
  for (let shorter = stem.replace(TRAILING_DESCRIPTOR, ''); shorter !== stem && shorter.length >= 2; shorter = stem.replace(TRAILING_DESCRIPTOR, '')) {
    stem = shorter;
  }
  return stem;
}

const anchorOf = (place: SuffixedPlace, placeId: string, confidence: number): PlaceAnchor => ({
  block: place.block, start: place.start, end: place.end, placeId, confidence, source: 'name',
});

// A generic park is named by the place written before it: 忠堡镇|工业园区, 天津|经济技术开发区.
function writtenUnderParent(place: SuffixedPlace): string {
  return place.generic && place.parent !== null ? place.parent.text + place.text : place.text;
}

// 天津经济技术开发区 and 天津经开区, 忠堡镇工业园区 and 忠堡工业园区: one park under one parent, whatever the
// kind's spelling (official or abbreviated) and the parent's (full or short).
function groupKey(place: SuffixedPlace): string {
  if (place.level !== 'zone') return `${place.level}:${place.text}:${place.start}:${place.block}`;
  if (!place.generic) return `zone:${toZoneCore(place.text)}`;
  const parent = place.parent?.division?.code ?? `${place.block}:${place.start}`;
  return `zone:${parent}:${toZoneAbbreviation(place.text) ?? place.text}`;
}

/** Adds every suffixed place that has a parent (its own, or one of its group's); returns anchors and the rest. */
export function resolveSuffixedPlaces(
  found: readonly SuffixedPlace[], book: PlaceBook,
): { anchors: PlaceAnchor[]; orphans: SuffixedPlace[] } {
  const anchors: PlaceAnchor[] = [];
  const orphans: SuffixedPlace[] = [];
  const named = found.filter((p) => !(p.generic && p.parent === null));
  const groups = new Map<string, SuffixedPlace[]>();
  for (const place of named) groups.set(groupKey(place), [...(groups.get(groupKey(place)) ?? []), place]);
  for (const group of groups.values()) {
    const parented = group.find((p) => p.parent?.division);
    const parentDivision = parented?.parent?.division;
    if (parented === undefined || parentDivision == null) {
      orphans.push(...group);
      continue;
    }
    const parentId = book.addDivision(parentDivision, parented.parent?.form === 'short' ? parented.parent.text : undefined);
    // The official form names the park (the longest written: 天津经济技术开发区); the others are aliases.
    const written = [...new Set(group.map(writtenUnderParent))];
    const name = written.reduce((a, b) => (b.length > a.length ? b : a));
    const aliases = [...written, ...written.flatMap((w) => toZoneAbbreviation(w) ?? [])];
    if (parented.level === 'zone' && !parented.generic && name.endsWith('园区')) aliases.push(toZoneCore(name) + '园区');
    const id = book.addNamed(name, parented.level, parentId, aliases);
    for (const place of group) anchors.push(anchorOf(place, id, 0.85));
  }
  return { anchors, orphans };
}

/**
 * Adds orphans under a parent the caller picks (null: dropped). A park never written after a place must
 * recur or stand in the headline to count: a single 并结合园区 is a verb phrase, not a park.
 */
export function adoptOrphans(
  orphans: readonly SuffixedPlace[], book: PlaceBook, parentFor: (place: SuffixedPlace) => string | null,
): PlaceAnchor[] {
  const groups = new Map<string, SuffixedPlace[]>();
  for (const place of orphans) {
    const key = place.level === 'zone' ? `zone:${toZoneCore(place.text)}` : `village:${place.text}`;
    groups.set(key, [...(groups.get(key) ?? []), place]);
  }
  return [...groups.values()].flatMap((group) => {
    const [first] = group;
    if (first === undefined) return [];
    if (first.level === 'zone' && group.length < 2 && first.block > SUBTITLE_BLOCK) return [];
    const parentId = parentFor(first);
    if (parentId === null) return [];
    const longest = group.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const aliases = group.map((p) => p.text);
    if (first.level === 'zone' && longest.text.endsWith('园区')) aliases.push(toZoneCore(longest.text) + '园区');
    const id = book.addNamed(longest.text, first.level, parentId, aliases);
    return group.map((place) => anchorOf(place, id, 0.7));
  });
}
