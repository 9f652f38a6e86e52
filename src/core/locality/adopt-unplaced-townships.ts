/**
 * A township name the gazetteer knows only elsewhere (江海街道 in an article about a park whose
 * streets the statistical codes do not list) is the article's own: it is added under the article's
 * county or zone rather than left unresolved or sent to another province.
 */
import type { Gazetteer } from './gazetteer';
import type { PlaceBook } from './place-book';
import type { PlaceAnchor } from './place-anchor';
import type { ResolvedMention } from './resolve-mentions';

// 新建镇区污水管网, 建设镇区, 镇村两级: a township name from far away that runs into 区 or 村 is a verb and
// the word 镇区; one right after a township of the article (皂郊镇|新建镇区) cannot be a place inside it.
const RUNS_INTO_WORD = /^[区村]/u;

function readsAsWords(mention: ResolvedMention, previous: ResolvedMention | undefined, blocks: readonly string[]): boolean {
  if (RUNS_INTO_WORD.test((blocks[mention.block] ?? '').slice(mention.end))) return true;
  return previous !== undefined && previous.block === mention.block && previous.end === mention.start && previous.division?.level === 'township';
}

/** Anchors for unresolved full township names, under the article's county-level place. */
export function adoptUnplacedTownships(
  mentions: readonly ResolvedMention[], articlePlaceId: string | null, book: PlaceBook, gazetteer: Gazetteer, blocks: readonly string[],
): PlaceAnchor[] {
  const host = articlePlaceId === null ? undefined : book.lineage(articlePlaceId).find((n) => n.level === 'county' || n.level === 'zone');
  const hostCode = host?.code ?? book.lineage(host?.id ?? '').find((n) => n.code !== null)?.code ?? null;
  if (host === undefined || hostCode === null) return [];
  // The host's prefecture: a candidate inside it is a real rival, not a namesake far away.
  const prefecture = gazetteer.ancestorsOf(hostCode).find((d) => d.level === 'prefecture')?.code ?? hostCode;
  return mentions.flatMap((m, i) => {
    const unplaced = m.division === null && m.form === 'full' && m.governing &&
      m.candidates.every((c) => c.level === 'township' && !gazetteer.isWithin(c.code, prefecture));
    if (!unplaced || readsAsWords(m, mentions[i - 1], blocks)) return [];
    const placeId = book.addNamed(m.text, 'township', host.id);
    return [{ block: m.block, start: m.start, end: m.end, placeId, confidence: 0.5, source: 'name' as const }];
  });
}
