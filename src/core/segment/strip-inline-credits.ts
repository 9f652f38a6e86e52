import { HAN_SOURCE } from '../text/char-classes';
import type { ScriptedParagraph } from '../types';
import { sliceScriptedParagraph } from './scripted-paragraph';

const NAME = `(?:${HAN_SOURCE}|·){2,4}`;
// 本报讯 / 本报北京5月3日讯 / 新华社武汉电 (记者 张三) at the head of the first paragraph. The 讯 of a
// byline's 本报通讯员 is no dateline's.
export const DATELINE_LEAD = new RegExp(
  `^(?:本报讯|本报(?!通讯员)[^，。讯]{1,12}讯|新华社[^，。电]{1,12}电|[^，。]{2,6}日报讯)\\s*(?:[（(](?<credit>[^）)]{1,30})[)）])?\\s*`,
  'u',
);
// …取得一定成果。(殷巧临) — the writers credited in parentheses after the last sentence.
// Editorial marks in the same place that name no one: （待续） (to be continued), （完）, （图略）.
const EDITORIAL_MARK = /^(?:待续|未完|未完待续|续完|全文完|完|图略|略|下转\S*|上接\S*|本文完)$/u;
const TRAILING_CREDIT = new RegExp(`(?<=[。！？”」])\\s*[（(](?<names>${NAME}(?:[、，, ]${NAME})*)[)）]\\s*$`, 'u');

/** A paragraph with an inline dateline or credit taken off, and the credit found. */
export interface StrippedCredit {
  paragraph: ScriptedParagraph;
  credit: string | null;
}

/** Takes a leading dateline (本报讯, 新华社…电, with its parenthesised reporters) off a paragraph. */
export function stripDatelineLead(paragraph: ScriptedParagraph): StrippedCredit {
  const match = DATELINE_LEAD.exec(paragraph.text);
  if (!match || match[0].length >= paragraph.text.length) return { paragraph, credit: null };
  return {
    paragraph: sliceScriptedParagraph(paragraph, match[0].length, paragraph.text.length),
    credit: match.groups?.credit?.trim() ?? null,
  };
}

/** Takes a parenthesised writers' credit off the end of a paragraph. */
export function stripTrailingCredit(paragraph: ScriptedParagraph): StrippedCredit {
  const match = TRAILING_CREDIT.exec(paragraph.text);
  if (!match || EDITORIAL_MARK.test(match.groups?.names ?? '')) return { paragraph, credit: null };
  return { paragraph: sliceScriptedParagraph(paragraph, 0, match.index), credit: match.groups?.names ?? null };
}
