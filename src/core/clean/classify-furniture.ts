import { countHan, endsSentence } from '../text/char-classes';
import { createWordIndex, findWordAt } from '../text/create-word-index';
import { findPrintedDates } from '../text/parse-printed-date';
import {
  BARE_LABELS, FIELD_LABELS, FURNITURE_KINDS, FURNITURE_PHRASES, FURNITURE_WORDS, NOTICE_PHRASES, OUTLET_SUFFIXES,
  PAGE_SECTION_WORDS, SITE_SUFFIXES, SITE_TITLE_SEPARATOR, WEEKDAY, type FurnitureKind,
} from './furniture-lexicon';

/** Longer lines are paragraphs, never furniture. */
const MAX_FURNITURE_LENGTH = 160;
/** A masthead, page header or link entry fits on one short line. */
const MAX_HEADER_LENGTH = 60;
/** A token of a menu bar is a word or two. */
const MAX_MENU_TOKEN = 12;
/** A bar separated by spaces alone needs this many tokens, each this short, before it reads as a menu. */
const MIN_SPACED_MENU_TOKENS = 4;
const MAX_SPACED_MENU_TOKEN = 6;
/** Without furniture words, a bar needs this many tokens of Han characters, each this short. */
const MIN_BARE_MENU_TOKENS = 6;
const MAX_BARE_MENU_TOKEN = 4;
/** Furniture words must cover this share of a line's letters; the rest may be a count or a name. */
const MIN_WORD_COVER = 0.75;
/** A bar of furniture words is short. */
const MAX_WORD_LINE = 40;
/** Below this many Han characters a line ending in a stop is a fragment, not a sentence of prose. */
const MIN_SENTENCE_HAN = 8;

const SEPARATORS = /[\s\u3000|｜>＞›»·•▪■□◆◇●○▲△★☆▶►/／【】[\]（）()]+/u;
const PIPE = /[|｜]/gu;
const ARROW = /[>＞›»]/gu;
/** The first entry of a breadcrumb: 首页 > 地方新闻 is one even with a single arrow. */
const HOME = /(?:^|\s)(?:网站)?首页$/u;
const CLAUSE_COMMA = /[，；,;]/gu;
const PAGE_NUMBER = '(?:第\\s*[A-Z]?\\d{1,3}\\s*版|[A-Z]\\d{1,2})';
const PAGE_LABEL = new RegExp(`${PAGE_NUMBER}(?:\\s*[:：]\\s*[^\\s:：|｜]{1,10})?|(?:总)?第\\s*\\d{1,5}\\s*期`, 'gu');
const LONE_PAGE_NUMBER = new RegExp(`^(?:${PAGE_NUMBER}|\\d{2})$`, 'u');
const SECTION_NAME = new RegExp(
  `^(?:(?:${PAGE_NUMBER}|[A-Z]?\\d{1,2})\\s*)?.{0,4}(?:${PAGE_SECTION_WORDS.join('|')})(?:\\s*(?:${PAGE_NUMBER}|[A-Z]?\\d{1,2}))?$`,
  'u',
);
const CLOCK = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/gu;
/** A page's section name beside its page number: 县域经济 / 区县新闻. */
const MAX_SECTION_NAME = 6;
const CLOCK_AT = new RegExp(CLOCK.source, 'u');
/** A posting line names the poster and little more. */
const MAX_POSTED_TOKENS = 4;
const COUNTER = /^(?:阅读|浏览|点击|访问)(?:次数|量|数)?\s*[:：]?\s*\d+\s*次?$|^\d+\s*(?:次|人)?(?:阅读|浏览|点击)$/u;
const ADDRESS = /(?:https?:\/\/|www\.|@)\S+|\S+\.(?:cn|com|net|org)(?:\/\S*)?/iu;
const BYLINE_WORDS = /记者|通讯员|摄影|编辑|作者/u;

