import { blockText, type Block } from './join-lines';
import { INLINE_SUBTITLE, SUBTITLE } from './classify-line';
import { isDatelineLead } from './strip-inline-credits';

/** An article as cut from the page, before collected headlines are attached. */
export interface ArticleDraft {
  /** The printed headline block, or null when the page printed it elsewhere (or not at all). */
  title: string | null;
  titleBlock: Block | null;
  subtitleBlock: Block | null;
  /** Headline lines printed above the title (a page banner or kicker), kept as headings. */
  kickers: Block[];
  bylines: string[];
  /** Text and heading blocks in reading order. */
  body: Block[];
  /** How the article began: a byline, a headline with sub-headline, or the start of the file. */
  opener: 'byline' | 'header' | 'file-start';
}

/**
 * Cuts a page's blocks into articles. A byline or a sub-headline marks a new article, which takes the
 * headline lines printed just above it; a headline carrying its own sub-headline (标题——副标题) does too.
 */
export function splitArticles(blocks: readonly Block[]): ArticleDraft[] {
  const articles: ArticleDraft[] = [];
  let current = newDraft('file-start');
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i] as Block;
    if (block.kind === 'byline' || block.kind === 'subtitle' || isInlineSubtitled(block)) {
      const headings = takeTrailingHeadings(current);
      if (hasContent(current)) articles.push(current);
      current = newDraft('header');
      i = readHeader(blocks, i, headings, current);
    } else if (opensDatelinedArticle(block, current)) {
      // 本报讯（记者 …）/ 新华社…电 mid-page: the next article, its credit in its first sentence.
      const headings = takeTrailingHeadings(current);
      articles.push(current);
      current = newDraft('byline');
      current.titleBlock = headings.pop() ?? null;
      current.title = current.titleBlock ? headlineText(current.titleBlock) : null;
      current.kickers = headings;
      current.body.push(block);
      i++;
    } else {
      current.body.push(block);
      i++;
    }
  }
  if (hasContent(current)) articles.push(current);
  return articles.map(titleFromLeadingHeading);
}

function newDraft(opener: ArticleDraft['opener']): ArticleDraft {
  return { title: null, titleBlock: null, subtitleBlock: null, kickers: [], bylines: [], body: [], opener };
}

/** A text block led by a dateline, after body text of the article so far: a new article starts. */
function opensDatelinedArticle(block: Block, current: ArticleDraft): boolean {
  return block.kind === 'text' && current.body.some((b) => b.kind === 'text') && isDatelineLead(block.lines[0]?.text ?? '');
}

function isInlineSubtitled(block: Block): boolean {
  return block.kind === 'heading' && INLINE_SUBTITLE.test(block.lines[0]?.text ?? '');
}

function hasContent(draft: ArticleDraft): boolean {
  return draft.body.length > 0 || draft.titleBlock !== null || draft.bylines.length > 0;
}

/** Headline blocks at the end of the article so far belong to the header that follows them. */
function takeTrailingHeadings(draft: ArticleDraft): Block[] {
  return draft.body.splice(findTrailingHeadingsStart(draft.body));
}

/** Where the run of heading blocks that closes `body` starts (`body.length` when there is none). */
export function findTrailingHeadingsStart(body: readonly Block[]): number {
  let from = body.length;
  while (from > 0 && body[from - 1]?.kind === 'heading') from--;
  return from;
}

/**
 * Reads a header from `start`: a headline (the inline-subtitled block itself, or the last headline line
 * above), then a sub-headline and bylines in any order. Returns the index after the header.
 */
function readHeader(blocks: readonly Block[], start: number, headings: Block[], draft: ArticleDraft): number {
  let i = start;
  const first = blocks[start];
  if (first && isInlineSubtitled(first)) {
    draft.titleBlock = first;
    i++;
  } else {
    draft.titleBlock = headings.pop() ?? null;
  }
  draft.kickers = headings;
  for (; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.kind === 'byline') draft.bylines.push(...block.bylines);
    else if (block.kind === 'subtitle' && draft.subtitleBlock === null) draft.subtitleBlock = block;
    else break;
  }
  draft.opener = draft.bylines.length > 0 ? 'byline' : 'header';
  draft.title = draft.titleBlock ? headlineText(draft.titleBlock) : null;
  return i;
}

/** The first article of a page, opening with headline lines and no header, takes the first as its title. */
function titleFromLeadingHeading(draft: ArticleDraft): ArticleDraft {
  if (draft.opener !== 'file-start' || draft.titleBlock !== null || draft.body[0]?.kind !== 'heading') return draft;
  const [first, ...rest] = draft.body;
  return first ? { ...draft, titleBlock: first, title: headlineText(first), body: rest } : draft;
}

/** The headline part of a headline block (before an inline ——). */
export function headlineText(block: Block): string {
  const text = blockText(block);
  return INLINE_SUBTITLE.exec(text)?.groups?.title ?? text;
}

/** The sub-headline text without its dash. */
export function subtitleText(block: Block): string {
  const text = blockText(block);
  return SUBTITLE.exec(text)?.groups?.rest ?? INLINE_SUBTITLE.exec(text)?.groups?.subtitle ?? text;
}
