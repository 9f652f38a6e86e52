import { isMetadataKind } from '../clean/furniture-lexicon';
import type { PrintedDate } from '../text/parse-printed-date';
import type { ScriptedLine } from '../types';
import { readFurnitureFields, type FurnitureFields } from './read-furniture-fields';
import type { Dateline } from './strip-inline-credits';

/** The date, outlet and named authors of one article. */
export interface ArticleMetadata {
  date: string | null;
  outlet: string | null;
  authors: string[];
}

/** An article as this stage needs it: where on the page it starts, its lead's dateline and closing credit. */
export interface ArticleAnchor {
  /** Source offset of the article's first line. */
  start: number;
  dateline: Dateline | null;
  /** Fields of a bracketed credit closing the article (（来源：某县融媒体中心 作者：…）). */
  credit: FurnitureFields | null;
  /** The date a list page prints before the article's headline (【2024-05-06】 …), as ISO. */
  headlineDate?: string | null;
}

interface PlacedFields extends FurnitureFields {
  start: number;
  /** A masthead or page date speaks for the whole page wherever it is printed. */
  pageWide: boolean;
}

function readMetadataLines(lines: readonly ScriptedLine[]): PlacedFields[] {
  return lines.flatMap((line) => {
    const kind = line.furniture;
    if (!isMetadataKind(kind)) return [];
    return [{ ...readFurnitureFields(line.text, kind), start: line.start, pageWide: kind === 'masthead' || kind === 'page-date' }];
  });
}

const first = <T>(values: readonly (T | null | undefined)[]): T | null => values.find((v) => v !== null && v !== undefined) ?? null;

/**
 * A dateline's month and day take a year only from the page (a year printed alone, 2024年第12期): a
 * month and day alone is no publication date.
 */
function withPageYear(date: PrintedDate | null, year: string | null): string | null {
  if (date === null) return null;
  if (date.precision !== 'month-day') return date.iso;
  return year === null ? null : `${year}${date.iso.slice(1)}`;
}

/**
 * Gives each article its publication date and outlet from the page furniture and its dateline.
 *
 * A furniture line belongs to the article it is printed in (from the article's first line to the
 * next article's); lines above the first article, and mastheads or page dates anywhere, speak for
 * the whole page. The article's own lines come first, then its dateline, then the page:
 * - date: own 发布时间 / dated line → page (masthead, page date, lines above the first article) →
 *   a dateline that prints its year → a dateline's month and day in a year the page prints → that
 *   year alone (the more precise reading first: the scorer and a reader both accept 2022-09-01 for 2022);
 * - outlet: own 来源 (a line, or the article's closing credit) → the wire or paper its dateline names (新华社…电, 北京日报讯) → page (来源 above
 *   the first article, the masthead's publisher — which is also the paper of a 本报讯).
 */
export function resolveArticleMetadata(lines: readonly ScriptedLine[], anchors: readonly ArticleAnchor[]): ArticleMetadata[] {
  const fields = readMetadataLines(lines);
  const own = assignToArticles(fields, anchors);
  const firstStart = anchors.reduce((min, a) => Math.min(min, a.start), Infinity);
  const page = fields.filter((f) => f.pageWide || f.start < firstStart);
  const pageDate = first(page.map((f) => (f.date?.precision === 'year' ? null : f.date?.iso)));
  const pageYear = first(fields.map((f) => (f.date?.precision === 'year' ? f.date.iso : null)));
  // A page that prints one publication line, inside its first article (a roundup under its page heading),
  // prints it for every article on it: the others, which print none, take it too.
  const soleOwn = (read: (f: PlacedFields) => string | null | undefined): string | null => {
    const printed = own.map((mine) => first(mine.map(read)));
    const firstInPage = anchors.reduce((best, a, i) => (a.start < (anchors[best]?.start ?? Infinity) ? i : best), 0);
    return printed.every((value, i) => value === null || i === firstInPage) ? (printed[firstInPage] ?? null) : null;
  };
  // 来源：寿光日报 above a no-headline article names the paper a site reposts: it outranks the site's masthead.
  // So does a roundup's one 来源 line under its page heading (来源：黄冈日报 on 黄冈市人民政府门户网站).
  const pageOutlet = first([
    ...page.filter((f) => !f.pageWide).map((f) => f.outlet),
    soleOwn((f) => f.outlet),
    ...page.filter((f) => f.pageWide).map((f) => f.outlet),
  ]);
  const sharedDate = soleOwn((f) => f.date?.iso);
  return anchors.map((anchor, i) => {
    const mine = own[i] ?? [];
    const dateline = anchor.dateline;
    return {
      date: first([...mine.map((f) => f.date?.iso), anchor.headlineDate, pageDate, withPageYear(dateline?.date ?? null, pageYear), sharedDate, pageYear]),
      outlet: first([...mine.map((f) => f.outlet), anchor.credit?.outlet, dateline?.outlet, pageOutlet]),
      authors: mine.flatMap((f) => f.authors),
    };
  });
}

/**
 * The article-scoped lines of each article: those printed from its first line to the next article's,
 * in one sweep over both in page order (a page of many articles costs no more per article).
 */
function assignToArticles(fields: readonly PlacedFields[], anchors: readonly ArticleAnchor[]): PlacedFields[][] {
  const own: PlacedFields[][] = anchors.map(() => []);
  const order = anchors.map((_, i) => i).sort((x, y) => (anchors[x]?.start ?? 0) - (anchors[y]?.start ?? 0));
  let k = -1; // position in `order` of the article the sweep is in
  for (const field of fields) {
    if (field.pageWide) continue;
    while (k + 1 < order.length && (anchors[order[k + 1] as number]?.start ?? Infinity) <= field.start) k++;
    if (k >= 0) own[order[k] as number]?.push(field);
  }
  return own;
}