const byLength = (a: string, b: string): number => b.length - a.length;
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const KIND_OF_LABEL = new Map<string, FurnitureKind>(
  Object.entries(FIELD_LABELS).flatMap(([kind, labels]) => labels.map((label): [string, FurnitureKind] => [label, kind as FurnitureKind])),
);
const LABELS = [...KIND_OF_LABEL.keys()].sort(byLength).map(escape).join('|');
// 发布时间：… / 【责任编辑：罗娟】 / （责编:李文治） / 发表于 2023-05-22 / 来源 新华网
const LABEL_START = new RegExp(`^[【（(\\[]?\\s*(?<label>${LABELS})\\s*[:：]|^[【（(\\[]\\s*(?<spaced>${LABELS})[\\s\\u3000]+\\S.{0,20}[】）)\\]]$|^(?<bare>${BARE_LABELS.join('|')})(?=[\\s\\u3000]*\\S)(?![\\p{Script=Han}])`, 'u');
const BRACKETED_CREDIT = /^[（(【[]\s*(?:(?:本报|特约|见习|首席)?(?:记者|通讯员|实习生|摄影|撰稿)[\s\u3000:：]*\p{Script=Han}{2,4}[\s\u3000、，,]*)+[)）】\]]$/u;
const LABEL_ANYWHERE = new RegExp(`(?:^|[\\s\\u3000|｜])(?:${LABELS})\\s*[:：]`, 'u');

const WORD_KINDS = new Map<string, FurnitureKind[]>();
for (const [kind, words] of Object.entries(FURNITURE_WORDS)) {
  for (const word of words) WORD_KINDS.set(word, [...(WORD_KINDS.get(word) ?? []), kind as FurnitureKind]);
}
/** Words that may be found inside a token, longest first so 关闭窗口 wins over 关闭. */
const LONG_WORDS = [...WORD_KINDS.keys()].filter((w) => w.length > 1).sort(byLength);
// The long words by their first character, longest first: a position asks only the few that can start there.
const LONG_WORD_INDEX = createWordIndex(LONG_WORDS);
// Lowered once, not once per line.
const NOTICE_LOWER = NOTICE_PHRASES.map((phrase) => phrase.toLowerCase());
// The phrases in one list, kind by kind in FURNITURE_KINDS order: the first found names the first kind with one.
const PHRASES_BY_KIND = FURNITURE_KINDS.flatMap((kind) => (FURNITURE_PHRASES[kind] ?? []).map((phrase) => ({ phrase, kind })));

/** Characters a furniture word must account for: Han and Latin letters (digits and marks are neutral). */
function countWordCharacters(text: string): number {
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if ((unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a)) latin++;
  }
  return countHan(text) + latin;
}

/** What every rule asks about a line, worked out once. */
interface LineShape {
  text: string;
  /** The line cut at separators (spaces, bars, brackets, bullets), trailing colons off, empty tokens dropped. */
  tokens: string[];
  /** Reads as a sentence of prose: it closes with a stop, or runs on through several commas. */
  prose: boolean;
}

/** What the rules read before the prose gate: the tokens are cut only for lines past it (most lines are prose). */
type SentenceShape = Omit<LineShape, 'tokens'>;

function toSentenceShape(text: string): SentenceShape {
  const commas = text.match(CLAUSE_COMMA)?.length ?? 0;
  return { text, prose: (endsSentence(text) && countHan(text) >= MIN_SENTENCE_HAN) || commas >= 2 };
}

function toShape(line: SentenceShape): LineShape {
  const tokens = line.text.split(SEPARATORS).map((t) => t.replace(/[:：]+$/u, '')).filter((t) => t !== '');
  return { text: line.text, tokens, prose: line.prose };
}

/** A copyright or licence notice: furniture even when written as a sentence. */
function readNotice(line: SentenceShape): FurnitureKind | null {
  const lower = line.text.toLowerCase();
  return NOTICE_LOWER.some((phrase) => lower.includes(phrase)) ? 'footer' : null;
}

// - END - / —END— / -完- / （全文完）: the mark a post or a wire item closes with, alone on its line. It names
// no one, but what follows it (编辑：…, 往期推荐) is the account's furniture, never the article's next part.
const END_MARK = /^[\s\u3000\-－—–―_~～=·•*]*(?:END|End|end|THE END|The End|[（(]?(?:全文)?完[)）]?)[\s\u3000\-－—–―_~～=·•*]*$/u;
// 0有用+1: an encyclopedia's vote counter, the count before its word; 关注 ｜ 已有3.6万人关注: an account's followers.
const VOTE_COUNTER = /^\d{1,7}\s*(?:有用|没用|点赞|在看)\s*(?:\+\d)?$/u;
const FOLLOWER_COUNTER = /^(?:关注[\s\u3000|｜]*)?(?:已有|共有)?[\d.,]+[万千]?人(?:关注|订阅|阅读|浏览|看过|点赞|收藏)$/u;
function readVoteCounter(line: SentenceShape): FurnitureKind | null {
  return VOTE_COUNTER.test(line.text) || FOLLOWER_COUNTER.test(line.text) ? 'counter' : null;
}

