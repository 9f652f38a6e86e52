/**
 * Exclusions: a number with a unit that is still not a reported figure — a date, an ordinal, an
 * edition, a code, a name, a slogan, or 一 used as an article. Each rule is a predicate with the
 * input it handles drawn beside it; `classifyExclusion` returns the first that holds.
 */
import { CHINESE_DIGITS } from './parse-chinese-numeral';
import type { Quantity } from './parse-quantity';
import { isInsideAny, type Span } from './find-quoted-names';
import {
  BULLET_MARKS, COMPARISON_MARKS, DURATION_CUES, EDITION_NOUNS, ERA_NAMES, NUMBERED_TERMS, PLACE_SUFFIXES, PROGRAMME_NOUNS, RANK_UNITS, RANK_VERBS,
  IDIOM_AFTER_SHARE, SLOGAN_HEADS, SLOGAN_MEASURES, TIME_FRAME_CLOSERS, TIME_FRAME_OPENERS,
} from './exclusion-lexicon';

/** Why a quantity is not a figure. */
export type Exclusion = 'name' | 'code' | 'date' | 'ordinal' | 'edition' | 'article' | 'slogan' | 'idiom';

/** What a rule sees: the paragraph, the quantity, and the spans of quoted names. */
export interface ExclusionContext {
  text: string;
  quantity: Quantity;
  names: readonly Span[];
}

const isChineseDigit = (char: string | undefined): boolean => char !== undefined && CHINESE_DIGITS[char] !== undefined;
const HAN_WORD_CHAR = /^[\p{Script=Han}]$/u;
const written = (c: ExclusionContext): string => c.text.slice(c.quantity.number.start, c.quantity.number.end);
const before = (c: ExclusionContext, n = 1): string => c.text.slice(Math.max(0, c.quantity.start - n), c.quantity.start);
// Rules look back a few characters, never to the paragraph start: a look-back that grows with the
// paragraph makes every long paragraph quadratic. Longer than every cue the rules read.
const LOOKBACK = 8;

