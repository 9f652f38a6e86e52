/**
 * Metric labels: the short phrase naming what a figure counts — the subject before the number
 * (总投资8亿元 → 总投资) or the noun after a measure word (新设60个便民窗口 → 便民窗口).
 */
import type { UnitKind } from '../../dataset/schema';
import {
  BEFORE_POINT, DIMENSION_WORDS, EMPTY_VERBS, FILLERS_BEFORE, GENERIC_HEADS, KEPT_ENDINGS, LINKS_BEFORE, NOUNS_HOLDING_STOPS, OBJECT_MARKERS,
  PROGRAMME_VERBS, STOPS_AFTER, UNIT_KIND_LABELS, VERBS_AFTER, WORDS_WITH_YOU, WORDS_WITH_ZAI,
} from './metric-lexicon';

/** Where the figure sits and what limits the look-back. */
export interface LabelSpan {
  start: number;
  end: number;
  unitKind: UnitKind;
  /** End of the previous figure in the paragraph, so labels never reach across figures. */
  floor: number;
}

const BOUNDARY = /[，。；：、！？,;:!?（）()“”‘’《》【】\s…—]/u;
const MAX_BEFORE = 16;
const MAX_LEAD_SCAN = 64;
const MAX_AFTER = 8;
const MAX_QUOTED = 12;
const HAN_RUN = /^\p{Script=Han}+/u;
const byLength = (words: readonly string[]): readonly string[] => [...words].sort((a, b) => b.length - a.length);
// Longest first, so 累计 goes whole rather than leaving 累 behind its 计.
const LINKS = byLength(LINKS_BEFORE);
const FILLERS = byLength(FILLERS_BEFORE);
// 在校学生 and 有效投资 open with a filler's character but are nouns: the filler stays on them.
const PROTECTED_OPENINGS = [...WORDS_WITH_ZAI, ...WORDS_WITH_YOU];
// When, not what: 2022年, 5月份, 到2035年, 一季度, 上半年, 1至4月, 年底 — each part needs its date word,
// so a number opening a name (5G基站, 12345平台) stays.
const LEADING_DATE = new RegExp(
  '^(?:到|至|截至|截止)?(?:(?:\\d{2,4}|[〇零一二三四五六七八九]{2,4})年度?|[今去明前上当]年|年内|年底|年末|[上下]半年'
  + '|前?[一二三四1-4]季度|\\d{1,2}[至—\\-~]\\d{1,2}月|[一二三四五六七八九十]{1,3}月|\\d{1,2}月份?|\\d{1,2}日)+(?:以来|来|底|末|初|份)?',
  'u',
);

/**
 * Words by their last code unit, each list in the words' own order: a text can only end with the words
 * that end in its last character, so stripEnd compares those few instead of the whole lexicon, several
 * times per figure.
 */
type EndingIndex = ReadonlyMap<number, readonly string[]>;

function createEndingIndex(words: readonly string[]): EndingIndex {
  const index = new Map<number, string[]>();
  for (const word of words) {
    const last = word.charCodeAt(word.length - 1);
    const list = index.get(last);
    if (list === undefined) index.set(last, [word]);
    else list.push(word);
  }
  return index;
}

const KEPT_ENDING_INDEX = createEndingIndex(KEPT_ENDINGS);
const LINK_INDEX = createEndingIndex(LINKS);

function stripEnd(text: string, words: EndingIndex): string {
  const last = text.charCodeAt(text.length - 1);
  if (KEPT_ENDING_INDEX.get(last)?.some((ending) => text.endsWith(ending)) === true) return text;
  const word = words.get(last)?.find((w) => text.endsWith(w) && text.length > w.length);
  return word === undefined ? text : stripEnd(text.slice(0, -word.length), words);
}

// A lead that is nothing but a filler (其中126项) names nothing: it empties, and the unit's dimension stands in.
function stripStart(text: string): string {
  const dated = text.replace(LEADING_DATE, '');
  if (dated !== text && dated !== '') return stripStart(dated);
  if (PROTECTED_OPENINGS.some((word) => text.startsWith(word))) return text;
  const word = FILLERS.find((w) => text.startsWith(w));
  return word === undefined ? text : stripStart(text.slice(word.length));
}

/** The part after the last of `words`, when at least two characters are left there. */
function afterLast(text: string, words: readonly string[]): string {
  let cut = -1;
  for (const word of words) {
    const at = text.lastIndexOf(word);
    if (at >= 0 && text.length - (at + word.length) >= 2) cut = Math.max(cut, at + word.length);
  }
  return cut < 0 ? text : text.slice(cut);
}