function readEndMark(line: SentenceShape): FurnitureKind | null {
  return END_MARK.test(line.text) && /[\-－—–―_~～=·•*（(]/u.test(line.text) ? 'credit' : null;
}

// 阅读 3.2万 / 在看 126 / 浏览 1385次: a post's counters print their label bare before the number.
const BARE_COUNTER = new RegExp(`^(?:(?:${FIELD_LABELS.counter?.join('|') ?? ''}|在看|点赞|赞|分享|转发)[\\s\\u3000]*[\\d.,]+[万千wW]?\\+?次?[\\s\\u3000]*)+$`, 'u');
// 文　　号：无 / 有 效 性：有效: a catalogue table spaces a short label out to the width of the longest.
const SPACED_LABEL = /(?<=^|[\s\u3000|｜])(\p{Script=Han})[\s\u3000]+(\p{Script=Han})(?:[\s\u3000]+(\p{Script=Han}))?(?=[\s\u3000]*[:：])/gu;
const closeSpacedLabels = (text: string): string => text.replace(SPACED_LABEL, (_, a: string, b: string, c: string | undefined) => a + b + (c ?? ''));

/**
 * A line opening with a field label: 发布时间：… / 责任编辑：… / 主办单位：… / 浏览次数：…, or a writers'
 * credit alone in brackets （记者 王五 通讯员 赵六） — unbracketed, such a line is a byline and opens an article.
 */
// 新华社记者 肖 凡 摄 / 新华社发（郑坤 摄） under a photo: a photographer's credit alone on its line, no clause in it.
const PHOTO_CREDIT_LINE = /^[^，。；！？,;!?：:]{2,28}摄[)）]?$/u;
const PHOTO_CREDIT_WORDS = /记者|通讯员|摄影|新华社|中新社|本报|[（(]|[\s\u3000]/u;
// 【纠错】 【责任编辑：郑 艳】: a tool in brackets before a field is part of the same strip of furniture.
const LEADING_TOOLS = /^(?:【(?:纠错|打印|关闭|收藏|分享|返回顶部|我要纠错)】[\s\u3000]*)+/u;

function readLabelled(line: SentenceShape): FurnitureKind | null {
  if (BRACKETED_CREDIT.test(line.text)) return 'credit';
  if (BARE_COUNTER.test(line.text)) return 'counter';
  if (PHOTO_CREDIT_LINE.test(line.text) && PHOTO_CREDIT_WORDS.test(line.text)) return 'credit';
  const text = line.text.replace(LEADING_TOOLS, '');
  if (text !== line.text && text !== '' && BRACKETED_CREDIT.test(text.replace(/^【(.*)】$/u, '（$1）'))) return 'credit';
  const match = LABEL_START.exec(closeSpacedLabels(text));
  if (!match || (line.prose && line.text.length > MAX_HEADER_LENGTH)) return null;
  if (match.groups?.bare) return 'publication';
  return KIND_OF_LABEL.get(match.groups?.label ?? match.groups?.spaced ?? '') ?? null;
}

/**
 * A line that holds a dated year: a bare timestamp, a page date (with its weekday), a masthead (a
 * publisher's name or a page number beside the date), a dated publication line, or a related-link entry
 * (a headline closed by its date).
 */
function readDated(line: LineShape): FurnitureKind | null {
  const dates = findPrintedDates(line.text).filter((d) => d.precision !== 'month-day');
  const last = dates[dates.length - 1];
  if (!last || line.text.length > MAX_HEADER_LENGTH) return null;
  let rest = '';
  let from = 0;
  for (const date of dates) {
    rest += `${line.text.slice(from, date.start)} `;
    from = date.end;
  }
  rest += line.text.slice(from);
  const pageLabelled = new RegExp(PAGE_LABEL.source, 'u').test(rest);
  const undated = rest.replace(CLOCK, ' ').replace(WEEKDAY, ' ');
  const tokens = undated.replace(PAGE_LABEL, ' ').split(SEPARATORS).filter((t) => t !== '');
  if (tokens.length === 0) return WEEKDAY.test(line.text) ? 'page-date' : 'timestamp';
  if (LABEL_ANYWHERE.test(undated)) return 'publication';
  const named = tokens.filter((t) => OUTLET_SUFFIXES.some((suffix) => t.endsWith(suffix)));
  const furnished = tokens.every((t) => named.includes(t) || WORD_KINDS.has(t));
  // 2023年11月02日 第A4版 县域经济: beside a page number, a short word is the page's section name.
  const sectioned = pageLabelled && tokens.every((t) => named.includes(t) || WORD_KINDS.has(t) || t.length <= MAX_SECTION_NAME);
  if ((named.length > 0 && furnished) || sectioned) return 'masthead';
  if (WEEKDAY.test(line.text) && furnished) return 'page-date';
  if (tokens.every((t) => BYLINE_WORDS.test(t) || countHan(t) <= 4) && tokens.some((t) => BYLINE_WORDS.test(t))) return 'publication';
  // 2023-05-22 18:00 某某发布 / 原创 某某财经 2023年05月22日 08:29: a time to the minute beside a name or
  // two is when and where it was posted; a related link prints its date, never its time.
  if (CLOCK_AT.test(rest) && tokens.length <= MAX_POSTED_TOKENS && tokens.every((t) => t.length <= MAX_MENU_TOKEN)) return 'publication';
  const closesLine = line.text.slice(last.end).replace(/[\s)）\]】]/gu, '') === '';
  return last.precision === 'day' && closesLine && !endsSentence(line.text.slice(0, last.start)) ? 'related' : null;
}

