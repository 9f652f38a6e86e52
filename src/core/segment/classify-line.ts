import { CLAUSE_PUNCTUATION, endsSentence, HAN_SOURCE } from '../text/char-classes';

// Roles that introduce the names in a byline: 记者 王雁博 / 通讯员谢秀芳 唐兵 / 文/图：张三.
// A one-character role (文, 图) needs a separator, or 文明城市 would read as 文 + a name.
// 四川在线记者 罗静, 新华社记者 王五: an outlet's name may stand before 记者.
const OUTLET_BEFORE_ROLE = '\\p{Script=Han}{1,6}(?:网|报|台|社|在线|客户端|融媒|新闻)';
const BYLINE_ROLE = `(?:本报|特约|见习|首席|${OUTLET_BEFORE_ROLE})?(?:记者|通讯员|实习生|摄影|撰稿|编辑|整理)|(?:文\\s*[/／]\\s*图|文|图)\\s*[/／:：]`;
// A two-character name is often padded to three cells in a byline (记者 汪　洋): one space between
// two single characters that stand alone.
const PADDED_NAME = `${HAN_SOURCE}[ \\u3000]${HAN_SOURCE}(?![^\\s、，,])`;
const PERSON_NAME = `(?!${BYLINE_ROLE})(?:(?:${HAN_SOURCE}|·){2,4}|${PADDED_NAME})`;
const NAME_LIST = `${PERSON_NAME}(?:[\\s、，,]+${PERSON_NAME})*`;
const BYLINE_LINE = new RegExp(`^(?:(?:${BYLINE_ROLE})[\\s:：]*${NAME_LIST}\\s*)+$`, 'u');
const PADDING = new RegExp(`(?<![^\\s、，,])(?<first>${HAN_SOURCE})[ \\u3000](?<second>${HAN_SOURCE})(?![^\\s、，,])`, 'gu');
const BYLINE_ENTRY = new RegExp(`(?<role>${BYLINE_ROLE})[\\s:：]*(?<names>${NAME_LIST})`, 'gu');

/**
 * Reads a byline line into "role names" entries, or null when the line is not a byline.
 * @example parseByline('记者王五 通讯员赵六 钱七') // ['记者 王五', '通讯员 赵六 钱七']
 */
export function parseByline(text: string): string[] | null {
  if (text.length > 48 || !BYLINE_LINE.test(text)) return null;
  return [...text.matchAll(BYLINE_ENTRY)].map((entry) => {
    const role = (entry.groups?.role ?? '').replace(/[\s/／:：]+$/u, '');
    return `${role} ${(entry.groups?.names ?? '').trim().replace(PADDING, '$<first>$<second>')}`;
  });
}

// A photo caption ends with its photographer's credit: …接听群众来电 记者 王五 摄 / （王五 摄）.
const PHOTO_CREDIT = new RegExp(`(?:${HAN_SOURCE}{2,4}|[（(]\\s*(?:记者\\s*)?${HAN_SOURCE}{2,4})\\s*摄[)）]?$`, 'u');

/** True for a line that ends with a photographer's credit: a caption, whatever its length. */
export function hasPhotoCredit(text: string): boolean {
  return text.length <= 60 && /\s|[（(]/u.test(text) && PHOTO_CREDIT.test(text);
}

/** A sub-headline line: —— or — then text (——郧西县行政审批局…侧记). */
export const SUBTITLE = /^[—―─-]{1,2}\s*(?<rest>\S.*)$/u;

/** A headline that carries its sub-headline on the same line: 主标题——副标题. */
export const INLINE_SUBTITLE = /^(?<title>[^—]{2,40}?)\s*——\s*(?<subtitle>.{2,60})$/u;

// Phrase-separating space in a headline: 党旗飘扬 项目建设赋能高质量发展 (Han or a quote on both sides).
const PHRASE_SPACE = new RegExp(`(?:${HAN_SOURCE}|[”》」』])\\s+(?:${HAN_SOURCE}|[“《「『])`, 'u');
// Bullet marks that start a section heading: ◆一个主题 / ■ 强管理
const HEADING_BULLET = /^[◆◇■□●○▲△★☆▶►※【]/u;

// A section number before a heading: 一、 / （二） / 3. — its 、 is no clause punctuation.
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．](?!\d))\s*/u;

/** True for a heading numbered as a section of an outline: 一、 / （二） / 3. / 第一 */
export function isNumberedHeading(text: string): boolean {
  return NUMBERED_HEADING.test(text) || /^第[一二三四五六七八九十]{1,3}[，、,\s]/u.test(text);
}

/** True for a line that reads as a headline: short, no closing stop, and no clause punctuation. */
export function isHeadingLike(text: string): boolean {
  if (text.length === 0 || text.length > 40 || endsSentence(text)) return false;
  if (HEADING_BULLET.test(text)) return true;
  const withoutQuoted = text.replace(NUMBERED_HEADING, '').replace(/[“「『《][^”」』》]*[”」』》]/gu, '');
  // 某某街道：共建美好家园 — a place or topic, a colon, then the headline proper; 好消息！… / 办事更快了！… —
  // a cry before it.
  return !CLAUSE_PUNCTUATION.test(withoutQuoted.replace(/^[^：:，,。]{2,20}[：:]/u, '').replace(/^[^，,。；;：:！？!?]{2,12}[！？!?]/u, ''));
}

/** True when a headline marks itself as one by a phrase-separating space, a bullet or a section number. */
export function hasHeadingMarks(text: string): boolean {
  if (text.length > 40 || endsSentence(text)) return false;
  return PHRASE_SPACE.test(text) || HEADING_BULLET.test(text) || (NUMBERED_HEADING.test(text) && isHeadingLike(text));
}

/** True when the line closes its sentence (。！？； …, optionally followed by a closing quote). */
export { endsSentence };
