/**
 * Places the gazetteer lacks but the text names with a clear suffix: development zones and parks
 * (苏锡通科技产业园区, 忠堡工业园区), villages (柳家河村) and communities (七堰社区, 某某路居委会).
 */
import type { LocalityLevel } from '../../dataset/schema';
import { isGenericZoneName } from './place-names';
import type { ResolvedMention } from './resolve-mentions';

/** A name with a place suffix, and the mention it hangs on when the text writes them together. */
export interface SuffixedPlace {
  block: number;
  start: number;
  end: number;
  /** The name as written: 苏锡通科技产业园区, 工业园区 (after 忠堡镇), 柳家河村. */
  text: string;
  level: Extract<LocalityLevel, 'zone' | 'village'>;
  /** The mention written directly before it (南通|苏锡通科技产业园区), if any. */
  parent: ResolvedMention | null;
  /** True when the name is only descriptors (工业园区, 化工园区): it refers to a zone, it does not name one. */
  generic: boolean;
}

// 信丰工业园: an industrial park written without 区 is the same kind of zone.
const ZONE_SUFFIX = /(?:园区|开发区|高新区|经开区|保税区|工业园(?!区))(?!域)/g;
// 村民, 村委, 村级, 村里, 村容, 村屯 continue a word (说起村里的…, 新植村屯绿化带). 嘎查 is a village in Inner Mongolia; a city's
// residents' committee (某某路居委会) is its community, the level a village has in the country.
// 竹村村: a village whose name ends in 村 takes the suffix after it (but 北山村村民 is 北山村's villagers).
// 某村党支部, 某社区党群服务中心 keep their name: 党 after the suffix opens the village's party body.
const VILLAGE_SUFFIX = /(?:社区|嘎查|居委会|村(?!村(?![民委级组庄镇集干务里内头口容貌医规屯])))(?![民委级组庄镇集干务里内头口容貌医规屯])/g;
// 乡村, 农村 are kinds of place; so are 偏远山村, 渔村, unless a township written before makes it a name (某镇北山村).
const RURAL_STEM_END = /[乡农]$/;
const KIND_OF_VILLAGE = /[山渔]$/;
// 全镇九个村, 各村, 该社区, 指导各村, 力争所有村, 部分社区: a determiner or a count before 村 makes it a noun, not a name
// (那 only as the last character: 那拉提村 is a name).
const COUNTED_STEM = /^[全该各每本这其]|[全该各每这那其个几]$|[个几]|所有|全部|部分|一些|多数|少数|有的|个别|若干|其他|其余|周边|沿线|相关|多个/;
/** Stems that make 村/社区 a kind of village, not a village's name. */
const GENERIC_VILLAGE_STEMS = new Set([
  '农', '乡', '山', '新农', '城中', '行政', '自然', '贫困', '示范', '重点', '包联', '帮扶', '试点', '先进', '文明', '美丽',
  '和谐', '特色', '城市', '农村', '城乡', '新型', '安置', '智慧', '幸福', '两邻', '各', '全', '该', '本', '每', '驻', '进',
  '入', '联', '包', '到', '对口', '结对', '示范', '搬迁', '移民', '空心', '边远', '偏远', '易地', '传统', '古', '社区',
  '建制', '中心', '涉农', '边境', '民族', '脱贫', '薄弱', '经济薄弱', '软弱涣散', '城郊', '近郊', '远郊', '纯农业', '牧',
  // Kinds of village that programmes and rankings count: 淘宝村, 电商村, 旅游村, 生态村, 专业村.
  '淘宝', '电商', '旅游', '生态', '康养', '专业', '明星', '标杆', '样板', '红色', '宜居', '百强', '千万元',
  // 街道社区事务受理服务中心, 乡镇社区: a level above before 社区 says whose communities, not which one.
  '街道', '乡镇', '镇街', '街镇', '城镇',
]);
// 咸丰县新建园区, 南通打造产业园区, 新增和改造社区便民网点: a verb before the suffix starts a predicate, not a name;
// so does a verb of having (共有村（居）民小组68个, 另有村卫生室9个, 下辖社区23个, 某镇有淘宝村32个: a bare 有
// before two or more characters; 有福村 stays a name).
const LEADING_VERB = /^(?:有(?=\p{Script=Han}{2})|共有|另有|现有|设有|辖有|拥有|建有|下设|下辖|共辖|包括|涵盖|新建|建设|建成|打造|规划|推进|入驻|进驻|落户|引进|筹建|创建|发展|加快|扩建|升级|依托|围绕|走进|来到|成立|设立|改造|提升|覆盖|服务|深入|走访|下沉|整治|治理|培育|回到|返回|扎根|按照|根据|助力|带领|帮助|指导|推动|促进|加强|强化|抓好|深化|组织|召开|开展|举办|选派|选优|配强)/u;
// 全省开发区, 各园区, 该开发区: a determiner before a zone word makes it a collective noun, not a name;
// the stem may have run back over a time word (今年全省开发区).
const DETERMINED_ZONE_STEM = /[全本](?:省|市|州|县|区|旗|镇|乡)|[各该每]|^[这那其此]/;
// 启动“美丽侨村”建设, 创建“智慧园区”: a name wholly inside quotation marks is a programme or a slogan;
// news writes real places bare.
const OPEN_QUOTE = /[“‘「『"]/;
const CLOSE_QUOTE = /[”’」』"]/;
const isQuotedWhole = (text: string, start: number, end: number): boolean =>
  OPEN_QUOTE.test(text[start - 1] ?? '') && CLOSE_QUOTE.test(text[end] ?? '');
// A name starts after punctuation or a particle: 在苏锡通园区, 的七堰社区, 以横港村为试点. 那 is no particle here: it opens
// names (那拉提村, 那坡县), and 那个村 is a count; nor is 里, which names open too (八里庄村, 五里仓第一社区).
const BOUNDARY = /[^\p{Script=Han}]|[的在于到和与及从至往赴向是对把将被让给为由经了这等即上以]/u;
// Mongolian village names run longer than Han ones: 巴彦胡舒嘎查.
const maxStem = (level: SuffixedPlace['level'], suffix: string): number => (level === 'zone' ? 10 : suffix === '嘎查' ? 6 : 4);
// 300余村: a numeral before a one-character stem makes it a count, not a name.
const NUMERAL = /[\d一二三四五六七八九十百千万两几]/;

// 南通经济技术开发区, 天津经开区: a particle character that opens a word of a zone's name is no boundary.
const WORD_AFTER_PARTICLE = /^(?:经济|经开|经贸|和平)/u;
const isBoundaryAt = (text: string, i: number): boolean => BOUNDARY.test(text[i] ?? '') && !WORD_AFTER_PARTICLE.test(text.slice(i, i + 2));

// The stem runs back to the previous mention, a boundary character, or gives up past MAX_STEM.
function findStem(text: string, at: number, floor: number, max: number): { start: number; bounded: boolean } {
  let start = at;
  while (start > floor && at - start < max && !isBoundaryAt(text, start - 1)) start--;
  return { start, bounded: start === floor || isBoundaryAt(text, start - 1) || start === 0 };
}

/** What decides whether a stem before 村/社区/嘎查 names a village. */
interface VillageStem { stem: string; suffix: string; parent: boolean; bounded: boolean; before: string; known: boolean }

// A village name without a township before it is two or three characters (七堰社区, 柳林村; a 嘎查 up to
// six); a one-character one (余村) needs its township written before it, here or elsewhere in the article.
function isVillageName({ stem, suffix, parent, bounded, before, known }: VillageStem): boolean {
  if (stem.length === 0) return false;
  if (stem.length === 1) return (parent || known) && bounded && !NUMERAL.test(before);
  return parent || known || (bounded && stem.length <= (suffix === '嘎查' ? 6 : 3));
}

/**
 * For suffixes met in text order: whether a mention covers [at, end), and the last mention (in list
 * order) that ends by `at`. One pass over the mentions sorted by end, instead of a scan of every
 * mention for every suffix, which made a paragraph full of villages quadratic.
 */
function createMentionLookup(mentions: readonly ResolvedMention[]): (at: number, end: number) => { covered: boolean; previous: ResolvedMention | undefined } {
  const starts = mentions.map((m) => m.start);
  const ends = mentions.map((m) => m.end);
  const byEnd = ends.map((_, i) => i).sort((a, b) => (ends[a] ?? 0) - (ends[b] ?? 0));
  // minStartFrom[k]: the earliest start among the mentions byEnd[k…], those not yet ended.
  const minStartFrom = new Array<number>(byEnd.length + 1).fill(Infinity);
  for (let k = byEnd.length - 1; k >= 0; k--) minStartFrom[k] = Math.min(starts[byEnd[k] ?? 0] ?? Infinity, minStartFrom[k + 1] ?? Infinity);
  let ended = 0;
  let last = -1;
  return (at, end) => {
    for (; ended < byEnd.length && (ends[byEnd[ended] ?? 0] ?? 0) <= at; ended++) last = Math.max(last, byEnd[ended] ?? -1);
    return { covered: (minStartFrom[ended] ?? Infinity) < end, previous: last < 0 ? undefined : mentions[last] };
  };
}

function findWithSuffix(
  text: string, block: number, mentions: readonly ResolvedMention[], suffix: RegExp, level: SuffixedPlace['level'], known: ReadonlySet<string>,
): SuffixedPlace[] {
  const found: SuffixedPlace[] = [];
  const lookup = createMentionLookup(mentions);
  for (const match of text.matchAll(suffix)) {
    const at = match.index;
    const { covered, previous } = lookup(at, at + match[0].length);
    if (covered) continue; // a gazetteer name already
    const floor = previous?.end ?? 0;
    const { start, bounded } = findStem(text, at, floor, maxStem(level, match[0]));
    const stem = text.slice(start, at);
    const name = text.slice(start, at + match[0].length);
    const parent = previous && start === previous.end && previous.division ? previous : null;
    const village = { stem, suffix: match[0], parent: parent !== null, bounded, before: text[start - 1] ?? '', known: known.has(name) };
    const kindOfVillage = match[0] === '村' && (RURAL_STEM_END.test(stem) || (KIND_OF_VILLAGE.test(stem) && !village.parent && !village.known));
    const generic = level === 'zone' ? isGenericZoneName(name) : GENERIC_VILLAGE_STEMS.has(stem) || COUNTED_STEM.test(stem) || kindOfVillage;
    if (LEADING_VERB.test(stem) || isQuotedWhole(text, start, at + match[0].length)) continue;
    if (level === 'zone' && DETERMINED_ZONE_STEM.test(stem)) continue;
    if (level === 'village' && (generic || !isVillageName(village))) continue;
    if (level === 'zone' && !parent && (!bounded || stem.length < 2)) continue;
    found.push({ block, start, end: at + match[0].length, text: withStreetName(name, match[0], parent), level, parent, generic });
  }
  return found;
}

// 石园东区社区 of 石园街道: a city's community is often named with its street's short name, written
// glued to it. After a short form the name keeps it (石园东区社区, not 东区社区); after a full name it does
// not (大竹园镇柳林村 is 柳林村).
function withStreetName(name: string, suffix: string, parent: ResolvedMention | null): string {
  if (parent === null || parent.form !== 'short' || (suffix !== '社区' && suffix !== '居委会')) return name;
  return parent.division?.level === 'township' ? `${parent.text}${name}` : name;
}

function findInBlock(text: string, block: number, inBlock: readonly ResolvedMention[], known: ReadonlySet<string>): SuffixedPlace[] {
  return [...findWithSuffix(text, block, inBlock, ZONE_SUFFIX, 'zone', known), ...findWithSuffix(text, block, inBlock, VILLAGE_SUFFIX, 'village', known)]
    .sort((a, b) => a.start - b.start);
}

/**
 * Zones, villages and communities named in an article's blocks, given the gazetteer mentions found there.
 * A village once written after its township (某镇余村) is recognised alone elsewhere (余村是…).
 */
export function findSuffixedPlaces(blocks: readonly string[], mentions: readonly ResolvedMention[]): SuffixedPlace[] {
  // Unresolved names (工业园 as a short form of some township) do not hide a suffix. Grouped once:
  // filtering every mention for every block made an article of many paragraphs quadratic.
  const byBlock = new Map<number, ResolvedMention[]>();
  for (const m of mentions) {
    if (m.division === null) continue;
    const list = byBlock.get(m.block);
    if (list) list.push(m);
    else byBlock.set(m.block, [m]);
  }
  const find = (known: ReadonlySet<string>): SuffixedPlace[] =>
    blocks.flatMap((text, block) => findInBlock(text, block, byBlock.get(block) ?? [], known));
  const first = find(new Set());
  const known = new Set(first.filter((p) => p.level === 'village' && p.parent !== null).map((p) => p.text));
  return known.size === 0 ? first : find(known);
}
