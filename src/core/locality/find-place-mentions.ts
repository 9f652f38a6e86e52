/**
 * Finds every gazetteer name in a text, full (郧西县) or short (郧西), longest match first, and marks the
 * mentions that do not name the place a sentence is about (company names, roads, destinations).
 */
import type { Division, Gazetteer } from './gazetteer';
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
  /** False when the place only qualifies something else: 湖北XX有限公司, 厦门路, 赴广东. */
  governing: boolean;
}

// 湖北港显新能源科技有限公司: a place opening a company name does not govern the sentence. The stretch
// before 公司 may not hold a verb or particle (咸丰县引进某公司 is about the county).
const COMPANY_AFTER = /^[^\p{P}\s的了在与和对为向给引签帮助让把被将由从到是]{0,12}?(?:有限公司|有限责任公司|股份公司|公司|集团|银行|合作社)/u;
// 厦门路, 南京大学, 中山公园: a place naming a road, school or building.
const FACILITY_AFTER = /^[东西南北中]?(?:路|大道|大街|街(?!道)|巷|桥|小学|中学|大学|学院|学校|医院|公园|广场|车站|机场|宾馆|酒店|饭店)/;
// 赴广东、上海、武汉等地: a destination or an origin is not where the figure belongs.
const DIRECTION_BEFORE = /(?:赴|到|往|去|至|向|前往|来自|从|取经)$/;
const DESTINATION_LIST_AFTER = /^(?:等地|等省|等市|等城市|等县|等国)/;

// 《河北省一体化政务服务平台…方案》: a place inside a document's title names the document, not the actor.
function isInsideBookTitle(text: string, at: number): boolean {
  return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
}

function isGoverning(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 16);
  return !(isInsideBookTitle(text, start) || COMPANY_AFTER.test(after) || FACILITY_AFTER.test(after) || DIRECTION_BEFORE.test(text.slice(Math.max(0, start - 2), start)));
}

function longestNameAt(text: string, at: number, gazetteer: Gazetteer): Omit<PlaceMention, 'block' | 'governing'> | null {
  for (const length of gazetteer.nameLengthsAt(text, at)) {
    if (at + length > text.length) continue;
    const name = text.slice(at, at + length);
    if (COMMON_WORD_NAMES.has(name) || isGenericZoneName(name)) continue;
    const full = gazetteer.byFullName(name);
    if (full.length > 0) return { start: at, end: at + length, text: name, form: 'full', candidates: full };
    const short = gazetteer.byShortName(name);
    if (short.length > 0) return { start: at, end: at + length, text: name, form: 'short', candidates: short };
  }
  return null;
}

// 广东、上海、武汉、重庆等地: the list marker after the last item makes every item a destination.
function markDestinationLists(text: string, mentions: PlaceMention[]): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention === undefined || !DESTINATION_LIST_AFTER.test(text.slice(mention.end))) continue;
    mention.governing = false;
    for (let j = i - 1; j >= 0; j--) {
      const previous = mentions[j];
      const next = mentions[j + 1];
      if (previous === undefined || next === undefined || text.slice(previous.end, next.start) !== '、') break;
      previous.governing = false;
    }
  }
}

/** Every gazetteer name in `text`, left to right, never overlapping. */
export function findPlaceMentions(text: string, block: number, gazetteer: Gazetteer): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (let at = 0; at < text.length; ) {
    const found = longestNameAt(text, at, gazetteer);
    if (found === null) {
      at++;
      continue;
    }
    mentions.push({ ...found, block, governing: isGoverning(text, found.start, found.end) });
    at = found.end;
  }
  markDestinationLists(text, mentions);
  return mentions;
}
