import type { ScriptedLine } from '../types';
import { classifyFurniture, classifyFurnitureBesideFurniture } from './classify-furniture';
import { ISSUER_SUFFIXES, type FurnitureKind } from './furniture-lexicon';

/** Entries of a link list: a bullet, then a headline of a few words (· 某镇举办对接会). */
const LINK_ENTRY = /^[·•▪◇◆○●▶►▷\-－—]\s*\S.{0,40}$/u;
/** An unbulleted link entry: a short line with no clause mark, straight under the heading or the entry before. */
// A place may lead it with a colon, as headlines do (宾川：金秋柑橘飘香 果农喜迎丰收).
// A series name may lead it with a bar (“强村富民”看莫干｜仙潭村：一个村的“共富账本”).
// A headline in two parts keeps its one comma (某县：一季度重大项目集中开工，总投资23.6亿元).
const BARE_LINK_ENTRY = /^(?:[^，。；：,;:！？!?]{2,16}[：:])?[^，。；：,;:！？!?]{4,40}(?:[，,][^，。；：,;:！？!?]{2,20})?$/u;
/**
 * A body's name alone on a line: no mark, short, ending like an office (某市统计局). Digits and Latin
 * letters may stand inside it, as in a hotline's office (某区12345热线办公室, 某县QQ群管理办).
 */
const ISSUER = new RegExp(`^\\p{Script=Han}[\\p{Script=Han}0-9０-９A-Za-zＡ-Ｚａ-ｚ]{1,29}(?:${ISSUER_SUFFIXES.join('|')})$`, 'u');
/** A bulletin signs with one or two bodies (统计局, 调查队) on the lines straight above its date. */
const MAX_ISSUERS = 2;

/**
 * Says for every line whether, and as what, it is page furniture. The text stays: segmentation keeps
 * furniture out of articles but reads the publication date and outlet from it.
 *
 * Three rules need context, because the line alone could be article text:
 * - under a related-links heading (相关链接, 推荐阅读), bulleted entries, and unbulleted short entries on
 *   the lines straight under it, are links;
 * - the names of bodies printed straight above a bare date (某市统计局 / 2023年3月20日) sign a bulletin;
 * - a lone publisher's name (人民网, 某县发布) or a bar of short words (首页 国内 地方 财经) is furniture
 *   when the line straight before or after it is site chrome: furniture comes in clusters.
 */
export function markPageFurniture(lines: readonly ScriptedLine[]): ScriptedLine[] {
  return markClusters(markIssuers(markLinks(lines.map((line) => withKind(line, classifyFurniture(line.text))))));
}

function withKind(line: ScriptedLine, furniture: FurnitureKind | null): ScriptedLine {
  return furniture === null || line.text === '' ? line : { ...line, furniture };
}

function markLinks(lines: ScriptedLine[]): ScriptedLine[] {
  let inList = false; // under a related-links heading, and no article text since
  let adjacent = false; // the line before was the heading or an entry (no blank line between)
  return lines.map((line) => {
    if (line.text === '') {
      adjacent = false;
      return line;
    }
    const entry = inList && line.furniture === null && (LINK_ENTRY.test(line.text) || (adjacent && BARE_LINK_ENTRY.test(line.text)));
    const marked = entry ? withKind(line, 'related') : line;
    inList = marked.furniture === 'related';
    adjacent = inList;
    return marked;
  });
}

// 县人社局联合某镇举办夏季专场招聘会 / 2024-07-09: a meeting is what a headline ends on, never a body's name
// (委员会, 工商联合会 and 红十字会 are bodies; 招聘会, 座谈会, 推进会 are events).
const EVENT_MEETING = /(?:招聘|座谈|推进|发布|交流|培训|动员|现场|观摩|表彰|联席|推介|洽谈|博览|展销|运动|工作|调度|对接|分析|部署|总结|宣讲|见面|研讨|评审|听证|恳谈|茶话|年)会$/u;

function markIssuers(lines: ScriptedLine[]): ScriptedLine[] {
  lines.forEach((line, i) => {
    if (line.furniture !== 'timestamp' && line.furniture !== 'page-date') return;
    // The signature may stand a blank line above its date.
    let k = i - 1;
    if (lines[k]?.text === '') k--;
    for (let signed = 0; k >= 0 && signed < MAX_ISSUERS; k--, signed++) {
      const above = lines[k] as ScriptedLine;
      if (above.furniture !== null || !ISSUER.test(above.text) || EVENT_MEETING.test(above.text)) break;
      lines[k] = withKind(above, 'issuer');
    }
  });
  return lines;
}

/** Kinds that make up a site's or a page's chrome, around which a name or a bar of words is more of it. */
// A page date (2023年4月20日 星期四) sits under a paper's name, never under a headline.
const CHROME: ReadonlySet<FurnitureKind> = new Set(['masthead', 'menu', 'breadcrumb', 'search', 'share', 'tools', 'page-label', 'page-date']);

/**
 * Lines that are furniture beside chrome on the very next line (no blank line between; the page's
 * first line may have one blank line under it), spreading
 * along a cluster: a name above a menu above a breadcrumb. A name beside a posting line counts only
 * when that line repeats it (某县发布 / 原创 某县发布 2023-08-15 18:30): a headline stands above its
 * 发布时间 line too, and must stay a headline.
 */
// 0有用+1 / 0: a counter's second number on a line of its own.
const BARE_NUMBER = /^\d{1,7}$/u;

function markClusters(lines: ScriptedLine[]): ScriptedLine[] {
  const joins = (line: ScriptedLine, neighbour: ScriptedLine | undefined): boolean =>
    neighbour !== undefined && neighbour.furniture !== null &&
    (CHROME.has(neighbour.furniture) || (neighbour.furniture === 'publication' && neighbour.text.includes(line.text)) ||
      (neighbour.furniture === 'counter' && BARE_NUMBER.test(line.text)));
  // The page's first line may stand apart from the chrome under it by a blank line (a site's name).
  const top = lines.findIndex((line) => line.text !== '');
  const belowTop = lines.findIndex((line, i) => i > top && line.text !== '');
  // One pass down and one up: a cluster spreads from its chrome both ways, each line in linear time.
  const visit = (i: number): void => {
    const line = lines[i] as ScriptedLine;
    const next = i === top ? lines[belowTop] : lines[i + 1];
    if (line.furniture !== null || line.text === '' || !(joins(line, lines[i - 1]) || joins(line, next))) return;
    lines[i] = withKind(line, classifyFurnitureBesideFurniture(line.text));
  };
  for (let i = 0; i < lines.length; i++) visit(i);
  for (let i = lines.length - 1; i >= 0; i--) visit(i);
  return lines;
}