// G206, 党建+1234, 2023-05-22, 16:29 — digits glued to letters, signs or other digits are codes.
function isCode(c: ExclusionContext): boolean {
  const previous = before(c);
  if (/[A-Za-z+＋/#№]/u.test(previous)) return true;
  if (/[-.:：/]/u.test(previous) && /\d/u.test(before(c, 2).charAt(0))) return true;
  const next = c.text[c.quantity.number.end] ?? '';
  if (next === ':' || next === '：') return /\d/u.test(c.text[c.quantity.number.end + 1] ?? '');
  return /[+＋]/u.test(c.text[c.quantity.end] ?? '');
}

// 5月, 一季度, 2021年, 23年5月, 6月12日: calendar positions, not amounts.
function isDate(c: ExclusionContext): boolean {
  const { quantity: q, text } = c;
  if (q.unit === '月' || q.unit === '季度') return true;
  if (q.unit === '年') return isYear(c);
  if (q.unit !== '日') return false;
  if (before(c) === '月') return true;
  // N日 alone is a day of the month unless time is being spent: 3日内, 压缩至5日, 历时10日.
  if (/^(?:以内|之内|内)/u.test(text.slice(q.end))) return false;
  const lead = text.slice(Math.max(0, q.start - 4), q.start);
  return !DURATION_CUES.some((cue) => lead.endsWith(cue) || lead.slice(0, -1).endsWith(cue));
}

// A year glossed in digits right after it: 洪武二年（1369年）, 高祖五年（前202年）.
const YEAR_GLOSS_AFTER = /^[（(](?:公元)?前?\d{1,4}年?[）)]/u;
// The gloss itself, opened right after a year: 贞观八年（634年）, 五年（前202年）.
const YEAR_GLOSS_OPEN = /年[（(](?:公元)?前?$/u;

// 2021年, 23年5月, 二年三月, 洪武二年（1369年）, 公元前221年: a year, not a span of years.
function isYear(c: ExclusionContext): boolean {
  const { quantity: q, text } = c;
  if (q.value >= 1000 || (q.valueMax ?? 0) >= 1000) return true;
  const rest = text.slice(q.end);
  if (/^(?:\d{1,2}|[一二三四五六七八九十正冬腊]{1,2})月/u.test(rest) || YEAR_GLOSS_AFTER.test(rest)) return true;
  const lead = before(c, LOOKBACK);
  if (YEAR_GLOSS_OPEN.test(lead) && /^[）)]/u.test(rest)) return true;
  return ERA_NAMES.some((era) => lead.endsWith(era));
}

// 第五届, 第三批, 前三名, 排名上升5位: positions in an order and moves between them.
function isOrdinal(c: ExclusionContext): boolean {
  const lead = before(c, LOOKBACK).trimEnd();
  if (lead.endsWith('第')) return true;
  if (!RANK_UNITS.has(c.quantity.unit)) return false;
  return lead.endsWith('前') || RANK_VERBS.some((verb) => lead.endsWith(verb));
}

const CLAUSE_START = /(?:^|[，。；：！？、,;:!?\s（(“])$/u;

// 较5年前, 比三个月前, 是三年前的两倍, 五年前，这里…: a span before 前 is a point in time, not time spent.
function isComparisonBase(c: ExclusionContext): boolean {
  const q = c.quantity;
  if (q.unitKind !== 'duration' || !/^(?:前|以前)/u.test(c.text.slice(q.end))) return false;
  return COMPARISON_MARKS.includes(before(c)) || CLAUSE_START.test(c.text.slice(Math.max(0, q.start - 1), q.start));
}

// 近三年，全镇…; 过去五年累计…; 十年来…; 三年间…: a clause that opens with a span of time says
// when, not how long something took. 审批时间近30天 and 运行一年来 (mid-clause) stay figures.
function isTimeFrame(c: ExclusionContext): boolean {
  const q = c.quantity;
  if (q.unitKind !== 'duration') return false;
  const lead = c.text.slice(Math.max(0, q.start - LOOKBACK), q.start);
  const opener = TIME_FRAME_OPENERS.find((word) => lead.endsWith(word) && CLAUSE_START.test(lead.slice(0, -word.length)));
  if (opener !== undefined) return true;
  return CLAUSE_START.test(lead) && TIME_FRAME_CLOSERS.some((word) => c.text.startsWith(word, q.end));
}

// 二期项目, 三期工程, 产业园二期征地: a phase of a project or of the facility named before it, not a count of phases.
const FACILITY_BEFORE_PHASE = /(?:园|园区|厂|厂区|馆|场|站|基地|项目|工程|港|城|中心|小区)$/u;
function isEdition(c: ExclusionContext): boolean {
  if (c.quantity.unit !== '期') return false;
  if (c.quantity.number.script === 'chinese' && FACILITY_BEFORE_PHASE.test(before(c, 4))) return true;
  return EDITION_NOUNS.some((noun) => c.text.startsWith(noun, c.quantity.end));
}

/** Words that make the 一 after them a determiner's "one": 的一天, 那一年, 某一周, 同一天. */
const DETERMINERS: ReadonlySet<string> = new Set(['的', '那', '这', '某', '同', '每']);

// 一个典型, 一家龙头企业, 一次办好: 一 with a measure word is an article, not a count.
function isArticle(c: ExclusionContext): boolean {
  const q = c.quantity;
  if (!(written(c) === '一' || written(c) === '壹') || q.valueMax !== null || q.form === null || q.form.factor !== 1) return false;
  // 7月的一天, 那一年, 这一周: after a determiner, 一 + a time word is a point in time, not time spent.
  return q.unitKind === 'count' || (q.unitKind === 'duration' && DETERMINERS.has(before(c)));
}

// 五个一, 三位一体, 三天两头, 四个意识, 两项建设, ◆一个主题: numbered slogans and heading lists.
function isSlogan(c: ExclusionContext): boolean {
  const q = c.quantity;
  if (q.number.script !== 'chinese') return false;
  if (isChineseDigit(c.text[q.end])) return true;
  const [twoBack, oneBack] = [...before(c, 2)];
  if (isChineseDigit(twoBack) && oneBack !== undefined && HAN_WORD_CHAR.test(oneBack) && !isChineseDigit(oneBack) && oneBack !== '是') {
    return true;
  }
  if (!SLOGAN_MEASURES.has(q.unit)) return false;
  if (BULLET_MARKS.has(before(c))) return true;
  return SLOGAN_HEADS.some((head) => c.text.startsWith(head, q.end));
}

// 三次产业结构: a fixed term that holds a numeral and a measure word.
function isInTerm(c: ExclusionContext): boolean {
  const { start } = c.quantity;
  return NUMBERED_TERMS.some((term) => {
    const from = Math.max(0, start - term.length + 1);
    const at = c.text.slice(from, start + term.length).indexOf(term);
    return at >= 0 && from + at <= start;
  });
}

// 三年行动计划, 100天攻坚, 15分钟生活圈 name programmes; 三台县, 九台区 name places, and so does 三台子街道, where
// one more character stands between the measure word and 街道.
function isNamePart(c: ExclusionContext): boolean {
  const q = c.quantity;
  if (q.unitKind === 'duration' && PROGRAMME_NOUNS.some((noun) => c.text.startsWith(noun, q.end))) return true;
  if (q.number.script !== 'chinese' || q.unit === '个') return false;
  if (PLACE_SUFFIXES.has(c.text[q.end] ?? '') || c.text.startsWith('街道', q.end)) return true;
  const next = c.text[q.end];
  return HAN_WORD_CHAR.test(next ?? '') && !isChineseDigit(next) && c.text.startsWith('街道', q.end + 1);
}

// 一成不变: 成 is a share only where a share can stand (八成以上, 六成的).
// 一年比一年多, 一天比一天好: a progression names no amount, on either side of 比.
// 十分重要, 三分天注定: 分 after a Chinese numeral is an adverb or a share; points of a score are printed in digits
// (得分92.6分), and 14时28分, 8点30分 are a time of day.
function isIdiom(c: ExclusionContext): boolean {
  const q = c.quantity;
  if (q.unit === '成' && IDIOM_AFTER_SHARE.test(c.text.slice(q.end))) return true;
  if (q.unit === '分' && (q.number.script === 'chinese' || /[时点]$/u.test(before(c)))) return true;
  if (written(c) !== '一' || q.unit === '') return false;
  const progression = `一${q.unit}比一${q.unit}`;
  const second = q.start - (progression.length - 1 - q.unit.length);
  return c.text.startsWith(progression, q.number.start) || (second >= 0 && c.text.startsWith(progression, second));
}

const RULES: readonly (readonly [Exclusion, (c: ExclusionContext) => boolean])[] = [
  ['name', (c) => isInsideAny(c.names, c.quantity.start, c.quantity.end)],
  ['code', isCode],
  ['date', isDate],
  ['ordinal', isOrdinal],
  ['date', isComparisonBase],
  ['date', isTimeFrame],
  ['edition', isEdition],
  ['article', isArticle],
  ['slogan', isSlogan],
  ['name', isNamePart],
  ['name', isInTerm],
  ['idiom', isIdiom],
];

/**
 * Says why a quantity is not a reported figure, or null when it is one.
 * @example classifyExclusion({ text: '第五届', quantity, names: [] }) // 'ordinal'
 */
export function classifyExclusion(context: ExclusionContext): Exclusion | null {
  return RULES.find(([, holds]) => holds(context))?.[0] ?? null;
}