// 共5条　首页　上一页　1　下一页　尾页: a list page's pager, its counts and page numbers among its words.
const PAGER_TURN = /^(?:上一页|下一页|上页|下页)$/u;
const PAGER_TOKEN = /^(?:首页|上一页|下一页|上页|下页|尾页|末页|跳转|GO|go|确定|\d{1,4}|共\d{1,6}(?:条|页|篇|项|记录)|第?\d{1,4}\/\d{1,4}页?|到第\d{1,4}页|…|\.{2,3})$/u;
// The clean-up closes the space between a word and a digit (上一页1下一页): the pager's words are cut apart again.
const PAGER_WORDS = /(首页|上一页|下一页|上页|下页|尾页|末页)/gu;
const PAGE_TURN_ANYWHERE = /[上下]一?页/u;
function readPager(line: LineShape): FurnitureKind | null {
  // Most short lines hold no page turn: they are passed over before any token is cut.
  if (!PAGE_TURN_ANYWHERE.test(line.text)) return null;
  const tokens = line.tokens.flatMap((t) => t.replace(PAGER_WORDS, ' $1 ').split(' ')).filter((t) => t !== '');
  return tokens.some((t) => PAGER_TURN.test(t)) && tokens.every((t) => PAGER_TOKEN.test(t)) ? 'related' : null;
}

/** 第A03版：要闻 / 第05版 / A3 / 05 / 综合新闻 / 版面导航 | 上一版 | 下一版 */
function readPageLabel(line: LineShape): FurnitureKind | null {
  if (LONE_PAGE_NUMBER.test(line.text) || SECTION_NAME.test(line.text)) return 'page-label';
  const rest = line.text.replace(PAGE_LABEL, ' ');
  if (rest === line.text) return null;
  // 版面导航：第01版：要闻　第02版：要闻…: the list's own label keeps its colon once the pages are taken out.
  const tokens = rest.split(SEPARATORS).map((t) => t.replace(/[:：]+$/u, '')).filter((t) => t !== '');
  return tokens.every((t) => WORD_KINDS.get(t)?.includes('page-label')) ? 'page-label' : null;
}

/** 首页 > 新闻 > 地方, or a line opened by 当前位置. */
function readBreadcrumb(line: LineShape): FurnitureKind | null {
  const arrows = line.text.match(ARROW)?.length ?? 0;
  const parts = line.text.split(ARROW);
  if (parts.some((p) => p.trim().length > 20)) return null;
  return arrows >= 2 || (arrows === 1 && parts.some((p) => HOME.test(p.trim()))) ? 'breadcrumb' : null;
}

