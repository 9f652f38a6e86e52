/**
 * The time a figure refers to, read from the words before it in its sentence (or from a time frame
 * opening its paragraph) and resolved against the article's date: 2021年1-7月, 一季度, 近三年,
 * 2019年以来, 截至目前, 今年, “十四五”期间.
 */
import type { Period } from '../../dataset/schema';
import { PLAN_PERIODS, RELATIVE_YEARS } from './period-lexicon';

const NUMERAL = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const YEAR = '(?:(?<year>\\d{4}|[〇零一二三四五六七八九]{4})|(?<relative>今|去|前|明|上|当|本))年度?';
const MONTHS = `(?<m1>${NUMERAL})(?:月份?)?(?:[-—–~～至到])(?<m2>${NUMERAL})月份?`;
const MONTH = `(?<m>${NUMERAL})月份?(?:(?<d>${NUMERAL})日|底|末|初)?`;
const QUARTER = '(?<q>前三|前两|前二|[一二三四1-4])季度';
const HALF = '(?<half>上|下)半年';
const YEAR_EDGE = '(?<edge>年底|年末|年初|全年|年内)';
const PART = `(?:${MONTHS}|${MONTH}|${QUARTER}|${HALF}|${YEAR_EDGE})`;
const SINCE = '(?<since>以来|来)';
const RECENT = '(?<recent>近|过去|最近)(?:(?<span>[一二两三四五六七八九十\\d]{1,2})|几)年(?:来|间|里)?|(?<recent2>近年来)';
const NOW = '(?<now>目前|当前|现在|发稿时|今年以来)';
const PLAN = `[“"]?(?<plan>${Object.keys(PLAN_PERIODS).join('|')})[”"]?(?:时期|期间|(?<planSince>以来))?`;
const UNTIL = '(?<until>截至|截止到|截止|到|至)';
// 比上年增长, 较去年同期: a year after a comparison mark is the base of the comparison, not the period.
const NOT_A_BASE = '(?<![比较与同])';
// Every phrase opens with one of these: the regex engine skips other positions itself instead of
// trying the all-optional pattern (and stepping over its empty match) at every character.
const OPENERS = '(?=[0-9〇零一二三四五六七八九十两今去前明上下当本近过最目现发截到至“"年全])';
const PHRASE = new RegExp(`${NOT_A_BASE}${OPENERS}${UNTIL}?(?:${RECENT}|${PLAN}|${NOW}|(?:${YEAR})?(?:${PART})?${SINCE}?)`, 'gu');
/** Groups that make a match a time phrase; a bare 截至 or 以来 is none. */
const TIME_GROUPS = ['year', 'relative', 'm1', 'm', 'q', 'half', 'edge', 'recent', 'recent2', 'plan', 'now'] as const;

