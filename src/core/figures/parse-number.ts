import { CHINESE_DIGITS, CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './parse-chinese-numeral';
import { parseMixedNumeral } from './parse-mixed-numeral';

/** One number as written, before its unit is read. */
export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** Upper bound of an approximate pair (两三个 → 2, 3), else null. */
  valueMax: number | null;
  script: 'arabic' | 'chinese';
  /** A positional run of Chinese digits (二〇二三): written for years and codes, never for counts. */
  positional: boolean;
  /** 十几, 二十几万: 几 stands for an unknown last digit, so the value read is a lower bound. */
  atLeast?: true;
}

// 12,098 / 6061.3 / 27 — a comma groups thousands only when exactly three digits follow it.
const ARABIC_NUMBER = /(?<whole>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(?<fraction>\d+))?/y;

// 两三个, 三五天, 七八百人, 二三十家: two neighbouring digits say "two or three".
const APPROXIMATE_PAIR = /(?<low>[一二两三四五六七八])(?<high>[二三四五六七八九])(?<place>[十百千])?/y;
const PLACES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Reads digits at `at`: 12,098 → 12098, 2.8 → 2.8, and 3万4000 whole. */
function parseArabic(text: string, at: number): NumberToken | null {
  ARABIC_NUMBER.lastIndex = at;
  const match = ARABIC_NUMBER.exec(text);
  if (!match?.groups) return null;
  const whole = (match.groups.whole ?? '').replaceAll(',', '');
  const value = Number(match.groups.fraction === undefined ? whole : `${whole}.${match.groups.fraction}`);
  const plain: NumberToken = { start: at, end: at + match[0].length, value, valueMax: null, script: 'arabic', positional: false };
  return match.groups.fraction === undefined && !whole.includes(',') ? (parseMixed(text, plain) ?? plain) : plain;
}

// 3万4000, 25万6千, 2千零30万: digit runs and magnitudes; capped, since every prefix of the run is tried.
const MIXED_RUN = /[0-9百千万亿零]{1,24}/y;
const MAGNITUDE_AFTER_DIGITS = /[百千万亿]/u;

/**
 * Reads a number written across magnitudes in digits, or null for a plain one. A trailing 万/亿 after a
 * plain group belongs to the unit, as in characters: 2千零30万元 → 2030 + 万元; 1亿2千万元 stays whole.
 */
function parseMixed(text: string, plain: NumberToken): NumberToken | null {
  if (!MAGNITUDE_AFTER_DIGITS.test(text[plain.end] ?? '')) return null;
  MIXED_RUN.lastIndex = plain.start;
  const run = MIXED_RUN.exec(text)?.[0] ?? '';
  for (let length = run.length; length > plain.end - plain.start + 1; length--) {
    const written = run.slice(0, length);
    const value = parseMixedNumeral(written);
    if (value === null) continue;
    const head = written.slice(0, -1);
    const headValue = /[万亿]$/u.test(written) && !/[万亿]/u.test(head) ? parseMixedNumeral(head) : null;
    return headValue === null
      ? { ...plain, end: plain.start + length, value }
      : { ...plain, end: plain.start + length - 1, value: headValue };
  }
  return null;
}

/** Reads 两三 / 三五 / 二三十 at `at` as a low–high pair, or null. */
function parseApproximatePair(text: string, at: number): NumberToken | null {
  APPROXIMATE_PAIR.lastIndex = at;
  const match = APPROXIMATE_PAIR.exec(text);
  if (!match?.groups) return null;
  const low = CHINESE_DIGITS[match.groups.low ?? ''] ?? 0;
  const high = CHINESE_DIGITS[match.groups.high ?? ''] ?? 0;
  const end = at + match[0].length;
  const next = text[end] ?? '';
  if (!(high === low + 1 || (low === 3 && high === 5))) return null;
  if (CHINESE_DIGITS[next] !== undefined || next === '十' || next === '点') return null; // 一二三产业, 十四五
  const place = PLACES[match.groups.place ?? ''] ?? 1;
  return { start: at, end, value: low * place, valueMax: high * place, script: 'chinese', positional: false };
}

// 九千九百九十九亿九千九百九十九万九千九百九十九 is 23 characters. Every shorter prefix of the run is
// tried, so an unbounded run (a line of 十十十…) would cost its length squared.
const MAX_NUMERAL_LENGTH = 32;

/**
 * Reads the longest Chinese numeral starting at `at`. A trailing 万/亿 is left out when the rest
 * is a plain group, because it belongs to the unit as written: 三千二百万元 → 3200 + 万元.
 */
