/**
 * The locality stage for one article: recognise places, settle ambiguity in context, choose the
 * article's main locality, attribute each figure, and return every place used with its ancestors.
 */
import type { ArticlePlaces, Attribution, FigurePosition, ScriptedArticle } from '../types';
import type { Division, Gazetteer } from './gazetteer';
import { findLocatedEntities } from './find-located-entities';
import { findPlaceMentions } from './find-place-mentions';
import { findPlaceReferences, type PlaceReference } from './find-place-references';
import { findSuffixedPlaces } from './find-suffixed-places';
import { createPlaceBook, type PlaceBook } from './place-book';
import { SUBTITLE_BLOCK, sortAnchors, type PlaceAnchor } from './place-anchor';
import { liftToHeadlineArea, resolveArticleLocality, toBlockWeights } from './resolve-article-locality';
import { resolveFigureLocality } from './resolve-figure-locality';
import { resolveMentions, type ResolvedMention } from './resolve-mentions';
import { isOfUnit, isVillageUnit, resolvePlaceReference } from './resolve-place-reference';
import { adoptOrphans, resolveSuffixedPlaces } from './resolve-suffixed-places';
import { adoptUnplacedTownships } from './adopt-unplaced-townships';

// A mention that qualifies the next name (湖北省|十堰市, 南通|苏锡通园区) is context, not a place of its own.
function mentionAnchors(mentions: readonly ResolvedMention[], parents: ReadonlySet<ResolvedMention>, book: PlaceBook): PlaceAnchor[] {
  return mentions.flatMap((m) => {
    if (m.division === null) return [];
    const placeId = book.addDivision(m.division, m.form === 'short' ? m.text : undefined);
    if (!m.governing || m.qualifies || parents.has(m)) return [];
    return [{ block: m.block, start: m.start, end: m.end, placeId, confidence: m.confidence, source: 'name' as const }];
  });
}

// The prefecture an article's place lies in (or the place itself when higher): the area figures belong to.
function scopeOf(placeId: string | null, book: PlaceBook): string | null {
  if (placeId === null) return null;
  const lineage = book.lineage(placeId);
  return (lineage.find((n) => n.level === 'prefecture') ?? lineage.find((n) => n.level === 'province') ?? lineage[0])?.id ?? null;
}

function resolveReferences(
  references: readonly Omit<PlaceReference, 'ownVoice'>[], articlePlaceId: string | null, anchors: readonly PlaceAnchor[], book: PlaceBook,
  page: readonly Division[],
): PlaceAnchor[] {
  return references.flatMap((r) => {
    const placeId = resolvePlaceReference(r.unit, r.block, r.start, articlePlaceId, anchors, book) ?? resolveOnPage(r.unit, page, book);
    return placeId === null ? [] : [{ block: r.block, start: r.start, end: r.end, placeId, confidence: 0.85, source: 'reference' as const }];
  });
}

// 上半年全省招商引资… in 安徽日报, an article that names no place: 全省 is the page's one province.
function resolveOnPage(unit: string, page: readonly Division[], book: PlaceBook): string | null {
  const fitting = page.filter((d) => isOfUnit(unit, d));
  return fitting.length === 1 && fitting[0] !== undefined ? book.addDivision(fitting[0]) : null;
}

/** The one county (else the one prefecture) a page's outlets, headlines and hosts name, added to the book. */
function pageCounty(page: readonly Division[], book: PlaceBook): string | null {
  for (const level of ['county', 'prefecture'] as const) {
    const atLevel = page.filter((d) => d.level === level);
    if (atLevel.length === 1 && atLevel[0] !== undefined) return book.addDivision(atLevel[0]);
  }
  return null;
}

/**
 * An article that names no place of its own, under a headline that speaks of a whole area (上半年全省…,
 * 我市…) or of an office by its level (县行政审批局推行… on a county's portal): the page's place at that level.
 * So does one whose body speaks in its own voice (答：近年来，我县…, a county's 政策解读 under the document's
 * title 《某县…措施》).
 */
function placeFromPage(references: readonly PlaceReference[], page: readonly Division[], book: PlaceBook): Attribution {
  const voice = references.find((r) => r.block <= SUBTITLE_BLOCK) ?? references.find((r) => r.ownVoice);
  const placeId = voice === undefined ? null : resolveOnPage(voice.unit, page, book);
  return { placeId, confidence: placeId === null ? 0 : 0.6 };
}

