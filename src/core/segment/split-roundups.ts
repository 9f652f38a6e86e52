import { isNumberedHeading } from './classify-line';
import { blockText, type Block } from './join-lines';
import { headlineText, type ArticleDraft } from './split-articles';
import { hasTrailingCredit, isDatelineLead } from './strip-inline-credits';

/** Suffixes that make the name before a heading's colon a place: 余村： / 莫干山镇： / 柳南区太阳村镇：. */
const PLACE_SUFFIXES = ['街道', '社区', '园区', '开发区', '新区', '自治县', '自治州', '省', '市', '县', '区', '旗', '镇', '乡', '村', '州', '盟'];
const PLACE_LED = new RegExp(`^(?<place>\\p{Script=Han}{1,12}?(?:${PLACE_SUFFIXES.join('|')}))[：:]`, 'u');
// 【遵义·湄潭】湄潭：春茶开采: a roundup's locator tag in black lenticular brackets, a region and its county
// joined by a middle dot, or one place name with its suffix.
const LOCATOR_TAG = new RegExp(`^【(?<place>[^】·]{1,8}·[^】·]{1,8}|\\p{Script=Han}{1,8}?(?:${PLACE_SUFFIXES.join('|')}))】`, 'u');
// 红安：政务服务“掌上办”跑出加速度: a county's short name before the colon, trusted only beside suffixed ones.
const SHORT_NAME_LED = /^(?<place>\p{Script=Han}{2,3})[：:]/u;
/** A brief in a roundup is a paragraph or three; a longer section without its own credit is part of one article. */
const MAX_BRIEF_BLOCKS = 3;

/** One report of a roundup: its heading and the text under it. */
interface Report {
  heading: Block;
  body: Block[];
}

/**
 * A roundup page (各地动态, 区县传真) strings short reports on different places together, each under its
 * own heading. An ordinary article has section headings too (一、…, ◆…, 强管理 提质效). They are told
 * apart by what makes a report stand alone, never by the words of the headings:
 * - each section closes with its own credit or opens with its own dateline — （记者 王五）, （来源：…）,
 *   本报讯, 新华社…电 — so it was written as an article of its own; or
 * - each heading opens with a different place (余村：… / 莫干山镇：…, or a locator tag 【遵义·湄潭】) and each section is a brief of at
 *   most three paragraphs; a heading with nothing under it but the next heading (the collection
 *   heading 区县传真) may stand above them. Under a byline of its own, such sections are parts of one
 *   signed article.
 * Numbered headings (一、 （二） 3. 第一) are an outline of one article and never split it. Each report
 * becomes an article titled by its heading; the collection heading stays above the first as a kicker.
 */
export function splitRoundups(drafts: readonly ArticleDraft[]): ArticleDraft[] {
  return drafts.flatMap((draft) => {
    const found = findReports(draft);
    if (found === null) return [draft];
    return found.reports.map((report, i) => ({
      title: headlineText(report.heading),
      titleBlock: report.heading,
      subtitleBlock: null,
      kickers: i === 0 ? found.kickers : [],
      bylines: i === 0 ? draft.bylines : [],
      body: report.body,
      opener: 'header' as const,
    }));
  });
}

/** The reports of a roundup draft, with the headings above them; null when the draft is one article. */
function findReports(draft: ArticleDraft): { reports: Report[]; kickers: Block[] } | null {
  if (draft.subtitleBlock !== null) return null;
  const blocks = [...draft.kickers, ...(draft.titleBlock ? [draft.titleBlock] : []), ...draft.body];
  let at = 0;
  const kickers: Block[] = [];
  // Headings stacked above the first report (区县传真 above 余村：…) are collection headings.
  while (blocks[at]?.kind === 'heading' && blocks[at + 1]?.kind === 'heading') kickers.push(blocks[at++] as Block);
  const reports: Report[] = [];
  for (const block of blocks.slice(at)) {
    const report = reports[reports.length - 1];
    if (block.kind === 'heading') reports.push({ heading: block, body: [] });
    else if (report === undefined) return null; // text before the first heading: the lead of one article
    else report.body.push(block);
  }
  if (!isSplittable(reports)) return null;
  if (reports.every(isCredited)) return { reports, kickers };
  // Under a byline of its own, sections that name places are parts of one signed article.
  if (draft.bylines.length > 0) return null;
  return isPlaceBriefs(reports) ? { reports, kickers } : null;
}

/** Two or more sections, none an outline's numbered part: the precondition of any roundup. */
function isSplittable(reports: readonly Report[]): boolean {
  return reports.length >= 2 && reports.every((r) => r.body.length > 0 && !isNumberedHeading(blockText(r.heading)));
}

/**
 * Briefs under headings that each open with a different place (甲镇：… / 乙乡：…). A roundup names a county
 * by its short name as often as by its full one (红安：… / 九资河镇：… / 英山：…): a bare name of two or
 * three characters counts as a place when at least half the headings name theirs with a suffix.
 */
function isPlaceBriefs(reports: readonly Report[]): boolean {
  const headings = reports.map((r) => blockText(r.heading));
  const suffixed = headings.map((heading) => (LOCATOR_TAG.exec(heading) ?? PLACE_LED.exec(heading))?.groups?.place ?? null);
  const named = suffixed.filter((p) => p !== null).length;
  const places = named * 2 >= headings.length ? headings.map((heading, i) => suffixed[i] ?? SHORT_NAME_LED.exec(heading)?.groups?.place ?? null) : suffixed;
  const distinct = new Set(places).size === places.length && places.every((p) => p !== null);
  return distinct && reports.every((r) => r.body.length <= MAX_BRIEF_BLOCKS);
}

/** A report written as an article of its own: its text closes with a credit or opens with a dateline. */
function isCredited(report: Report): boolean {
  const text = report.body.filter((b) => b.kind === 'text');
  const first = text[0];
  const last = text[text.length - 1];
  if (!first || !last) return false;
  return isDatelineLead(blockText(first)) || hasTrailingCredit(blockText(last));
}
