/**
 * Grammar of the contexts in which a place name does not name the place a sentence is about: a company,
 * a road or a news outlet named after it, a dateline, a destination, a neighbour across a boundary, a distance's reference point,
 * the examples of a counted set, a document's title.
 */

// 湖北港显新能源科技有限公司: a place opening a company name does not govern the sentence. The stretch
// before 公司 may not hold a verb or particle (咸丰县引进某公司 is about the county).
const COMPANY_AFTER = /^[^\p{P}\s的了在与和对为向给引签帮助让把被将由从到是]{0,12}?(?:有限公司|有限责任公司|股份公司|公司|集团|银行|合作社)/u;
// 厦门路, 南京大学, 中山公园: a place naming a road, school or building.
const FACILITY_AFTER = /^[东西南北中]?(?:路|大道|大街|街(?!道)|巷|桥|小学|中学|大学|学院|学校|医院|公园|广场|车站|机场|宾馆|酒店|饭店)/;
// 赴广东、上海, 来自某县: a destination or an origin is not where the figure belongs.
const DIRECTION_BEFORE = /(?:赴|到|往|去|至|向|前往|来自|从|取经)$/;
// 永兴镇（贵州省遵义市湄潭县下辖镇）, 郧西县隶属十堰市: the place a subject belongs to frames it; the
// subject is the place glossed, not its parent.
const BELONGS_TO_BEFORE = /(?:隶属于?|属于|归属于?)$/u;
const PARENT_OF_AFTER = /^(?:下辖|所辖|管辖)/u;

// 依托镇党校和鱼水村、先锋村两个基地, 借助某园区平台: places the clause uses as a base or a means,
// anywhere after the verb in its clause, are not the actor.
const INSTRUMENT_IN_CLAUSE = /(?:依托|借助|依靠|凭借)[^，,。；;！？!?：:]{0,20}$/u;
// 记者从某区获悉: the source of the news is the place it is about, not an origin.
const NEWS_SOURCE_AFTER = /^[^，。；;,！？]{0,20}?(?:获悉|了解到|得知)/;
// 本报昆明5月3日电, 新华社南宁电, 本报某市讯: where the report was filed, not what it is about.
const DATELINE_BEFORE = /(?:本报|新华社|中新社|新华网|人民网)$/;
const DATELINE_AFTER = /^(?:讯|电|[\d一二三四五六七八九十〇]+月)/;
// 重庆日报讯, 某市融媒体中心: a place naming a news outlet.
const OUTLET_AFTER = /^(?:日报|晚报|晨报|都市报|电视台|广播电视台|融媒体中心|新闻网)/;
// 东邻某县, 北接某市, 毗邻某区: a neighbour named by a boundary verb before it.
const NEIGHBOUR_BEFORE = /(?:(?:[东西南北]|东南|东北|西南|西北)(?:邻|接|连|靠|抵|界|临|毗)|毗邻|紧邻|邻近|临近|紧靠|背靠|接壤)$/;
// 西与某县接壤, 同某市交界: a neighbour between 与 and a boundary verb later in the same clause.
const WITH_BEFORE = /(?:与|同|和|跟)$/;
const BOUNDARY_VERB_AFTER = /^[^，。；;,:：！？]{0,16}?(?:接壤|相邻|毗邻|交界|相连|相接|为邻|相望|接界)/;
// 距某市中心城区约30公里, 离某镇5分钟车程: the point a distance is measured from. After 距 the point may be
// named inside a larger one (距琼海市区嘉积镇约18公里); 离 alone is too common a character to reach so far.
const DISTANCE_BEFORE = /(?:(?:距离|相距|距)\p{Script=Han}{0,6}|离)$/u;
const DISTANCE_AFTER = /^[^，。；;,:：！？]{0,16}?[\d一二三四五六七八九十百千两几半]+(?:\.\d+)?(?:多|余)?(?:公里|千米|米|里|海里|小时|分钟)/;
// 广东、上海等地, 湄江街道、永兴镇等6个乡镇: places listed before 等 are destinations or the examples of a
// counted set, not the place the count is about; so are the items of a list a count restates (甲村、乙村等
// 13个行政村 or 甲村、乙村13个行政村).
const EXAMPLE_LIST_AFTER = /^等(?:地|省|州|市|城市|县|区|国|[\d一二三四五六七八九十两几多数])/;
const COUNT_AFTER_LIST = /^[\d一二三四五六七八九十两几]+个/;
// The joints of a list of places: 甲、乙 / 甲和乙 / 甲及乙.
const LIST_JOINT = /^(?:、|和|及|以及)$/;