// A module function, not a closure made per line: under tsx (keepNames) each named closure costs an
// Object.defineProperty call every time it is made, and readWords runs for most short lines.
function vote(votes: Map<FurnitureKind, number>, kinds: readonly FurnitureKind[], size: number): void {
  for (const kind of kinds) votes.set(kind, (votes.get(kind) ?? 0) + size);
}

/**
 * A short line made (almost) only of furniture words — 分享到 微信 微博 / 点赞36扫一扫分享【收藏】 /
 * 打印本页 关闭窗口: the kind whose words cover most of it. A one-character word (大 中 小) counts only
 * as a token of its own, never inside a word of the text.
 */
function readWords(line: LineShape): FurnitureKind | null {
  if (line.text.length > MAX_WORD_LINE) return null;
  const letters = countWordCharacters(line.text);
  if (letters === 0) return null;
  const votes = new Map<FurnitureKind, number>();
  let covered = 0;
  for (const token of line.tokens) {
    const whole = WORD_KINDS.get(token);
    if (whole) {
      vote(votes, whole, token.length);
      covered += token.length;
      continue;
    }
    for (let i = 0; i < token.length;) {
      const word = LONG_WORDS[findWordAt(LONG_WORD_INDEX, token, i)];
      if (word) {
        vote(votes, WORD_KINDS.get(word) ?? [], word.length);
        covered += word.length;
        i += word.length;
      } else {
        i++;
      }
    }
  }
  if (covered < letters * MIN_WORD_COVER) return null;
  let best: FurnitureKind | null = null;
  for (const kind of FURNITURE_KINDS) if ((votes.get(kind) ?? 0) > (best === null ? 0 : (votes.get(best) ?? 0))) best = kind;
  return best;
}

/** A short line holding a phrase that only furniture prints (请输入…, 文明上网, 分享到, 当前位置). */
function readPhrase(line: LineShape): FurnitureKind | null {
  if (line.text.length > MAX_HEADER_LENGTH) return null;
  for (const { phrase, kind } of PHRASES_BY_KIND) if (line.text.includes(phrase)) return kind;
  return null;
}

const SITE_NAME_END = new RegExp(`(?:${[...SITE_SUFFIXES].sort(byLength).join('|')})$`, 'u');
const MAX_SITE_TITLE = 30;

/**
 * The website a title line names last, after a name and a separator (塘厦镇_百度百科 → 百度百科,
 * 方志百科 · 眉山地方志数据库 → 眉山地方志数据库), or null for a line of another shape.
 */
export function findSiteNamedLast(text: string): string | null {
  const parts = text.split(SITE_TITLE_SEPARATOR).filter((p) => p !== '');
  const site = parts.length >= 2 ? (parts.at(-1) as string) : null;
  return site !== null && SITE_NAME_END.test(site) ? site : null;
}

/**
 * A browser's or a site's title line: a name, a separator, and a website's name last. Its first part
 * may be the page's headline (an entry's name), which the page prints again on its own.
 */
function readSiteTitle(line: LineShape): FurnitureKind | null {
  if (line.text.length > MAX_SITE_TITLE || /[，。；！？,;!?\d]/u.test(line.text)) return null;
  return findSiteNamedLast(line.text) === null ? null : 'masthead';
}

/** A bar of short entries: three or more between | bars, or four or more short words between spaces. */
function readMenu(line: LineShape): FurnitureKind | null {
  const bars = line.text.match(PIPE)?.length ?? 0;
  if (bars >= 2 && line.text.split(PIPE).every((t) => t.trim().length >= 1 && t.trim().length <= MAX_MENU_TOKEN)) return 'menu';
  const { tokens } = line;
  if (tokens.length < MIN_SPACED_MENU_TOKENS || tokens.some((t) => t.length > MAX_SPACED_MENU_TOKEN)) return null;
  if (tokens.filter((t) => WORD_KINDS.has(t)).length * 2 >= tokens.length) return 'menu';
  // A long bar of words of a few characters is a menu whatever its words (网页 新闻 贴吧 知道 网盘 …):
  // prose never stands in six or more such pieces, and a list of names has its 、 or a role.
  const bare = tokens.every((t) => t.length <= MAX_BARE_MENU_TOKEN && /^\p{Script=Han}+$/u.test(t));
  return bare && tokens.length >= MIN_BARE_MENU_TOKENS && !BYLINE_WORDS.test(line.text) ? 'menu' : null;
}

