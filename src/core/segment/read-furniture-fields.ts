import { findSiteNamedLast } from '../clean/classify-furniture';
import { FIELD_LABELS, OUTLET_SUFFIXES, type MetadataKind } from '../clean/furniture-lexicon';
import { HAN_SOURCE } from '../text/char-classes';
import { findPrintedDates, type PrintedDate } from '../text/parse-printed-date';

/** What one metadata line of page furniture says. */
export interface FurnitureFields {
  /** The first date that names its year. */
  date: PrintedDate | null;
  /** The outlet it names: the value of 来源, or the publisher's name on a masthead. */
  outlet: string | null;
  /** Names after 作者：. */
  authors: string[];
}

const SOURCE_LABELS = ['来源', '稿源', '信息来源', '文章来源', '新闻来源', '出处'];
const AUTHOR_LABELS = ['作者', '撰稿', '撰稿人'];
const ALL_LABELS = Object.values(FIELD_LABELS).flat().sort((a, b) => b.length - a.length).join('|');
/** Where a field's value ends: a space, a bracket or bar, or the next label (…东莞日报作者：…). */
const VALUE_END = `(?=[\\s\\u3000|｜【】\\[\\]（(]|(?:${ALL_LABELS})\\s*[:：]|$)`;
const fieldValue = (labels: readonly string[]): RegExp =>
  new RegExp(`(?:${labels.join('|')})\\s*[:：]?\\s*(?<value>[^\\s\\u3000|｜【】\\[\\]]+?)${VALUE_END}`, 'u');
const SOURCE_VALUE = fieldValue(SOURCE_LABELS);
const AUTHOR_VALUE = new RegExp(`(?:${AUTHOR_LABELS.join('|')})\\s*[:：]\\s*(?<value>[^|｜【】\\[\\]]+?)${VALUE_END}`, 'u');
const LONE_NAME = /^[^\s\u3000|｜:：，。]{2,24}$/u;
const ORIGINAL_POST = '原创';
const SELF_REFERENCE = /^(?:本网|本站|本报|本台|原创|网络|综合|转载)$/u;
const NAME_SEPARATOR = /[\s\u3000、，,]+/u;
/**
 * A masthead's publisher: a name that ends like one (北京日报, 新华社, 某市人民政府门户网站). Lazy, so the
 * product after the name stays off it: 新华社地方新闻稿 → 新华社, 遵义日报数字报 → 遵义日报.
 */
const PUBLISHER = new RegExp(`(?:${HAN_SOURCE}|[A-Za-z·-]){2,24}?(?:${[...OUTLET_SUFFIXES].sort((a, b) => b.length - a.length).join('|')})`, 'u');

const FIELD_LABEL = new RegExp(`^(?:${ALL_LABELS})$`, 'u');

/** The publisher named on a masthead line, before its date: 中山日报 2024年03月12日 … → 中山日报. */
function findPublisher(text: string, date: PrintedDate | null, kind: MetadataKind): string | null {
  const printed = (date ? text.slice(0, date.start) : text).trim();
  // A site's title line names the site last (塘厦镇_百度百科 → 百度百科).
  const head = findSiteNamedLast(printed) ?? printed;
  const tokens = head.split(/[\s\u3000|｜]+/u).filter((t) => t !== '');
  const token = tokens.find((t) => PUBLISHER.test(t));
  if (token !== undefined) return PUBLISHER.exec(token)?.[0] ?? null;
  if (date === null) return LONE_NAME.test(head) ? head : null; // a name alone on its line: 某县发布
  // A post's line names its account before the date, with no label (原创 宾川发布 2024-06-18 08:30 发表于云南).
  const names = tokens.filter((t) => !SELF_REFERENCE.test(t) && !FIELD_LABEL.test(t));
  // 原创 沈佳怡 莫干山镇发布 2024-08-02: an original post's line names its author, then its account.
  const only = names.length === 1 || (tokens[0] === ORIGINAL_POST && names.length === 2) ? (names.at(-1) as string) : '';
  return kind === 'publication' && LONE_NAME.test(only) && /^\p{Script=Han}+$/u.test(only) ? only : null;
}

/**
 * Reads a metadata line of page furniture: its date, its outlet (来源 first, else the publisher a
 * masthead names), its authors.
 * @example readFurnitureFields('发布时间：2024-05-08 09:30 来源：东莞日报 作者：叶思琪', 'publication')
 *          // { date: 2024-05-08, outlet: '东莞日报', authors: ['叶思琪'] }
 */
export function readFurnitureFields(text: string, kind: MetadataKind): FurnitureFields {
  if (kind === 'issuer') return { date: null, outlet: text, authors: [] };
  const date = findPrintedDates(text).find((d) => d.precision !== 'month-day') ?? null;
  // 来源：本网 names the page's own site: the masthead says which, so it is no outlet here.
  const written = SOURCE_VALUE.exec(text)?.groups?.value ?? null;
  const source = written !== null && SELF_REFERENCE.test(written) ? null : written;
  const outlet = source ?? (kind === 'masthead' || kind === 'publication' ? findPublisher(text, date, kind) : null);
  const authors = (AUTHOR_VALUE.exec(text)?.groups?.value ?? '').split(NAME_SEPARATOR).filter((n) => n !== '');
  return { date, outlet, authors };
}