/** Recognises and resolves the places of one article and attributes each figure position. */
export function resolveArticlePlaces(
  article: ScriptedArticle, figures: readonly FigurePosition[], gazetteer: Gazetteer, page: readonly Division[] = [],
): ArticlePlaces {
  const blocks = [article.title, article.subtitle ?? '', ...article.paragraphs.map((p) => p.text)];
  const weights = toBlockWeights(article.paragraphs.map((p) => p.role), article.titleDerived);
  const book = createPlaceBook(gazetteer);
  const levelReferences = blocks.flatMap((text, block) => findPlaceReferences(text, block));
  const mentions = resolveMentions(
    blocks.flatMap((text, block) => findPlaceMentions(text, block, gazetteer)), gazetteer, new Set(levelReferences.map((r) => r.unit)), blocks, page,
  );
  const suffixed = findSuffixedPlaces(blocks, mentions);
  const named = resolveSuffixedPlaces(suffixed, book);
  const parents = new Set(suffixed.flatMap((p) => (p.parent ? [p.parent] : [])));
  let anchors = sortAnchors([...mentionAnchors(mentions, parents, book), ...named.anchors]);

  // Parks named without a parent hang on the article's county or prefecture; then the vote is run again.
  const first = resolveArticleLocality(anchors, weights, book);
  // An article that names no place but its park (信丰工业园新签约项目11个 on the county's portal) takes the page's county.
  const host = first.placeId === null ? undefined : book.lineage(first.placeId).find((n) => n.level === 'county' || n.level === 'prefecture');
  anchors = sortAnchors([...anchors, ...adoptOrphans(named.orphans.filter((p) => p.level === 'zone'), book, () => host?.id ?? pageCounty(page, book))]);
  const voted = liftToHeadlineArea(resolveArticleLocality(anchors, weights, book), levelReferences, book);
  const articlePlace = voted.placeId === null ? placeFromPage(levelReferences, page, book) : voted;

  anchors = sortAnchors([...anchors, ...adoptUnplacedTownships(mentions, articlePlace.placeId, book, gazetteer, blocks)]);
  const references = [
    ...levelReferences,
    ...suffixed.filter((p) => p.generic && p.parent === null).map((p) => ({ ...p, unit: '园区' })),
  ];
  anchors = sortAnchors([...anchors, ...resolveReferences(references.filter((r) => !isVillageUnit(r.unit)), articlePlace.placeId, anchors, book, page)]);
  // Villages and communities without a written parent hang on the nearest township before them, else the article's place.
  anchors = sortAnchors([...anchors, ...adoptOrphans(named.orphans.filter((p) => p.level === 'village'), book, (place) => {
    const township = anchors.filter((a) => a.block === place.block && a.end <= place.start && book.get(a.placeId)?.level === 'township').at(-1);
    const own = articlePlace.placeId === null ? [] : book.lineage(articlePlace.placeId);
    return township?.placeId ?? own.find((n) => n.level === 'township' || n.level === 'county' || n.level === 'zone')?.id ?? null;
  })]);
  // 全村, 该社区 point back to a village, so they wait until the villages are placed.
  anchors = sortAnchors([...anchors, ...resolveReferences(references.filter((r) => isVillageUnit(r.unit)), articlePlace.placeId, anchors, book, [])]);

  const locatedEntities = findLocatedEntities(blocks, anchors);
  const context = { blocks, anchors, article: articlePlace, scopeId: scopeOf(articlePlace.placeId, book), book, locatedEntities, figures };
  const figureAttributions = figures.map((position) => resolveFigureLocality(position, context));
  const used = new Set<string>();
  for (const a of [articlePlace, ...figureAttributions]) {
    if (a.placeId !== null) for (const node of book.lineage(a.placeId)) used.add(node.id);
  }
  const spans = [...mentions.filter((m) => m.division !== null), ...anchors].map(({ block, start, end }) => ({ block, start, end }));
  return { article: articlePlace, figures: figureAttributions, places: book.nodes().filter((n) => used.has(n.id)), spans };
}
