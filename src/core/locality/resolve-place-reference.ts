/**
 * Resolves a level reference (该县, 全镇, 园区, 县纪委) to a place: the article's own place at that level
 * when its chain has one, else the nearest place of that level named earlier in the article.
 */
import type { LocalityLevel } from '../../dataset/schema';
import type { PlaceNode } from '../types';
import type { PlaceBook } from './place-book';
import type { PlaceAnchor } from './place-anchor';

// 市 is a prefecture or a county-level city (如皋市): the lowest place whose name ends in 市 wins.
const UNIT_MATCHERS: Readonly<Record<string, (node: PlaceNode) => boolean>> = {
  省: (n) => n.level === 'province',
  州: (n) => n.level === 'prefecture',
  市: (n) => (n.level === 'prefecture' || n.level === 'county' || n.level === 'province') && n.name.endsWith('市'),
  县: (n) => n.level === 'county' && /县|旗$/.test(n.name),
  旗: (n) => n.level === 'county',
  区: (n) => (n.level === 'county' && n.name.endsWith('区')) || n.level === 'zone',
  园区: (n) => n.level === 'zone',
  镇: (n) => n.level === 'township' && /镇$/.test(n.name),
  乡: (n) => n.level === 'township' && /乡$/.test(n.name),
  苏木: (n) => n.level === 'township' && n.name.endsWith('苏木'),
  嘎查: (n) => n.level === 'village' && n.name.endsWith('嘎查'),
  街道: (n) => n.level === 'township' && /街道|办事处$/.test(n.name),
  村: (n) => n.level === 'village' && n.name.endsWith('村'),
  社区: (n) => n.level === 'village' && n.name.endsWith('社区'),
};

/** Levels a bare unit may denote when nothing of its exact kind is known (街道 for a town article …). */
const UNIT_LEVEL: Readonly<Record<string, LocalityLevel>> = {
  省: 'province', 州: 'prefecture', 市: 'county', 县: 'county', 旗: 'county', 区: 'county', 园区: 'zone',
  镇: 'township', 乡: 'township', 街道: 'township', 苏木: 'township', 村: 'village', 社区: 'village', 嘎查: 'village',
};

/** True when a division is of the kind `unit` stands for: 全省 → a province, 该县 → a county named 县. */
export function isOfUnit(unit: string, division: Pick<PlaceNode, 'level' | 'name'>): boolean {
  return UNIT_MATCHERS[unit]?.(division as PlaceNode) ?? false;
}

/** True for the units that stand for a village-level place: resolved once villages are known. */
export const isVillageUnit = (unit: string): boolean => UNIT_LEVEL[unit] === 'village';

/** The place `unit` stands for at `block`/`start`, or null. */
export function resolvePlaceReference(
  unit: string, block: number, start: number, articlePlaceId: string | null, anchors: readonly PlaceAnchor[], book: PlaceBook,
): string | null {
  const matches = UNIT_MATCHERS[unit];
  if (matches === undefined) return null;
  const own = articlePlaceId === null ? [] : book.lineage(articlePlaceId);
  const earlier = anchors
    .filter((a) => a.source === 'name' && (a.block < block || (a.block === block && a.end <= start)))
    .reverse()
    .find((a) => {
      const node = book.get(a.placeId);
      return node !== undefined && matches(node);
    });
  // 在五星村，村里…: an article tells of several villages, so 村 points to the one its paragraph named;
  // 全县, 该镇 mean the article's own county or town wherever they stand.
  if (earlier && earlier.block === block && isVillageUnit(unit)) return earlier.placeId;
  const inChain = own.find(matches);
  if (inChain) return inChain.id;
  if (earlier) return earlier.placeId;
  // 园区 in an article about a town's park hangs on the town; a county article's 该区 may be its only 区.
  const level = UNIT_LEVEL[unit];
  return own.find((n) => n.level === level)?.id ?? null;
}