// 项目配套建设的污水处理站处理能力 → 污水处理站处理能力: a head after 的 names the figure by itself,
// unless it is too general (占预算支出的比重 → 预算支出比重).
function afterPossessive(text: string): string {
  const at = text.lastIndexOf('的');
  if (at < 0) return text;
  const head = text.slice(at + 1);
  if (GENERIC_HEADS.includes(head)) return text.slice(0, at).replace(/^占/u, '') + head;
  // 这5台行车大的长达52米: a one-character size word after 的 is the dimension of what comes before it.
  const dimension = DIMENSION_WORDS[head];
  if (dimension !== undefined) return text.slice(0, at).replace(/[大小长短高低重轻宽窄]$/u, '') + dimension;
  return head.length >= 2 ? head : text;
}

/** Cleans the words before a number into a label: links, dates, fillers and empty verbs off. */
function trimLead(raw: string): string {
  let lead = stripEnd(raw, LINK_INDEX);
  for (let before = ''; before !== lead; ) {
    before = lead;
    lead = stripEnd(lead.replace(BEFORE_POINT, '') || lead, LINK_INDEX);
  }
  lead = afterPossessive(lead);
  lead = afterLast(afterLast(lead, OBJECT_MARKERS), EMPTY_VERBS);
  return stripStart(lead);
}

// 其中“五星级民宿”2家: the quoted term right before the number is what it counts.
function quotedBefore(text: string, span: LabelSpan): string {
  if (text[span.start - 1] !== '”') return '';
  // Only as far back as a quoted term may start: a search to the paragraph's start, once per figure, was quadratic.
  const from = Math.max(0, span.floor, span.start - 2 - MAX_QUOTED);
  const found = text.slice(from, span.start - 1).lastIndexOf('“');
  const open = found < 0 ? -1 : from + found;
  return open >= 0 && open >= span.floor && span.start - open - 2 <= MAX_QUOTED ? text.slice(open + 1, span.start - 1) : '';
}

// 地区生产总值（GDP）362.8亿元, 茶叶加工企业（作坊）210余家: a short gloss in brackets between the subject
// and its number. An abbreviation in Latin letters (GDP, GEP) only repeats the subject and is left out;
// a gloss in Chinese (作坊, 含幼儿园) says what the subject covers and stays on it.
const GLOSS_BEFORE = /(?<subject>\p{Script=Han}{2,12})[（(](?<gloss>[^（()）]{1,8})[）)]$/u;
// “一网通办”率达到95.6%, “一肩挑”比例100%: a rate word after a quoted term is the rate of that term.
const RATE_AFTER_QUOTE = /^(?:率|比例|比重|占比|覆盖率|办结率|满意率|知晓率|参与率)/u;

function labelBefore(text: string, span: LabelSpan): string {
  const quoted = quotedBefore(text, span);
  if (quoted !== '') return quoted;
  let from = span.start;
  // Bounded: a label keeps its last MAX_BEFORE characters, and an unbroken run of text (a page without
  // punctuation) must not be walked to its start for each figure.
  const reach = Math.max(span.floor, span.start - MAX_LEAD_SCAN);
  while (from > reach && !BOUNDARY.test(text[from - 1] ?? '')) from--;
  if (from === span.start) return subjectSetApart(text, span);
  const lead = trimLead(text.slice(from, span.start)).slice(-MAX_BEFORE);
  if (!RATE_AFTER_QUOTE.test(lead) || text[from - 1] !== '”') return lead;
  const term = quotedBefore(text, { ...span, start: from });
  return term === '' ? lead : `${term}${lead}`;
}

// 主动公开政府信息 | 1326条 / 予以公开         41件: a table set as text, its row's name in the cell before the number
// (after a bar, or a run of spaces that aligns the column); a 其中： row keeps its name without the 其中.
const TABLE_CELL_BEFORE = /(?:^|[\n|｜：:])[\s\u3000]*(?<name>\p{Script=Han}[\p{Script=Han}（）()]{1,23})(?:[\s\u3000]*[|｜][\s\u3000]*|[ \u3000]{2,})$/u;

