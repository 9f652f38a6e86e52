/**
 * Places named as members of a list: 临泽县辖沙河镇、新华镇……倪家营镇，共7个镇，下设71个行政村. The members
 * make up a set; a figure after the list (71个行政村, 6个乡镇办结率超过99%) is about the place the list
 * belongs to, not about its last member. A figure between the members (沙河镇5个、新华镇3个) makes its
 * place an item of its own, not a member.
 */
import type { PlaceAnchor } from './place-anchor';
import type { PlaceBook } from './place-book';

// The joints of a list: 、 between any two items; 和/及/与 only between two places found as such.
const ENUMERATION_COMMA = '、';
const PLACE_CONJUNCTION = /^(?:和|及|以及|与)$/u;
// A neighbour across 、 counts as a list item when it is a short name: no digit (a figure would make
// the list one of figures), no stop.
const NAME_ITEM = /^[^\d０-９，,。；;：:！？!?、\s]{1,10}$/u;
const ITEM_END = /[、，,。；;：:！？!?\s]|等/u;
// Two members belong to one list when nothing but names and joints stands between them.
const LIST_BREAK = /[，,。；;：:！？!?\d０-９]/u;

function itemAfter(text: string, from: number): string {
  let to = from;
  while (to < text.length && to - from <= 10 && !ITEM_END.test(text[to] ?? '')) to++;
  return text.slice(from, to);
}

function itemBefore(text: string, to: number): string {
  let from = to;
  while (from > 0 && to - from <= 10 && !ITEM_END.test(text[from - 1] ?? '')) from--;
  return text.slice(from, to);
}

function isListMember(anchors: readonly PlaceAnchor[], i: number, text: string): boolean {
  const anchor = anchors[i] as PlaceAnchor;
  const next = anchors[i + 1];
  const previous = anchors[i - 1];
  return (text[anchor.end] === ENUMERATION_COMMA && NAME_ITEM.test(itemAfter(text, anchor.end + 1)))
    || (text[anchor.start - 1] === ENUMERATION_COMMA && NAME_ITEM.test(itemBefore(text, anchor.start - 1)))
    || (next !== undefined && PLACE_CONJUNCTION.test(text.slice(anchor.end, next.start)))
    || (previous !== undefined && PLACE_CONJUNCTION.test(text.slice(previous.end, anchor.start)));
}

/**
 * The lists of places in one block: each a run of anchors that stand in one list of names.
 * @param anchors the block's anchors, in reading order
 */
export function findPlaceLists(anchors: readonly PlaceAnchor[], text: string): PlaceAnchor[][] {
  const lists: PlaceAnchor[][] = [];
  let run: PlaceAnchor[] = [];
  anchors.forEach((anchor, i) => {
    if (!isListMember(anchors, i, text)) return;
    const last = run.at(-1);
    if (last !== undefined && LIST_BREAK.test(text.slice(last.end, anchor.start))) {
      lists.push(run);
      run = [];
    }
    run.push(anchor);
  });
  if (run.length > 0) lists.push(run);
  return lists;
}

/**
 * The place a list of places belongs to: the place named before it in its sentence that holds every
 * member (临泽县辖沙河镇、……); else, for members of one level, the nearest place above them all
 * (沭城街道、……韩山镇等6个乡镇 → 沭阳县); null when the book knows neither.
 */
export function findListOwner(
  list: readonly PlaceAnchor[], before: readonly PlaceAnchor[], book: PlaceBook,
): string | null {
  const holdsAll = (placeId: string) => list.every((m) => m.placeId !== placeId && book.isWithin(m.placeId, placeId));
  const named = before.filter((a) => holdsAll(a.placeId)).at(-1);
  if (named) return named.placeId;
  const levels = new Set(list.map((m) => book.get(m.placeId)?.level));
  if (levels.size !== 1) return null;
  const [first] = list;
  const above = first === undefined ? [] : book.lineage(first.placeId).slice(1);
  return above.find((node) => holdsAll(node.id))?.id ?? null;
}
