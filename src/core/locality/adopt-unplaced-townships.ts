/**
 * A township name the gazetteer knows only elsewhere (江海街道 in an article about a park whose
 * streets the statistical codes do not list) is the article's own: it is added under the article's
 * county or zone rather than left unresolved or sent to another province.
 */
import type { Gazetteer } from './gazetteer';
import type { PlaceBook } from './place-book';
import type { PlaceAnchor } from './place-anchor';
import type { ResolvedMention } from './resolve-mentions';

/** Anchors for unresolved full township names, under the article's county-level place. */
export function adoptUnplacedTownships(
  mentions: readonly ResolvedMention[], articlePlaceId: string | null, book: PlaceBook, gazetteer: Gazetteer,
): PlaceAnchor[] {
  const host = articlePlaceId === null ? undefined : book.lineage(articlePlaceId).find((n) => n.level === 'county' || n.level === 'zone');
  const hostCode = host?.code ?? book.lineage(host?.id ?? '').find((n) => n.code !== null)?.code ?? null;
  if (host === undefined || hostCode === null) return [];
  // The host's prefecture: a candidate inside it is a real rival, not a namesake far away.
  const prefecture = gazetteer.ancestorsOf(hostCode).find((d) => d.level === 'prefecture')?.code ?? hostCode;
  return mentions.flatMap((m) => {
    const unplaced = m.division === null && m.form === 'full' && m.governing &&
      m.candidates.every((c) => c.level === 'township' && !gazetteer.isWithin(c.code, prefecture));
    if (!unplaced) return [];
    const placeId = book.addNamed(m.text, 'township', host.id);
    return [{ block: m.block, start: m.start, end: m.end, placeId, confidence: 0.5, source: 'name' as const }];
  });
}