/** A subject the number is set apart from by a table's bar or spacing, or by a gloss in brackets. */
function subjectSetApart(text: string, span: LabelSpan): string {
  const window = text.slice(Math.max(span.floor, span.start - 32), span.start);
  const cell = TABLE_CELL_BEFORE.exec(window)?.groups?.['name'];
  if (cell !== undefined) return trimLead(cell);
  const found = GLOSS_BEFORE.exec(window.slice(-24))?.groups;
  if (found === undefined) return '';
  const subject = trimLead(found['subject'] ?? '');
  const gloss = found['gloss'] ?? '';
  return /^[A-Za-z]+$/u.test(gloss) ? subject : `${subject}（${gloss}）`;
}

// 1.3万名60周岁以上老年人: an age or size threshold sits between the count and its noun.
const THRESHOLD_AFTER = /^(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千万]+)(?:周岁|岁|万元|亿元|元|亩|吨|平方米)?(?:及以上|以上|及以下|以下)/u;

// 286个村（社区）便民服务站, 18个乡镇（场、区）服务中心: a short noun glossed in brackets goes on after the gloss.
const GLOSS = /^(?<head>\p{Script=Han}{1,3})[（(][^）)]{1,8}[）)](?<rest>\p{Script=Han}+)/u;

// 48名“项目秘书”, 12个“五星级民宿”: a quoted term right after the measure word is the noun.
const QUOTED_AFTER = /^[“"](?<term>[\p{Script=Han}]{1,8})[”"]/u;

function nounRunAfter(text: string, end: number): string {
  const window = text.slice(end, end + 3 * MAX_AFTER).replace(THRESHOLD_AFTER, '');
  const quoted = QUOTED_AFTER.exec(window)?.groups?.['term'];
  if (quoted !== undefined) return quoted;
  const glossed = GLOSS.exec(window)?.groups;
  if (glossed) return `${glossed['head'] ?? ''}${glossed['rest'] ?? ''}`;
  return HAN_RUN.exec(window)?.[0] ?? '';
}

/** Where the noun after a measure word ends: the first stop word that is not inside a noun (服务中心). */
function firstStop(run: string): number {
  for (let at = 0; at < run.length; at++) {
    if (NOUNS_HOLDING_STOPS.some((noun) => run.startsWith(noun, at))) continue;
    if (STOPS_AFTER.some((stop) => run.startsWith(stop, at))) return at;
  }
  return run.length;
}

function labelAfter(text: string, span: LabelSpan, anyKind = false): string {
  if (span.unitKind !== 'count' && !anyKind) return '';
  const run = nounRunAfter(text, span.end);
  if (VERBS_AFTER.some((verb) => run.startsWith(verb))) return '';
  return run.slice(0, Math.min(firstStop(run), MAX_AFTER));
}

/** The words a label is made of: the trimmed lead before the number and the noun after a measure word. */
export interface LabelParts {
  before: string;
  after: string;
}

/**
 * The lead and the noun after the number, each trimmed; a programme verb's lead (打造15分钟便民服务区)
 * gives way to the noun after the number, whatever its unit.
 * @example findLabelParts('走访了104家企业', { start: 3, end: 7, unitKind: 'count', floor: 0 }) // { before: '走访', after: '企业' }
 */
export function findLabelParts(text: string, span: LabelSpan): LabelParts {
  const before = labelBefore(text, span);
  const after = labelAfter(text, span);
  if (after !== '') return { before, after };
  const programme = PROGRAMME_VERBS.includes(before.replace(/每$/u, '')) ? labelAfter(text, span, true) : '';
  return programme.length >= 2 ? { before: '', after: programme } : { before, after: '' };
}

/**
 * Names what a figure measures, in a few characters of simplified Chinese.
 * @example findMetricLabel('新设60个便民窗口', { start: 2, end: 5, unitKind: 'count', floor: 0 }) // '便民窗口'
 */
export function findMetricLabel(text: string, span: LabelSpan): string {
  const { before, after } = findLabelParts(text, span);
  if (after !== '') return after;
  if (before.length >= 2) return before;
  return glossAfter(text, span) ?? UNIT_KIND_LABELS[span.unitKind];
}

// 人口 36.8万人（2023年末常住人口）: an encyclopedia's infobox names the measure in brackets after the number.
const GLOSS_AFTER = /^[（(](?<gloss>[^（()）]{2,16})[）)]/u;

function glossAfter(text: string, span: LabelSpan): string | null {
  const gloss = GLOSS_AFTER.exec(text.slice(span.end, span.end + 18))?.groups?.['gloss'];
  if (gloss === undefined) return null;
  const name = stripStart(gloss);
  return /^\p{Script=Han}{2,10}$/u.test(name) ? name : null;
}
