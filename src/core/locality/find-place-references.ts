/**
 * References to a place by its level instead of its name: 该县, 全镇, 本市, 园区, and the bare level
 * before an office (县纪委监委, 镇政府, 区直部门, 市住建局). They are resolved to the article's place
 * at that level by the caller.
 */

/** A level word standing for a place: `unit` is the level word as written (县, 街道, 园区 …). */
export interface PlaceReference {
  block: number;
  start: number;
  end: number;
  text: string;
  unit: string;
  /** True for the publisher's own area (我省, 本市, 我县): a headline in this voice is about that whole area. */
  ownVoice: boolean;
}

const UNITS = '街道|社区|园区|嘎查|苏木|省|州|市|县|区|旗|镇|乡|村';
// 该县, 全镇, 本市, 我区, 这个镇: a determiner makes the level word a reference by itself.
const WITH_DETERMINER = new RegExp(`(?<determiner>该|全|本|我|这个|这一)(?<unit>${UNITS})`, 'g');
const OWN_VOICE = /^[本我]$/;
// 全省开发区亩均效益提升 as a headline: 全 opening the line (or a clause of it) speaks for the whole area too;
// further in (某镇建成全市首个…), or before a rank (全市首家…落户某镇), it is a frame of comparison.
const WHOLE = '全';
const RANK_AFTER = /^(?:首|第一|唯一|率先|最|前列|之首)/;
const opensLine = (text: string, at: number, end: number): boolean =>
  (at === 0 || !/\p{Script=Han}/u.test(text[at - 1] ?? '')) && !RANK_AFTER.test(text.slice(end));
// 县纪委监委, 镇政府, 区直部门, 县住建局, 县招商服务中心: a level word heading an office. The office
// may carry a short field name (住建, 招商服务) before its head noun.
const BEFORE_OFFICE = new RegExp(
  `(?<unit>${UNITS})(?![场民域])(?=(?:委|政府|纪委|党委|党工委|领导|里|直|内|上|城|级)|[\\p{Script=Han}]{1,5}?(?:局|厅|委|办|中心|所|站))`,
  'gu',
);
// 。街道还组织企业…, ，社区则…: a two-character level word opening a clause, before an adverb or a
// verb, is the subject of the clause. (One-character ones are too often part of a word: 县城, 村民.)
const CLAUSE_SUBJECT = /(?<=^|[^\p{Script=Han}])(?<unit>街道|社区|嘎查|苏木)(?=还|也|将|已|则|又|再|先后|共|累计|今年|同时|积极|持续|组织|投入|通过|采取|把|对|为|结合|依托|围绕|新建|建成|开展|推出|实施|引导|带动)/gu;
// The office reading needs the level word to start a phrase: not the 市 of 城市 or the 区 of 园区行审局.
const PHRASE_START = /[^\p{Script=Han}]|[的在于到和与及从至往赴向是对把将被让给为由经了这那等即、]/u;

/** Level references in one block, left to right. */
export function findPlaceReferences(text: string, block: number): PlaceReference[] {
  const found: PlaceReference[] = [];
  for (const match of text.matchAll(WITH_DETERMINER)) {
    const determiner = match.groups?.determiner ?? '';
    const ownVoice = OWN_VOICE.test(determiner) || (determiner === WHOLE && opensLine(text, match.index, match.index + match[0].length));
    found.push({ block, start: match.index, end: match.index + match[0].length, text: match[0], unit: match.groups?.unit ?? '', ownVoice });
  }
  for (const match of text.matchAll(BEFORE_OFFICE)) {
    const start = match.index;
    const startsPhrase = start === 0 || PHRASE_START.test(text[start - 1] ?? '');
    if (!startsPhrase || found.some((r) => r.start <= start && start < r.end)) continue;
    found.push({ block, start, end: start + match[0].length, text: match[0], unit: match.groups?.unit ?? '', ownVoice: false });
  }
  for (const match of text.matchAll(CLAUSE_SUBJECT)) {
    found.push({ block, start: match.index, end: match.index + match[0].length, text: match[0], unit: match.groups?.unit ?? '', ownVoice: false });
  }
  return found.sort((a, b) => a.start - b.start);
}