const CHINESE_SMALL: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const CHINESE_YEAR_DIGITS: Readonly<Record<string, string>> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** 12, 十二, 十 → 12, 12, 10. */
function readSmall(written: string): number | null {
  if (/^\d+$/u.test(written)) return Number(written);
  if (written === '十') return 10;
  const [tens, ones] = written.includes('十') ? written.split('十') : ['', written];
  const high = tens === '' ? (written.includes('十') ? 1 : 0) : (CHINESE_SMALL[tens ?? ''] ?? NaN);
  const low = ones === '' ? 0 : (CHINESE_SMALL[ones ?? ''] ?? NaN);
  const value = high * 10 + low;
  return Number.isFinite(value) && value > 0 ? value : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const articleYear = (date: string | null): number | null => (date === null ? null : Number(date.slice(0, 4)));

type Groups = Record<string, string | undefined>;

function readYear(groups: Groups, date: string | null): number | null {
  const written = groups['year'];
  if (written !== undefined) return Number([...written].map((c) => CHINESE_YEAR_DIGITS[c] ?? c).join(''));
  const relative = groups['relative'];
  const base = articleYear(date);
  return relative === undefined || base === null ? null : base + (RELATIVE_YEARS[relative] ?? 0);
}

/** The months a part of a year covers: 1-7月 → [1, 7], 一季度 → [1, 3], 上半年 → [1, 6]. */
function readMonths(groups: Groups): [number, number] | null {
  if (groups['m1'] !== undefined) {
    const [from, to] = [readSmall(groups['m1']), readSmall(groups['m2'] ?? '')];
    return from !== null && to !== null && from <= to && to <= 12 ? [from, to] : null;
  }
  if (groups['m'] !== undefined) {
    const month = readSmall(groups['m']);
    return month !== null && month <= 12 ? [month, month] : null;
  }
  const quarter = groups['q'];
  if (quarter !== undefined) {
    if (quarter.startsWith('前')) return [1, 3 * (readSmall(quarter.slice(1)) ?? 1)];
    const q = readSmall(quarter) ?? 1;
    return [3 * q - 2, 3 * q];
  }
  if (groups['half'] !== undefined) return groups['half'] === '上' ? [1, 6] : [7, 12];
  const edge = groups['edge'];
  if (edge === '年底' || edge === '年末') return [12, 12];
  if (edge === '年初') return [1, 1];
  return null;
}

/** A point or span of a calendar year as ISO bounds; null bounds when the year is unknown. */
function readCalendar(groups: Groups, year: number | null): { start: string | null; end: string | null } {
  if (year === null) return { start: null, end: null };
  const months = readMonths(groups);
  if (months === null) return { start: String(year), end: String(year) };
  const day = groups['d'] === undefined ? null : readSmall(groups['d']);
  if (day !== null && months[0] === months[1]) {
    const iso = `${year}-${pad(months[0])}-${pad(day)}`;
    return { start: iso, end: iso };
  }
  return { start: `${year}-${pad(months[0])}`, end: `${year}-${pad(months[1])}` };
}

/** What a figure's period is resolved against: the article's date, and the year its headline speaks of. */
export interface PeriodContext {
  /** The article's publication date, ISO 8601 to the precision printed. */
  date: string | null;
  /** A year the article's title names (2023年国民经济和社会发展统计公报): 全年, 年末, 一季度 are of that year. */
  year: number | null;
}

/** Resolves one matched phrase; `yearInContext` is an explicit year named earlier in the paragraph. */
function resolvePhrase(match: RegExpExecArray, { date, year: frameYear }: PeriodContext, yearInContext: number | null): Period {
  const groups: Groups = match.groups ?? {};
  const text = match[0];
  if (groups['plan'] !== undefined) {
    const [from, to] = PLAN_PERIODS[groups['plan']] ?? [0, 0];
    // “十四五”以来: from the plan's first year to the day of the article.
    return { text, start: String(from), end: groups['planSince'] === undefined ? String(to) : (date ?? String(to)) };
  }
  // 近年来, 近几年: a recent stretch of years, said but not bounded.
  if (groups['recent2'] !== undefined || (groups['recent'] !== undefined && groups['span'] === undefined)) return { text, start: null, end: null };
  if (groups['recent'] !== undefined) {
    const span = readSmall(groups['span']?.replace('两', '二') ?? '');
    const year = articleYear(date);
    return year === null || span === null ? { text, start: null, end: null } : { text, start: String(year - span + 1), end: String(year) };
  }
  // 今年以来 runs from January to the day the article was printed; 目前 is that day itself.
  if (groups['now'] !== undefined) {
    if (groups['now'] === '今年以来') return { text, start: date === null ? null : `${date.slice(0, 4)}-01`, end: date };
    return { text, start: groups['until'] === undefined ? date : null, end: date };
  }
  const hasPart = readMonths(groups) !== null || groups['edge'] !== undefined;
  const year = readYear(groups, date) ?? (hasPart ? (yearInContext ?? frameYear ?? articleYear(date)) : null);
  const calendar = readCalendar(groups, year);
  // 今年 with nothing finer, in a dated article: the year so far (January to the day it was printed).
  const current = groups['relative'] !== undefined && year === articleYear(date) && !hasPart && date !== null;
  if (groups['since'] !== undefined) return { text, start: current ? `${year}-01` : calendar.start, end: date };
  if (current && groups['until'] === undefined) return { text, start: `${year}-01`, end: date };
  if (groups['until'] !== undefined && groups['until'].startsWith('截')) return { text, start: null, end: calendar.end };
  return { text, ...calendar };
}

const SENTENCE_END = /[。！？!?；;]/u;
// A time frame that opens a paragraph (2022年，全县…) holds for the paragraph: the first clause, if it is one.
const OPENING_FRAME = /^[^，,。；;]{0,14}[，,]/u;
const MAX_LOOKBACK = 160;

/** The last time phrase in `text` ending at or before `end`, with an explicit year seen before it. */
/** Longer than any time phrase PHRASE can match (截止到2023年1-12月份以来 is 18). */
const MAX_PHRASE = 40;

function lastPhrase(text: string, from: number, end: number): { match: RegExpExecArray; year: number | null } | null {
  let found: RegExpExecArray | null = null;
  let year: number | null = null;
  // Searched in [from − 1, end) only: a search of the whole rest of the paragraph for every figure made a
  // paragraph of n figures cost n². The character before `from` stays in, for the pattern's lookbehind.
  // A phrase that starts before `end` may run past it (and is then passed over, as it always was), so the
  // window reaches one phrase's length further.
  const offset = Math.max(0, from - 1);
  const window = text.slice(offset, Math.min(text.length, end + MAX_PHRASE));
  const last = end - offset;
  PHRASE.lastIndex = from - offset;
  for (let m = PHRASE.exec(window); m !== null && m.index < last; m = PHRASE.exec(window)) {
    if (m[0] === '') {
      PHRASE.lastIndex++; // the pattern is all optional parts: step over an empty match
      continue;
    }
    const groups = m.groups ?? {};
    if (m.index + m[0].length > last || !TIME_GROUPS.some((g) => groups[g] !== undefined)) continue;
    if (found !== null) year = readYear(found.groups ?? {}, null) ?? year;
    found = m;
  }
  return found === null ? null : { match: found, year };
}

/**
 * The period of a figure at `figureStart` in a paragraph, or null when nothing before it in its
 * sentence (or the paragraph's opening frame) says when.
 * @example findPeriod('2021年1-7月，全县完成投资12亿元', 16, { date: '2021-08-05', year: null }) // { text: '2021年1-7月', start: '2021-01', end: '2021-07' }
 */
export function findPeriod(text: string, figureStart: number, context: PeriodContext): Period | null {
  const floor = Math.max(0, figureStart - MAX_LOOKBACK);
  let sentenceStart = figureStart;
  while (sentenceStart > floor && !SENTENCE_END.test(text[sentenceStart - 1] ?? '')) sentenceStart--;
  const inSentence = lastPhrase(text, sentenceStart, figureStart);
  if (inSentence) return resolvePhrase(inSentence.match, context, inSentence.year);
  const frame = OPENING_FRAME.exec(text)?.[0];
  if (frame === undefined || frame.length > figureStart) return null;
  const opening = lastPhrase(frame, 0, frame.length);
  return opening ? resolvePhrase(opening.match, context, opening.year) : null;
}

const TITLE_YEAR = /(?<year>(?:19|20)\d{2})年/u;

/** The year an article's title speaks of, or null: 2023年国民经济和社会发展统计公报 → 2023. */
export function findTitleYear(title: string): number | null {
  const year = TITLE_YEAR.exec(title)?.groups?.['year'];
  return year === undefined ? null : Number(year);
}
