/**
 * The place an article is mainly about: a vote of its named places, where the headline counts most,
 * the lede more than the body, and a place named inside another's chain (湖北省|十堰市) is only a qualifier.
 */
import type { ParagraphRole } from '../../dataset/schema';
import type { Attribution } from '../types';
import type { PlaceBook } from './place-book';
import type { PlaceReference } from './find-place-references';
import { SUBTITLE_BLOCK, TITLE_BLOCK, type PlaceAnchor } from './place-anchor';
import { resolvePlaceReference } from './resolve-place-reference';

const HEADLINE_WEIGHTS: Readonly<Record<number, number>> = { [TITLE_BLOCK]: 6, [SUBTITLE_BLOCK]: 5 };
const LEDE_WEIGHT = 2;

/**
 * Vote weight of each block: headline 6, subtitle 5, lede 2, body 1. Paragraphs that repeat the
 * headline (role title/subtitle) weigh nothing: the headline already voted. A title derived from the
 * text (no headline was printed) weighs nothing either: its words are the lede's, which votes as the lede.
 */
export function toBlockWeights(paragraphRoles: readonly ParagraphRole[], titleDerived = false): number[] {
  const lede = paragraphRoles.findIndex((role) => role === 'body');
  return [
    titleDerived ? 0 : (HEADLINE_WEIGHTS[TITLE_BLOCK] ?? 1),
    HEADLINE_WEIGHTS[SUBTITLE_BLOCK] ?? 1,
    ...paragraphRoles.map((role, i) => (role === 'title' || role === 'subtitle' ? 0 : i === lede ? LEDE_WEIGHT : 1)),
  ];
}
/** Share of a place's votes that its ancestors also receive: a county named twice over its towns named once each. */
const ROLL_UP = 0.5;

// 芷江县 named six times under 湖南省 named twice: a parent gains from votes spread over several of its
// branches, never from its strongest branch alone, or a province would outvote the one county it frames.
function rollUp(branches: ReadonlyMap<string, number>): number {
  let sum = 0;
  let strongest = 0;
  for (const votes of branches.values()) {
    sum += votes;
    strongest = Math.max(strongest, votes);
  }
  return ROLL_UP * (sum - strongest);
}

// Sums of confidences (one city named at 0.95 against half of two more at 0.95) must tie when equal on paper.
const toVotePrecision = (score: number): number => Math.round(score * 1e6) / 1e6;

/** Named branches an unnamed parent needs before it may win the vote: three cities, not a pair compared. */
const MIN_UNNAMED_BRANCHES = 3;

/** Picks the article's main place among named anchors; null placeId when none. */
export function resolveArticleLocality(anchors: readonly PlaceAnchor[], weights: readonly number[], book: PlaceBook): Attribution {
  const direct = new Map<string, number>();
  // Votes each place receives from below it, per child branch they come through.
  const branches = new Map<string, Map<string, number>>();
  const headline = new Set<string>();
  for (const anchor of anchors) {
    if (anchor.source !== 'name') continue;
    const weight = (weights[anchor.block] ?? 1) * anchor.confidence;
    if (weight === 0) continue;
    if (anchor.block <= SUBTITLE_BLOCK) headline.add(anchor.placeId);
    direct.set(anchor.placeId, (direct.get(anchor.placeId) ?? 0) + weight);
    const lineage = book.lineage(anchor.placeId);
    lineage.forEach((node, depth) => {
      const child = lineage[depth - 1];
      if (child === undefined) return;
      const perBranch = branches.get(node.id) ?? new Map<string, number>();
      perBranch.set(child.id, (perBranch.get(child.id) ?? 0) + weight);
      branches.set(node.id, perBranch);
    });
  }
  // A province summarised city by city, never named itself: the parent of several named branches stands
  // as a candidate too, on its rolled-up votes alone.
  const parents = [...branches.entries()].filter(([id, perBranch]) => perBranch.size >= MIN_UNNAMED_BRANCHES && !direct.has(id)).map(([id]) => id);
  const ranked = [...direct.entries(), ...parents.map((id) => [id, 0] as const)]
    .map(([id, votes]) => ({ id, score: toVotePrecision(votes + rollUp(branches.get(id) ?? new Map())), depth: book.lineage(id).length, summary: direct.has(id) ? 0 : 1 }))
    // Three cities named alike tie with their unnamed province: the article is about none of them alone.
    .sort((a, b) => b.score - a.score || b.summary - a.summary || b.depth - a.depth);
  const best = ranked[0];
  if (best === undefined) return { placeId: null, confidence: 0 };
  if (isAboutSeveralTopPlaces(best.score, direct, book)) return { placeId: null, confidence: 0 };
  const sum = ranked.reduce((s, r) => s + r.score, 0);
  const confidence = headline.has(best.id) ? 0.95 : Math.min(0.9, 0.5 + 0.4 * (best.score / sum));
  return { placeId: descendToFocus(best.id, anchors, weights, book), confidence: Math.round(confidence * 100) / 100 };
}

