/**
 * 分别: 狮山镇、大沥镇分别受理7.4万件、6.2万件 — the places listed before 分别 take the figures listed
 * after it one by one, in order.
 */
import type { FigurePosition } from '../types';
import type { PlaceAnchor } from './place-anchor';

const RESPECTIVELY = '分别';
// Between two listed places (甲、乙 / 甲和乙) and two listed figures (7.4万件、6.2万件 / 4.6%和6.9%).
const PLACE_JOINT = /^(?:、|和|及|以及|与)$/u;
const FIGURE_JOINT = /^(?:、|和|及|与|，|,)$/u;
const CLAUSE_JOINT = /^[，,]$/u;
const MAX_GAP = 12;
const RESPECTIVE_REACH = 300;

/** The run of anchors joined as a list that ends right before `end` (allowing a short predicate gap). */
function listBefore(anchors: readonly PlaceAnchor[], text: string, end: number): PlaceAnchor[] {
  const last = anchors.filter((a) => a.end <= end && end - a.end <= MAX_GAP).at(-1);
  if (last === undefined) return [];
  const list = [last];
  for (let i = anchors.indexOf(last) - 1; i >= 0; i--) {
    const item = anchors[i] as PlaceAnchor;
    const next = list[0] as PlaceAnchor;
    if (!PLACE_JOINT.test(text.slice(item.end, next.start))) break;
    list.unshift(item);
  }
  return list;
}

/**
 * The place a figure takes by its position after 分别, or null when the sentence has no such list.
 * @example 狮山镇、大沥镇分别受理7.4万件、6.2万件: 7.4万件 → 狮山镇, 6.2万件 → 大沥镇
 */
export function findRespectivePlace(
  position: FigurePosition, figures: readonly FigurePosition[], anchors: readonly PlaceAnchor[], text: string,
): PlaceAnchor | null {
  // 分别 stands in the figure's sentence, well within this reach: looking further for each figure made a
  // long paragraph of n figures cost n².
  const floor = Math.max(0, position.start - RESPECTIVE_REACH);
  const found = text.slice(floor, position.start + 1).lastIndexOf(RESPECTIVELY);
  const marker = found < 0 ? -1 : floor + found;
  if (marker < 0 || /[。；;！？!?]/u.test(text.slice(marker, position.start))) return null;
  const inParagraph = figures.filter((f) => f.paragraphIndex === position.paragraphIndex && f.start > marker);
  // The figures after 分别, as long as each follows the one before it across a list joint.
  const listed: FigurePosition[] = [];
  for (const figure of inParagraph) {
    const previous = listed.at(-1);
    if (previous !== undefined && !FIGURE_JOINT.test(text.slice(previous.end, figure.start))) break;
    listed.push(figure);
  }
  const places = listBefore(anchors, text, marker);
  // 分别签约12个、8个，全县共签约20个: a clause comma may close the pairs; the figure after it is no item.
  const pairs = listed.length > places.length && CLAUSE_JOINT.test(text.slice(listed[places.length - 1]?.end ?? 0, listed[places.length]?.start ?? 0))
    ? listed.slice(0, places.length) : listed;
  const index = pairs.findIndex((f) => f.start === position.start);
  return index >= 0 && places.length >= 2 && places.length === pairs.length ? (places[index] ?? null) : null;
}
