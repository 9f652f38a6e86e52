import { HAN_SOURCE } from '../text/char-classes';
import { findPrintedDates, type PrintedDate } from '../text/parse-printed-date';
import type { ScriptedParagraph } from '../types';
import { readFurnitureFields, type FurnitureFields } from './read-furniture-fields';
import { sliceScriptedParagraph } from './scripted-paragraph';

const NAME = `(?:${HAN_SOURCE}|·){2,4}`;
// A publisher as a dateline names it: a wire (新华社, 中新社), a site (中新网, 人民网), a station (央视, 电视台),
// a paper (北京日报) or a county media centre (融媒体中心). Lazy: the name ends at its first suffix.
const OUTLET = `(?<outlet>(?:${HAN_SOURCE}|[A-Za-z]){1,10}?(?:社|网|台|报|中心))`;
const MONTH_DAY = '(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日';
// 电 closes a dateline, not a word that starts with it (电视, 电商, 电力 …).
const DISPATCH = '(?:电(?![视话商力子影网器脑池费动站源])|讯)';
// 本报讯 / 本报北京5月3日讯 / 新华社成都4月2日电 / 中新网广州3月5日电 / 北京日报讯 / (据)新华社电, then the
// reporters in brackets, at the head of a paragraph. The 讯 of a byline's 本报通讯员 is no dateline's.
export const DATELINE_LEAD = new RegExp(
  `^(?:据\\s*)?(?:本报讯|本报(?!通讯员)[^，。讯电]{0,12}?${DISPATCH}|${OUTLET}(?:${HAN_SOURCE}{0,8}?${MONTH_DAY}${DISPATCH}` +
    `|(?:${DISPATCH}|消息)(?=[\\s（(：:，,]|$)))\\s*(?:[（(](?<credit>[^）)]{1,30})[)）])?\\s*`,
  'u',
);
// （记者 王五）某县… / （某某时报记者王五报导）某县…: the reporters credited in brackets before the lead.
const LEAD_CREDIT = /^[（(](?<credit>[^（）()]{0,16}?(?:记者|通讯员)[^（）()]{1,12}?)(?:报导|报道)?[)）]\s*/u;
// …取得一定成果。(殷巧临) / （记者 沈一鸣 通讯员 吴佳） — the writers credited in brackets after the last
// sentence. Editorial marks in the same place that name no one: （待续）, （完）, （图略）.
const EDITORIAL_MARK = /^(?:待续|未完|未完待续|续完|全文完|完|图略|略|见图|附图|有删节|节选|摘编|转载|下转\S*|上接\S*|本文完)$/u;
const CREDIT_ROLE = '(?:本报|特约|见习|首席)?(?:记者|通讯员|实习生|摄影|摄)\\s*';
const CREDITED = `(?:${CREDIT_ROLE})?${NAME}`;
const TRAILING_CREDIT = new RegExp(`(?<=[。！？”」])\\s*[（(](?<names>${CREDITED}(?:[、，, ]+${CREDITED})*)[)）]\\s*$`, 'u');
// …带动1600多户农户增收。（来源：柳南区融媒体中心 作者：覃小燕） — a report's own outlet, printed as its credit.
const TRAILING_FIELDS = /(?<=[。！？”」])\s*[（(](?<fields>(?:来源|稿源|供稿|作者|撰稿|编辑|责编)\s*[:：][^（）()]{1,50})[)）]\s*$/u;

/** What a dateline says about the article: who sent it and when. */
export interface Dateline {
  /** The outlet it names (新华社, 北京日报), or null for 本报 — the paper the page is printed in. */
  outlet: string | null;
  /** Its date: often a month and day alone (4月2日), which is no publication date without a year. */
  date: PrintedDate | null;
}

/** A paragraph with an inline dateline or credit taken off, and the credit found. */
export interface StrippedCredit {
  paragraph: ScriptedParagraph;
  credit: string | null;
}

/** A paragraph with its closing credit taken off: writers' names, or furniture fields (来源：…). */
export interface StrippedTail extends StrippedCredit {
  fields: FurnitureFields | null;
}

/** True when a line opens with a dateline (本报讯, 新华社…电). */
export function isDatelineLead(text: string): boolean {
  return DATELINE_LEAD.test(text);
}

/** True when a line is a dateline and nothing else (本报讯（记者 王五）): its sentence is on the next line. */
export function isDatelineOnly(text: string): boolean {
  const match = DATELINE_LEAD.exec(text);
  return match !== null && match[0].length === text.length;
}

/** Takes a leading dateline (本报讯, 新华社…电, with its bracketed reporters), or a bracketed credit alone, off a paragraph. */
export function stripDatelineLead(paragraph: ScriptedParagraph): StrippedCredit & { dateline: Dateline | null } {
  const credited = DATELINE_LEAD.test(paragraph.text) ? null : LEAD_CREDIT.exec(paragraph.text);
  if (credited && credited[0].length < paragraph.text.length) {
    const credit = credited.groups?.credit?.trim() ?? null;
    return { paragraph: sliceScriptedParagraph(paragraph, credited[0].length, paragraph.text.length), credit, dateline: null };
  }
  const match = DATELINE_LEAD.exec(paragraph.text);
  if (!match || match[0].length >= paragraph.text.length) return { paragraph, credit: null, dateline: null };
  return {
    paragraph: sliceScriptedParagraph(paragraph, match[0].length, paragraph.text.length),
    credit: match.groups?.credit?.trim() ?? null,
    dateline: { outlet: match.groups?.outlet ?? null, date: findPrintedDates(match[0])[0] ?? null },
  };
}

/** True when a paragraph closes with a bracketed credit of its writers or its source: （记者 王五）, （来源：…）. */
export function hasTrailingCredit(text: string): boolean {
  if (TRAILING_FIELDS.test(text)) return true;
  const names = TRAILING_CREDIT.exec(text)?.groups?.names;
  return names !== undefined && !EDITORIAL_MARK.test(names);
}

/** Takes a bracketed credit off the end of a paragraph: writers' names, or 来源/作者 fields. */
export function stripTrailingCredit(paragraph: ScriptedParagraph): StrippedTail {
  const fields = TRAILING_FIELDS.exec(paragraph.text);
  if (fields) {
    const read = readFurnitureFields(fields.groups?.fields ?? '', 'publication');
    const credit = read.authors.length > 0 ? read.authors.join('、') : null;
    return { paragraph: sliceScriptedParagraph(paragraph, 0, fields.index), credit, fields: read };
  }
  const match = TRAILING_CREDIT.exec(paragraph.text);
  if (!match || EDITORIAL_MARK.test(match.groups?.names ?? '')) return { paragraph, credit: null, fields: null };
  return { paragraph: sliceScriptedParagraph(paragraph, 0, match.index), credit: match.groups?.names?.trim() ?? null, fields: null };
}
