import { HAN_SOURCE } from '../text/char-classes';
import { isHeadingLike } from './classify-line';
import { blockText, type Block } from './join-lines';
import { findTrailingHeadingsStart, headlineText, type ArticleDraft } from './split-articles';

/** A headline printed apart from its article, with the sub-headline and summary box printed under it. */
interface CollectedHeadline {
  titleBlock: Block;
  subtitleBlock: Block | null;
  lede: Block[];
}

/** A summary box is a paragraph or three; more than that is an article of its own, not a lede. */
const MAX_LEDE_BLOCKS = 3;
/** Below this share of weighted headline bigrams found in an article, a headline is not its own. */
const MIN_MATCH_SCORE = 0.2;
const HAN_PAIR = new RegExp(`(?=(${HAN_SOURCE}${HAN_SOURCE}))`, 'gu');

/**
 * A newspaper page often prints its headlines together (at the end, or beside a vertical headline) and
 * the article bodies under bylines alone. Gives each untitled article the collected headline whose words
 * it shares most, with the sub-headline and summary box printed under it; unmatched headlines that carry
 * text stay articles of their own, bare unmatched headlines are dropped.
 */
export function attachCollectedHeadlines(drafts: readonly ArticleDraft[]): ArticleDraft[] {
  const untitled = drafts.filter((d) => d.opener === 'byline' && d.titleBlock === null);
  if (untitled.length === 0) return [...drafts];
  const collected = new Map<ArticleDraft, CollectedHeadline[]>();
  for (const draft of drafts) {
    const headlines = draft.opener === 'header' ? splitCollected(draft) : null;
    if (headlines) collected.set(draft, headlines);
  }
  // Headline lines after the last paragraph of the page are collected headlines too.
  const last = drafts[drafts.length - 1];
  const pageEnd = last && !collected.has(last) ? trailingHeadlines(last) : [];
  const assignment = assignHeadlines([...[...collected.values()].flat(), ...pageEnd], untitled);
  const assigned = new Set(assignment.values());
  const result: ArticleDraft[] = [];
  for (const draft of drafts) {
    const own = collected.get(draft);
    if (own) {
      for (const headline of own) if (!assigned.has(headline) && headline.lede.length > 0) result.push(asArticle(headline));
      continue;
    }
    const headline = assignment.get(draft);
    const titled = headline ? withHeadline(draft, headline) : draft;
    result.push(draft === last ? withoutAssigned(titled, pageEnd, assigned) : titled);
  }
  return result;
}

function trailingHeadlines(draft: ArticleDraft): CollectedHeadline[] {
  const from = findTrailingHeadingsStart(draft.body);
  if (from === 0) return []; // an article of headlines only is not a page end
  return draft.body.slice(from).map((block) => ({ titleBlock: block, subtitleBlock: null, lede: [] }));
}

/** The page-end headlines that found their article leave the body they were printed in. */
function withoutAssigned(
  draft: ArticleDraft,
  pageEnd: readonly CollectedHeadline[],
  assigned: ReadonlySet<CollectedHeadline>,
): ArticleDraft {
  const moved = new Set(pageEnd.filter((h) => assigned.has(h)).map((h) => h.titleBlock));
  return moved.size === 0 ? draft : { ...draft, body: draft.body.filter((block) => !moved.has(block)) };
}

/** A header-opened draft whose body is a short lede or only headline lines: one headline per line. */
function splitCollected(draft: ArticleDraft): CollectedHeadline[] | null {
  if (!draft.titleBlock) return null;
  // A line set at the column's width reads as text, yet alone and unpunctuated it is one more headline.
  const onlyHeadings = draft.body.every((b) => b.kind === 'heading' || (b.lines.length === 1 && isHeadingLike(blockText(b))));
  const shortLede = draft.body.length <= MAX_LEDE_BLOCKS && draft.body.every((b) => b.kind === 'text');
  if (!onlyHeadings && !shortLede) return null;
  const first: CollectedHeadline = { titleBlock: draft.titleBlock, subtitleBlock: draft.subtitleBlock, lede: [] };
  if (!onlyHeadings) return [{ ...first, lede: draft.body }];
  return [first, ...draft.body.map((block) => ({ titleBlock: block, subtitleBlock: null, lede: [] }))];
}

/** Greedy one-to-one assignment, best-scoring pair first. */
function assignHeadlines(
  headlines: readonly CollectedHeadline[],
  articles: readonly ArticleDraft[],
): Map<ArticleDraft, CollectedHeadline> {
  if (headlines.length === 0) return new Map(); // nothing to place: skip indexing every article's words
  const articlePairs = articles.map((article) => new Set(hanPairs(article.body.map(blockText).join(''))));
  // A pair found in every article says nothing about which one a headline belongs to.
  const articleCount = new Map<string, number>();
  for (const pairs of articlePairs) for (const pair of pairs) articleCount.set(pair, (articleCount.get(pair) ?? 0) + 1);
  const scored: { headline: CollectedHeadline; article: ArticleDraft; score: number }[] = [];
  headlines.forEach((headline) => {
    const words = new Set(hanPairs(headlineWords(headline)));
    articles.forEach((article, a) => {
      let score = 0;
      for (const pair of words) if (articlePairs[a]?.has(pair)) score += 1 / (articleCount.get(pair) ?? 1);
      scored.push({ headline, article, score: words.size === 0 ? 0 : score / words.size });
    });
  });
  scored.sort((x, y) => y.score - x.score);
  const assignment = new Map<ArticleDraft, CollectedHeadline>();
  const used = new Set<CollectedHeadline>();
  for (const { headline, article, score } of scored) {
    if (score < MIN_MATCH_SCORE) break;
    if (used.has(headline) || assignment.has(article)) continue;
    assignment.set(article, headline);
    used.add(headline);
  }
  return assignment;
}

function headlineWords(headline: CollectedHeadline): string {
  return blockText(headline.titleBlock) + (headline.subtitleBlock ? blockText(headline.subtitleBlock) : '');
}

function hanPairs(text: string): string[] {
  return [...text.matchAll(HAN_PAIR)].map((match) => match[1] ?? '');
}

function withHeadline(draft: ArticleDraft, headline: CollectedHeadline): ArticleDraft {
  return {
    ...draft,
    titleBlock: headline.titleBlock,
    title: headlineText(headline.titleBlock),
    subtitleBlock: headline.subtitleBlock,
    body: [...headline.lede, ...draft.body],
  };
}

function asArticle(headline: CollectedHeadline): ArticleDraft {
  return {
    title: headlineText(headline.titleBlock),
    titleBlock: headline.titleBlock,
    subtitleBlock: headline.subtitleBlock,
    kickers: [],
    bylines: [],
    body: headline.lede,
    opener: 'header',
  };
}