// 比相邻的田州镇多出1.2万吨, 比邻县内乡县多1860元, 高于阿克苏地区平均水平6.1个百分点, 较全市平均快3天: the standard of a
// comparison. The number after it is the gap, which belongs to the place the sentence is about. (领先于
// 南通60%的平均完成水平 puts the number right after the place: that is the place's own level, and stays.)
const COMPARISON_BEFORE = /(?:比|较|高于|低于|超过|超出|高出|快于|慢于|优于|多于|少于|领先于?)(?:相邻的?|邻近的?|周边的?|同期的?|邻[省市县区旗镇乡])?$/u;
// 甘肃全省平均水平: the place's whole area may be named again between the place and its level.
const COMPARISON_AFTER = /^(?:全[省市区县州国])?(?:的)?(?:(?:平均|同期|整体)?水平|平均值?|同期)?(?:高出|多出|高了?|低了?|多了?|少了?|快了?|慢了?|增长|提高|超出|增加)?(?<=水平|平均|平均值|同期|出|高|低|多|少|快|慢|长|加|了)[约近]?[\d一二三四五六七八九十两百千万几.．]/u;
// 高于全省1.1个百分点: percentage points or a multiple right after the standard are the gap, not its level.
const COMPARISON_GAP_AFTER = /^(?:全[省市区县州国])?[约近]?[\d一二三四五六七八九十两.．]+(?:个百分点|倍)/u;
const WHOLE_AREA = '全';
const HAN = /\p{Script=Han}/u;
// 高于甘肃|全省: a name of two to four characters between the comparison and the reference.
function isAfterNamedStandard(text: string, start: number): boolean {
  for (let length = 2; length <= 4 && start - length > 0; length++) {
    if (!HAN.test(text[start - length] ?? '')) return false;
    if (COMPARISON_BEFORE.test(text.slice(Math.max(0, start - length - 6), start - length))) return true;
  }
  return false;
}
// 以横港村为试点, 以某社区为例: the pilot or the example of a programme the sentence's subject runs.
const PILOT_BEFORE = /以$/u;
const PILOT_AFTER = /^为(?:试点|例|重点|样板|示范|突破口|抓手|依托|龙头|核心|中心|载体|切入点)/u;

/**
 * True when a place at [start, end) is the standard of a comparison or a programme's example: it never
 * takes the figures of the sentence, which are about its subject. Applies to any place the text names
 * (a gazetteer name, a village, 全省).
 */
export function isComparedOrExample(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  const after = text.slice(end, end + 12);
  // 高于甘肃全省平均水平: a whole-area reference after the standard's name is the standard too.
  const standardBefore = COMPARISON_BEFORE.test(before) || (text[start] === WHOLE_AREA && isAfterNamedStandard(text, start));
  return (standardBefore && (COMPARISON_AFTER.test(after) || COMPARISON_GAP_AFTER.test(after)))
    || (PILOT_BEFORE.test(before) && PILOT_AFTER.test(after));
}

// 《河北省一体化政务服务平台…方案》: a place inside a document's title names the document, not the actor.
// Only the stretch a title can span is searched: a search back to the paragraph's start for every
// place made a long paragraph full of places quadratic.
const BOOK_TITLE_REACH = 200;
function isInsideBookTitle(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - BOOK_TITLE_REACH), at + 1);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