/**
 * 多地晒出上半年营商环境成绩单: a roundup of provinces, paragraph by paragraph (广东… 浙江… 江苏…). The country
 * is no place of the gazetteer, so it cannot stand as their parent the way a province stands for three of its
 * cities; it is weighed as one would be, and when it wins the article is about no one place.
 */
function isAboutSeveralTopPlaces(bestScore: number, direct: ReadonlyMap<string, number>, book: PlaceBook): boolean {
  const tops = [...direct.entries()].filter(([id]) => book.lineage(id).length === 1).map(([, votes]) => votes);
  if (tops.length < MIN_UNNAMED_BRANCHES + 1) return false;
  const country = toVotePrecision(ROLL_UP * (tops.reduce((s, v) => s + v, 0) - Math.max(...tops)));
  return country > bestScore;
}

/** Share of the body's votes inside a place that one branch below it must hold to be the article's focus. */
const FOCUS_SHARE = 0.6;
/** Body mentions the focus needs: a place named once in passing is an example, not the subject. */
const MIN_FOCUS_MENTIONS = 2;

/**
 * The article is about the most specific place it speaks of: a place that won the vote without being
 * named in the headline (a page that prints none, a lead naming its city first) may only frame the town
 * the body speaks of. When most of the body's votes inside it go to one branch below it, the focus moves
 * down that branch. A place the headline names (甘谷县：小辣椒…) stays, however much the body tells of its towns.
 * @example no headline place, body 东莞市 ×2 and 松山湖 ×8 → 松山湖
 */
function descendToFocus(placeId: string, anchors: readonly PlaceAnchor[], weights: readonly number[], book: PlaceBook): string {
  const body = anchors.filter((a) => a.source === 'name' && a.block > SUBTITLE_BLOCK && (weights[a.block] ?? 1) > 0);
  const headline = new Set(anchors.filter((a) => a.source === 'name' && a.block <= SUBTITLE_BLOCK).map((a) => a.placeId));
  let focus = placeId;
  for (;;) {
    if (headline.has(focus)) return focus;
    const inside = body.filter((a) => a.placeId !== focus && book.isWithin(a.placeId, focus));
    const own = body.filter((a) => a.placeId === focus).reduce((s, a) => s + a.confidence, 0);
    const branches = new Map<string, PlaceAnchor[]>();
    for (const anchor of inside) {
      const lineage = book.lineage(anchor.placeId);
      const child = lineage[lineage.findIndex((n) => n.id === focus) - 1];
      if (child !== undefined) branches.set(child.id, [...(branches.get(child.id) ?? []), anchor]);
    }
    const total = own + inside.reduce((s, a) => s + a.confidence, 0);
    const [childId, members] = [...branches.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
    if (childId === undefined || members === undefined || members.length < MIN_FOCUS_MENTIONS) return focus;
    if (members.reduce((s, a) => s + a.confidence, 0) < FOCUS_SHARE * total) return focus;
    // Inside the branch, the place named most (the town, not a village it mentions once).
    const counts = new Map<string, number>();
    for (const a of members) for (const n of book.lineage(a.placeId)) if (n.id === childId || book.isWithin(n.id, childId)) counts.set(n.id, (counts.get(n.id) ?? 0) + 1);
    const named = [...counts.entries()].filter(([id]) => members.some((a) => a.placeId === id));
    const next = named.sort((a, b) => b[1] - a[1] || book.lineage(a[0]).length - book.lineage(b[0]).length)[0]?.[0];
    if (next === undefined || next === focus) return focus;
    focus = next;
  }
}

/**
 * A headline in the publisher's own voice (我省高标准农田…, 本市…) is about that whole area: the voted
 * place (a prefecture the body names most) is lifted to its ancestor at the headline's level.
 * @example headline 我省…, body names 曲靖市 most → 云南省
 */
export function liftToHeadlineArea(article: Attribution, references: readonly PlaceReference[], book: PlaceBook): Attribution {
  if (article.placeId === null) return article;
  const voice = references.find((r) => r.ownVoice && r.block <= SUBTITLE_BLOCK);
  if (voice === undefined) return article;
  const area = resolvePlaceReference(voice.unit, voice.block, voice.start, article.placeId, [], book);
  if (area === null || area === article.placeId || !book.isWithin(article.placeId, area)) return article;
  return { placeId: area, confidence: article.confidence };
}