function parseChinese(text: string, at: number): NumberToken | null {
  const runEnd = findNumeralRunEnd(text, at);
  for (let end = runEnd; end > at; end--) {
    const written = text.slice(at, end);
    if (written.endsWith('点')) continue;
    const unknownDigit = written.includes(UNKNOWN_DIGIT);
    const numeral = written.replace(UNKNOWN_DIGIT, '');
    const value = parseChineseNumeral(numeral);
    if (value === null) continue;
    const head = numeral.slice(0, -1);
    if (/[万亿]$/u.test(numeral) && head !== '' && !/[万亿]/u.test(head)) {
      const headValue = parseChineseNumeral(head);
      if (headValue !== null) return makeChinese(at, end - 1, headValue, unknownDigit);
    }
    return makeChinese(at, end, value, unknownDigit);
  }
  return null;
}

// 十几个, 二十几万元, 一百零几万: 几 as the last digit of a numeral (before 万/亿 or its end). A leading 几
// (几十家, 几个) is vague and starts no number; 三百几十 is too rare to read.
const UNKNOWN_DIGIT = '几';

/** Where the run of numeral characters at `at` ends, taking in one 几 that closes a group. */
function findNumeralRunEnd(text: string, at: number): number {
  let runEnd = at;
  const limit = Math.min(text.length, at + MAX_NUMERAL_LENGTH);
  let unknownSeen = false;
  while (runEnd < limit) {
    const char = text[runEnd] ?? '';
    if (char === UNKNOWN_DIGIT && runEnd > at && !unknownSeen) {
      const next = text[runEnd + 1] ?? '';
      if (CHINESE_NUMERAL_CHARS.has(next) && next !== '万' && next !== '亿') break;
      unknownSeen = true;
    } else if (!CHINESE_NUMERAL_CHARS.has(char)) {
      break;
    }
    runEnd++;
  }
  return runEnd;
}

function makeChinese(start: number, end: number, value: number, atLeast = false): NumberToken {
  const token: NumberToken = { start, end, value, valueMax: null, script: 'chinese', positional: false };
  return atLeast ? { ...token, atLeast } : token;
}

// 百余家, 千余人, 百多个: a bare 百/千 is an idiom (百年大计) unless 余/多 follows it.
function parseRoundHundreds(text: string, at: number): NumberToken | null {
  const value = { 百: 100, 千: 1000 }[text[at] ?? ''];
  if (value === undefined || !/^[余多]/u.test(text.slice(at + 1))) return null;
  return { start: at, end: at + 1, value, valueMax: null, script: 'chinese', positional: false };
}

// 近万名, 逾万人, 上万人次, 超亿元: a bare 万/亿 counts one of itself when a bound stands before it.
const BOUND_BEFORE_MAGNITUDE = new Set(['近', '逾', '超', '上', '约']);
// Words that end in a bound character without being a bound: 签约亿元以上项目, 线上万人, 附近万亩.
const WORDS_ENDING_IN_A_BOUND = new Set([
  '附近', '最近', '临近', '靠近', '赶超', '签约', '节约', '制约', '合约', '预约', '公约', '条约', '履约', '违约',
  '以上', '线上', '网上', '马上', '之上', '向上', '晚上', '早上', '路上', '会上', '镇上', '村上', '街上',
]);

function isBoundBefore(text: string, at: number): boolean {
  return BOUND_BEFORE_MAGNITUDE.has(text[at - 1] ?? '') && !WORDS_ENDING_IN_A_BOUND.has(text.slice(at - 2, at));
}

/**
 * Reads a bare 万/亿 after a bound (近万名) or before 余/多 (万余人) as an unwritten 1, a zero-width
 * token, so that the magnitude stays in the unit as written: 近万名 → 1 + 万名.
 */
function parseBareMagnitude(text: string, at: number): NumberToken | null {
  if (text[at] !== '万' && text[at] !== '亿') return null;
  if (!isBoundBefore(text, at) && !/^[余多]/u.test(text.slice(at + 1))) return null;
  return { start: at, end: at, value: 1, valueMax: null, script: 'chinese', positional: false };
}

/**
 * Reads the number written at `at` (Arabic digits, Chinese numerals or an approximate pair), or
 * returns null when none starts there.
 * @example parseNumber('新增1.4万人', 2) // { start: 2, end: 5, value: 1.4, … }
 */
export function parseNumber(text: string, at: number): NumberToken | null {
  const char = text[at] ?? '';
  if (char >= '0' && char <= '9') return parseArabic(text, at);
  if (!CHINESE_NUMERAL_CHARS.has(char) || char === '点') return null;
  const pair = parseApproximatePair(text, at) ?? parseRoundHundreds(text, at) ?? parseBareMagnitude(text, at);
  if (pair) return pair;
  const token = parseChinese(text, at);
  if (!token) return null;
  const written = text.slice(token.start, token.end);
  const positional = written.length > 1 && [...written].every((c) => CHINESE_DIGITS[c] !== undefined);
  return { ...token, positional };
}