/** 阅读 1385 / 1385次浏览 / a lone web address or page code. */
function readCounterOrCode(line: LineShape): FurnitureKind | null {
  if (COUNTER.test(line.text)) return 'counter';
  if (countHan(line.text) === 0 && ADDRESS.test(line.text)) return 'footer';
  return null;
}


// Before the prose gate: notices and labelled lines may be written as sentences. After it: shapes.
const SENTENCE_RULES = [readNotice, readEndMark, readVoteCounter, readLabelled];
const SHAPE_RULES = [readPager, readDated, readBreadcrumb, readWords, readPageLabel, readPhrase, readMenu, readSiteTitle, readCounterOrCode];

/**
 * What kind of page furniture a cleaned (simplified) line is, or null for article text. Decided by the
 * line's shape — its length, stops, separators, dates and digits — with the furniture lexicon naming
 * the kind; never by a site's name.
 * @example classifyFurniture('发布时间：2023-05-22 来源：人民网') // 'publication'
 * @example classifyFurniture('中山日报 2024年03月12日 第A03版：要闻') // 'masthead'
 * @example classifyFurniture('某县审批时限压缩至5个工作日') // null
 */
export function classifyFurniture(text: string): FurnitureKind | null {
  if (text === '' || text.length > MAX_FURNITURE_LENGTH) return null;
  const sentence = toSentenceShape(text);
  for (const rule of SENTENCE_RULES) {
    const kind = rule(sentence);
    if (kind) return kind;
  }
  if (sentence.prose) return null;
  const line = toShape(sentence);
  for (const rule of SHAPE_RULES) {
    const kind = rule(line);
    if (kind) return kind;
  }
  return null;
}

/**
 * A publisher's name alone, short and unmarked: 人民网 / 某县发布 / 某市人民政府门户网站 / 某新区（某区）政务网.
 * Alone it could be a headline (某县上线政务服务客户端), so only site chrome beside it makes it a masthead.
 */
const LONE_NAME = /^[\p{Script=Han}A-Za-z·（）()-]{2,24}(?:网站|网|报|台|社|发布|融媒|新闻|政府|频道|客户端|门户|电子版|数字版|人大|政协)$/u;
/** A bar of words between spaces, each short, none a clause. */
const MIN_BAR_TOKENS = 4;
const MAX_BAR_TOKEN = 4;
/** A shorter bar holding a furniture word may have longer words (查看我的收藏). */
const MAX_TOOL_BAR_TOKEN = 6;

/**
 * Furniture that only its neighbours reveal: a publisher's name alone (人民网) or a bar of short words
 * (首页 国内 地方 财经) could be a short headline; beside a line that is furniture, it is more of it.
 */
// QUZHOU DAILY, RENMIN RIBAO: a paper's name in capitals under its Chinese name.
const ROMANISED_NAME = /^[A-Z][A-Z .&'-]{3,40}$/u;

export function classifyFurnitureBesideFurniture(text: string): FurnitureKind | null {
  // A number alone on its line (the 0 under 0有用+1) is a counter when furniture stands beside it.
  if (/^\d{1,7}$/u.test(text)) return 'counter';
  // 某县人民政府  门户网站: a site's name set apart by spaces is still one name.
  if (LONE_NAME.test(text.replace(/[\s\u3000]+/gu, '')) || ROMANISED_NAME.test(text)) return 'masthead';
  const tokens = text.split(/[\s\u3000]+/u);
  const short = (max: number) => tokens.every((t) => t.length >= 1 && t.length <= max && !/[，。、；：,.;:]/u.test(t));
  const bar = tokens.length >= MIN_BAR_TOKENS && short(MAX_BAR_TOKEN);
  // Fewer words make a bar too when one of them is furniture's own (搜索词条 进入词条 搜索, 收藏 查看我的收藏):
  // a short headline in pieces (乡村振兴 产业先行) has none.
  const toolBar = tokens.length >= 2 && short(MAX_TOOL_BAR_TOKEN) && tokens.some((t) => WORD_KINDS.has(t));
  return bar || toolBar ? 'menu' : null;
}
