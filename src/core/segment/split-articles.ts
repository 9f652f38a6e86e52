import { blockText, type Block } from './join-lines';
import { INLINE_SUBTITLE, isHeadingLike, SUBTITLE } from './classify-line';
import { isDatelineLead } from './strip-inline-credits';
import { splitHeadlineDate, stripTitleNote } from './strip-title-note';

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
    } else if (block.kind === 'heading' && block.headsMetadata === true && hasContent(current)) {
      // 标题 / 来源：… mid-page: a headline straight above its publication line heads an article of its own,
      // with the headline lines stacked on it (主标题 / 副标题 over 发布时间：…) read as any header's are.
      const headings = [...current.body.splice(findTrailingHeadingsStart(current.body)), block];
      // A site's name above the first headline was all there was: no article of its own, only a kicker.
      if (hasContent(current)) articles.push(current);
      current = newDraft('header');
      const picked = pickHeadline(headings);
      current.titleBlock = picked.title;
      current.subtitleBlock = picked.subtitle;
      current.title = picked.title ? headlineText(picked.title) : null;
      current.kickers = picked.kickers;
      i++;
    } else if (opensDatelinedArticle(block, current)) {
      // 本报讯（记者 …）/ 新华社…电 mid-page: the next article, its credit in its first sentence.
      const headings = takeTrailingHeadings(current);
      if (hasContent(current)) articles.push(current);
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
  // 渭源台记者 张鹏 报道 under the last paragraph: a byline with nothing after it closes the article above it.
  const previous = articles[articles.length - 1];
  if (previous !== undefined && current.body.length === 0 && current.titleBlock === null && current.bylines.length > 0) {
    previous.bylines.push(...current.bylines);
  } else if (hasContent(current)) {
    articles.push(current);
  }
  return withEditorNotesAhead(articles).map(titleFromLeadingHeading);
}

/** 编者按：… — a note that introduces the article (or column) printed under it. */
const EDITOR_NOTE = /^[【［[]?(?:编者按|编者的话|编者注|编前语|编者)[】］\]]?\s*[:：]/u;

/**
 * An editor's note printed above a headline is no article of its own: it goes with the article under
 * it, above its headline (a kicker), where it weighs as little as a heading.
 */
function withEditorNotesAhead(drafts: readonly ArticleDraft[]): ArticleDraft[] {
  const result: ArticleDraft[] = [];
  let notes: Block[] = [];
  for (const draft of drafts) {
    const onlyNotes = draft.titleBlock === null && draft.bylines.length === 0 && draft.body.length > 0
      && draft.body.every((b) => b.kind === 'text' && EDITOR_NOTE.test(blockText(b)));
    if (onlyNotes) {
      notes.push(...draft.body);
      continue;
    }
    result.push(notes.length === 0 ? draft : { ...draft, kickers: [...notes, ...draft.kickers] });
    notes = [];
  }
  const last = result[result.length - 1];
  if (notes.length > 0 && last) result[result.length - 1] = { ...last, body: [...last.body, ...notes] };
  else if (notes.length > 0) result.push(...drafts.slice(-1));
  return result;
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

/**
 * Headline blocks at the end of the article so far belong to the header that follows them. A last
 * block of a line or three without a clause mark is headline lines too, though set at the column's
 * width and so joined as if they were prose.
 */
function takeTrailingHeadings(draft: ArticleDraft): Block[] {
  const last = draft.body[draft.body.length - 1];
  if (last?.kind === 'text' && last.lines.length <= MAX_HEADLINE_LINES && last.lines.every((line) => isHeadingLike(line.text))) {
    draft.body.pop();
    const lines = last.lines.map((line): Block => ({ kind: 'heading', lines: [line], bylines: [] }));
    return [...draft.body.splice(findTrailingHeadingsStart(draft.body)), ...lines];
  }
  return draft.body.splice(findTrailingHeadingsStart(draft.body));
}

/** Headline lines a column may have run together into one block: a headline, its kicker and sub-headline. */
const MAX_HEADLINE_LINES = 3;
/** Characters between two blocks on adjacent lines: one line break (\r\n at most). */
const ADJACENT_GAP = 2;

/**
 * Headline lines stacked straight above a byline: the longest is the headline, a line under it its
 * sub-headline, lines above it kickers (引题). 郑州经开区新签约项目87个 / 汽车产业产值突破千亿元 → headline and
 * sub-headline; 创新强引领 / 实干兴汉滨 / 行政有矩 服务无距 → two kickers and the headline.
 */
function pickHeadline(headings: readonly Block[]): { kickers: Block[]; title: Block | null; subtitle: Block | null } {
  let from = headings.length - 1;
  while (from > 0 && isAdjacent(headings[from - 1] as Block, headings[from] as Block)) from--;
  const stack = headings.slice(from);
  const longest = stack.reduce<Block | null>((best, b) => (best === null || blockText(b).length > blockText(best).length ? b : best), null);
  // The top line is the headline with a longer sub-headline under it (小榄“工改”腾出发展新空间 / 上半年改造
  // 村镇工业集聚区3200亩) unless it is a kicker: a phrase clearly shorter than the headline it leads.
  const top = stack[0];
  const title = top !== undefined && longest !== null && blockText(top).length >= KICKER_SHARE * blockText(longest).length ? top : longest;
  const at = title === null ? stack.length : stack.indexOf(title);
  return { kickers: [...headings.slice(0, from), ...stack.slice(0, at)], title, subtitle: stack[at + 1] ?? null };
}

/** A kicker is at most this share of the headline's length; a top line longer than that is the headline. */
const KICKER_SHARE = 0.7;

function isAdjacent(above: Block, below: Block): boolean {
  const end = above.lines[above.lines.length - 1]?.end ?? 0;
  return (below.lines[0]?.start ?? 0) - end <= ADJACENT_GAP;
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
  } else if (first?.kind === 'subtitle') {
    draft.titleBlock = headings.pop() ?? null; // the headline the —— line belongs to
  } else {
    const picked = pickHeadline(headings);
    draft.titleBlock = picked.title;
    draft.subtitleBlock = picked.subtitle;
    headings.splice(0, headings.length, ...picked.kickers);
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
  const { title } = splitHeadlineDate(blockText(block));
  return stripTitleNote(INLINE_SUBTITLE.exec(title)?.groups?.title ?? title);
}

/** The sub-headline text without its dash. */
export function subtitleText(block: Block): string {
  const text = blockText(block);
  return SUBTITLE.exec(text)?.groups?.rest ?? INLINE_SUBTITLE.exec(text)?.groups?.subtitle ?? text;
}
