/**
 * Number + unit: reads what follows a number token — an approximate infix (余/多), the unit as
 * written, and a range (2至3个月, 六至八座, 3-5家) — into one quantity.
 */
import type { FigureKind, Qualifier, UnitKind } from '../../dataset/schema';
import { parseNumber, type NumberToken } from './parse-number';
import { parseUnit, type UnitMatch } from './parse-unit';
import { APPROXIMATE_INFIXES } from './qualifiers';
import type { UnitForm } from './units';

/** A number with its unit, before exclusions, outer qualifiers and labels. */
export interface Quantity {
  /** [start, end) from the first digit to the end of the unit. */
  start: number;
  end: number;
  number: NumberToken;
  value: number;
  valueMax: number | null;
  /** The unit as written, simplified (万元, 个工作日); empty for a bare fraction. */
  unit: string;
  /** The lexicon entry of the unit; null for fractions, which have none. */
  form: UnitForm | null;
  kind: FigureKind;
  unitKind: UnitKind;
  /** What the infix or the range says: 20余个 → atLeast, 2至3个月 → range. */
  qualifier: Qualifier;
}

// 2至3个月, 3-5家, 3~5天, 六到八座. Dashes and tildes join Arabic digits only.
const RANGE_WORDS = new Set(['至', '到']);
const RANGE_SIGNS = new Set(['-', '~', '～', '—', '－', '〜']);

// 两个半月, 三个半小时: half a unit more, written between 个 and the time word.
const HALF = '半';
// 一年半, 3天半, 一成半: a trailing 半 closes the quantity only where no noun goes on (一年半载 is an idiom).
const AFTER_TRAILING_HALF = /^(?:[^\p{Script=Han}]|[的时后内以左多就即才里中来之间]|$)/u;

/** A unit as read, and what an infix inside it said: 余/多 → at least, 半 → half a unit more. */
interface UnitReading {
  unit: UnitMatch;
  infix: boolean;
  half: boolean;
}

// 3个多月, 10万余元, 3万多人, 两个半月: the infix sits inside the unit, after 个 or a magnitude.
function parseSplitUnit(text: string, head: UnitMatch, script: NumberToken['script']): UnitMatch | null {
  const headWritten = head.form.written;
  const infix = text[head.end] ?? '';
  if (!APPROXIMATE_INFIXES.has(infix) && infix !== HALF) return null;
  if (headWritten !== '个' && (head.form.base !== '' || infix === HALF)) return null;
  const joined = parseUnit(`${headWritten}${text.slice(head.end + 1, head.end + 8)}`, 0, script);
  if (!joined || joined.end <= headWritten.length) return null;
  if (headWritten === '个' && joined.form.kind !== 'duration') return null; // 3个多功能厅: 多 is part of the noun
  return { form: joined.form, start: head.start, end: head.end + 1 + joined.end - headWritten.length };
}

/** Reads an optional 余/多 then the unit at `at`, and a 半 after a time word (一年半). */
function parseUnitAfter(text: string, at: number, token: NumberToken): UnitReading | null {
  const infix = APPROXIMATE_INFIXES.has(text[at] ?? '');
  const unit = parseUnit(text, infix ? at + 1 : at, token.script);
  if (!unit) return null;
  const split = parseSplitUnit(text, unit, token.script);
  if (split) return { unit: split, infix: text[unit.end] !== HALF, half: text[unit.end] === HALF };
  const halvable = unit.form.kind === 'duration' || unit.form.written === '成'; // 一年半, 一成半 (15%)
  const trailing = halvable && text[unit.end] === HALF && AFTER_TRAILING_HALF.test(text.slice(unit.end + 1));
  return trailing ? { unit: { ...unit, end: unit.end + 1 }, infix, half: true } : { unit, infix, half: false };
}

/** Reads "至3个月" after a first number; `first` is the unit written after the first number, if any. */
function parseRangeEnd(text: string, at: number, token: NumberToken, first: UnitMatch | null) {
  const link = text[at] ?? '';
  if (!RANGE_WORDS.has(link) && !(RANGE_SIGNS.has(link) && token.script === 'arabic')) return null;
  const high = parseNumber(text, at + 1);
  if (!high || high.script !== token.script || high.value <= token.value) return null;
  const after = parseUnitAfter(text, high.end, high);
  if (!after) return null;
  const unitWritten = after.unit.form.written;
  // 2个月至3个月 repeats the unit; 3万至5万元 writes the magnitude twice and the unit once.
  if (first && first.form.written !== unitWritten && !(first.form.base === '' && unitWritten.startsWith(first.form.written))) {
    return null;
  }
  return { high, after };
}

// -9.8℃, 零下5℃, 增长-1.5%, 负3.9%, 利润-350万元: a sign is read for kinds that can fall below zero. A
// dash glued to a digit or letter before it (3-5, 2023-10, G-5) joins a range or a code instead, and 负
// inside a word (减负10亿元, 担负, 胜负) is no sign: it counts only after a growth word, a link or a stop.
const MINUS_BEFORE = /(?<![0-9A-Za-z%％)）])(?:[-－−]|零下)$|(?:^|[^\p{Script=Han}]|增长|增速|增幅|降幅|同比|环比|为|是|达|至|到)负$/u;
const SIGNED_KINDS = new Set<UnitForm['kind']>(['temperature', 'ratio', 'money']);

/** Where a reading starts and its sign: 零下5℃ → start of 零下, factor -1. */
function readSign(text: string, token: NumberToken, form: UnitForm): { start: number; sign: number } {
  if (!SIGNED_KINDS.has(form.kind)) return { start: token.start, sign: 1 };
  const lead = text.slice(Math.max(0, token.start - 3), token.start);
  const minus = MINUS_BEFORE.test(lead) ? (/零下$/u.test(lead) ? '零下' : lead.slice(-1)) : undefined;
  // 零下 speaks of temperatures only; 负 and a dash of any signed kind.
  if (!minus || (minus === '零下' && form.kind !== 'temperature')) return { start: token.start, sign: 1 };
  return { start: token.start - minus.length, sign: -1 };
}

function kindOf(form: UnitForm): FigureKind {
  return form.kind === 'multiple' ? 'multiple' : 'quantity';
}

/**
 * Reads the unit (and a range) after a number token; null when no unit follows, since a bare
 * number in running text is a code, a name or a date, not a reported figure.
 * @example parseQuantity('服务游客30余万人次', token) // value 30, unit '万人次', atLeast
 */
export function parseQuantity(text: string, token: NumberToken): Quantity | null {
  const first = parseUnitAfter(text, token.end, token);
  const range = parseRangeEnd(text, first ? first.unit.end : token.end, token, first?.unit ?? null);
  const chosen = range ? range.after : first;
  if (!chosen) return null;
  const form = chosen.unit.form;
  const qualifier: Qualifier = range || token.valueMax !== null ? 'range' : chosen.infix || first?.infix || token.atLeast ? 'atLeast' : 'exact';
  const { start, sign } = readSign(text, token, form);
  const half = !range && chosen.half ? 0.5 : 0; // 一年半 → 1.5 年
  return {
    start,
    end: chosen.unit.end,
    number: token,
    value: sign * token.value + half,
    valueMax: range ? range.high.value : token.valueMax,
    unit: text.slice(chosen.unit.start, chosen.unit.end).replace(/[余多半]/u, ''), // units never hold 余/多/半 themselves
    form,
    kind: kindOf(form),
    unitKind: form.kind,
    qualifier,
  };
}