// “中国瓷城”, “醴陵智造”: a name that is part of a short quoted phrase (a slogan, a brand, a programme) is a
// word of the phrase, or no name at all (国瓷 inside 中国瓷城). Long quotes are speech and keep their places.
const SHORT_QUOTE_REACH = 12;
const QUOTE_OPEN = /[“「『]/u;
const QUOTE_CLOSE = /[”」』]/u;
const QUOTE_BREAK = /[，,。；;！？!?：:\s]/u;
function isPartOfShortQuote(text: string, start: number, end: number): boolean {
  let open = start - 1;
  while (open >= 0 && start - open <= SHORT_QUOTE_REACH && !QUOTE_OPEN.test(text[open] ?? '')) {
    if (QUOTE_BREAK.test(text[open] ?? '') || QUOTE_CLOSE.test(text[open] ?? '')) return false;
    open--;
  }
  let close = end;
  while (close < text.length && close - open <= SHORT_QUOTE_REACH && !QUOTE_CLOSE.test(text[close] ?? '')) {
    if (QUOTE_BREAK.test(text[close] ?? '') || QUOTE_OPEN.test(text[close] ?? '')) return false;
    close++;
  }
  return QUOTE_OPEN.test(text[open] ?? '') && QUOTE_CLOSE.test(text[close] ?? '') && (open + 1 < start || close > end);
}

/** Why a place at [start, end) of `text` does not govern, or null when it does. */
export function findNonGoverningContext(text: string, start: number, end: number): 'qualifier' | 'neighbour' | null {
  const after = text.slice(end, end + 24);
  const before = text.slice(Math.max(0, start - 3), start);
  const dateline = DATELINE_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && DATELINE_AFTER.test(after);
  if (isInsideBookTitle(text, start) || isPartOfShortQuote(text, start, end) || COMPANY_AFTER.test(after) || FACILITY_AFTER.test(after) || OUTLET_AFTER.test(after) ||
    (DIRECTION_BEFORE.test(before.slice(-2)) && !NEWS_SOURCE_AFTER.test(after)) || dateline ||
    BELONGS_TO_BEFORE.test(before) || PARENT_OF_AFTER.test(after) ||
    INSTRUMENT_IN_CLAUSE.test(text.slice(Math.max(0, start - 24), start))) {
    return 'qualifier';
  }
  const neighbour = NEIGHBOUR_BEFORE.test(before) || (WITH_BEFORE.test(before) && BOUNDARY_VERB_AFTER.test(after)) ||
    (DISTANCE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && DISTANCE_AFTER.test(after)) || isComparedOrExample(text, start, end);
  return neighbour ? 'neighbour' : null;
}

// A module function, not a closure made per text: under tsx (keepNames) each named closure costs an
// Object.defineProperty call every time it is made, and this runs for every block of every article.
function areJoined(text: string, a: GoverningSpan | undefined, b: GoverningSpan | undefined): boolean {
  return a !== undefined && b !== undefined && LIST_JOINT.test(text.slice(a.end, b.start));
}

/** A span of a name in a text, with the flag this module sets. */
export interface GoverningSpan { start: number; end: number; governing: boolean }

/**
 * Extends non-governing readings along lists: 广东、上海等地 (every item before 等), 东邻甲县、乙县 (every
 * item after a neighbour). `neighbours` holds the spans that were read as neighbours.
 */
export function markNonGoverningLists(text: string, spans: readonly GoverningSpan[], neighbours: ReadonlySet<GoverningSpan>): void {
  spans.forEach((span, i) => {
    const counted = COUNT_AFTER_LIST.test(text.slice(span.end)) && areJoined(text, spans[i - 1], span);
    if (!EXAMPLE_LIST_AFTER.test(text.slice(span.end)) && !counted) return;
    for (let j = i; j >= 0 && (j === i || areJoined(text, spans[j], spans[j + 1])); j--) {
      const item = spans[j];
      if (item) item.governing = false;
    }
  });
  spans.forEach((span, i) => {
    if (!neighbours.has(span)) return;
    for (let j = i + 1; areJoined(text, spans[j - 1], spans[j]); j++) {
      const item = spans[j];
      if (item) item.governing = false;
    }
  });
}
