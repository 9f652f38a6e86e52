import { findPrintedDates } from '../text/parse-printed-date';

/**
 * What a bracketed note after a headline may say when it tells what the page or the thing is rather
 * than being part of the headline. An encyclopedia prints an entry's name with a disambiguator
 * (清河县（河北省邢台市下辖县）, 长安镇（广东省东莞市下辖镇）); a news page marks what it carries
 * (（图）, （附视频）). Matched at the note's end.
 */
const DISAMBIGUATOR_ENDINGS: readonly string[] = [
  // what a place entry is
  '下辖县', '下辖区', '下辖市', '下辖镇', '下辖乡', '下辖街道', '辖区', '市辖区', '县级市', '地级市', '自治县', '自治州', '自治旗',
  '县', '区', '市', '旗', '镇', '乡', '街道', '村', '社区', '开发区', '新区',
  // what another entry is
  '人物', '词语', '词汇', '机构', '单位', '组织', '企业', '公司', '概念', '术语', '政策', '文件', '工程', '景区', '景点',
];
/** What a news page carries: dropped from the title, and no subtitle either. */
const MEDIA_NOTES: readonly string[] = ['图', '组图', '多图', '视频', '附视频', '图文', '全文', '附全文', '附图', '图表'];

const NOTE = new RegExp(
  `^(?<title>[^（()）]+?)\\s*[（(](?:(?<note>[^（()）]{0,30}(?:${DISAMBIGUATOR_ENDINGS.join('|')}))|(?<media>${MEDIA_NOTES.join('|')}))[）)]$`,
  'u',
);
/** The headline before such a note is a name or a short headline: no sentence, no clause marks. */
const CLAUSE_MARK = /[，。；！？,;!?]/u;

/**
 * The headline without a trailing note in brackets that tells what the page or thing is, and the
 * note (without its brackets), which the article keeps as its subtitle when it has none. The note
 * stays in the title paragraph's text too.
 * @example splitTitleNote('清河县 （河北省邢台市下辖县）') // { title: '清河县', note: '河北省邢台市下辖县' }
 * @example splitTitleNote('我县召开项目推进会（第二次）') // unchanged, note null: the note is part of the news
 */
export function splitTitleNote(title: string): { title: string; note: string | null } {
  const match = NOTE.exec(title);
  const before = match?.groups?.['title'];
  if (before === undefined || CLAUSE_MARK.test(before) || before.trim().length < 2) return { title, note: null };
  return { title: before.trim(), note: match?.groups?.['note'] ?? null };
}

/** The headline without its note: splitTitleNote's title. */
export function stripTitleNote(title: string): string {
  return splitTitleNote(title).title;
}

/**
 * 【2024-05-06】 魏家庄镇5个新开工项目总投资7.2亿元: a list page prints each entry's date in brackets before its
 * headline. The date is the entry's publication date, not part of its title.
 */
const BRACKETED_LEAD = /^[【[［(（](?<lead>[^】\]］)）]{6,16})[】\]］)）][\s\u3000]*(?<title>\S.*)$/u;

/** The headline without a leading bracketed date, and that date as ISO (null when the brackets hold no full date). */
export function splitHeadlineDate(headline: string): { title: string; date: string | null } {
  const found = BRACKETED_LEAD.exec(headline)?.groups;
  const lead = found?.['lead'] ?? '';
  const date = found === undefined ? null : findPrintedDates(lead).find((d) => d.precision === 'day' && d.start === 0 && d.end === lead.length);
  return date ? { title: found?.['title'] ?? headline, date: date.iso } : { title: headline, date: null };
}
