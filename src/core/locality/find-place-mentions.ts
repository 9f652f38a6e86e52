/**
 * Finds every gazetteer name in a text, full (郧西县) or short (郧西), longest match first, and marks the
 * mentions that do not name the place a sentence is about (see is-governing.ts).
 */
import type { Division, Gazetteer } from './gazetteer';
import { findNonGoverningContext, markNonGoverningLists } from './is-governing';
import { COMMON_WORD_NAMES, isGenericZoneName } from './place-names';

/** A gazetteer name found in one block of an article (block 0 title, 1 subtitle, 2… paragraphs). */
export interface PlaceMention {
  block: number;
  /** [start, end) in the block's text. */
  start: number;
  end: number;
  text: string;
  form: 'full' | 'short';
  /** Every division the name can denote; narrowed later by context. */
  candidates: readonly Division[];
  /** False when the place only qualifies something else (湖北XX有限公司, 厦门路, 赴广东) or borders it (东邻某县). */
  governing: boolean;
}

// 发展乡村旅游, 助力乡镇: a name ending in 乡 that runs into 村 or 镇 is the word 乡村/乡镇, not a township.
const XIANG = '乡';
const WORD_AFTER_XIANG: ReadonlySet<string> = new Set(['村', '镇']);

// Whether a gazetteer name is an ordinary word or a generic zone word, asked for each name once: the
// names come from the gazetteer's index, so the same strings return at every mention.
const ordinaryWords = new Map<string, boolean>();
function isOrdinaryWord(name: string): boolean {
  let known = ordinaryWords.get(name);
  if (known === undefined) {
    known = COMMON_WORD_NAMES.has(name) || isGenericZoneName(name);
    ordinaryWords.set(name, known);
  }
  return known;
}

// 博鳌镇下辖…博鳌村、古调村: a village is often named after its township or county. A short name written with
// a village's suffix is that village (found as a suffixed place), not the township; 博鳌村民 stays the town's.
const VILLAGE_AFTER_SHORT = /^(?:村(?![民委级组里内务干集庄镇容貌规])|社区|嘎查)/u;

function longestNameAt(text: string, at: number, gazetteer: Gazetteer): Omit<PlaceMention, 'block' | 'governing'> | null {
  for (const name of gazetteer.namesAt(text, at)) {
    if (isOrdinaryWord(name)) continue;
    const end = at + name.length;
    if (name.endsWith(XIANG) && WORD_AFTER_XIANG.has(text.charAt(end))) continue;
    const full = gazetteer.byFullName(name);
    if (full.length > 0) return { start: at, end, text: name, form: 'full', candidates: full };
    const short = gazetteer.byShortName(name);
    if (short.length > 0 && VILLAGE_AFTER_SHORT.test(text.slice(end, end + 3))) continue;
    if (short.length > 0) return { start: at, end, text: name, form: 'short', candidates: short };
  }
  return null;
}

/** Every gazetteer name in `text`, left to right, never overlapping. */
export function findPlaceMentions(text: string, block: number, gazetteer: Gazetteer): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  const neighbours = new Set<PlaceMention>();
  for (let at = gazetteer.findNameStart(text, 0); at < text.length; ) {
    const found = longestNameAt(text, at, gazetteer);
    if (found === null) {
      at = gazetteer.findNameStart(text, at + 1);
      continue;
    }
    const context = findNonGoverningContext(text, found.start, found.end);
    // Written out rather than spread (same fields, same order): a spread per mention cost a quarter of the scan.
    const mention = { start: found.start, end: found.end, text: found.text, form: found.form, candidates: found.candidates, block, governing: context === null };
    if (context === 'neighbour') neighbours.add(mention);
    mentions.push(mention);
    at = gazetteer.findNameStart(text, found.end);
  }
  markNonGoverningLists(text, mentions, neighbours);
  return mentions;
}
