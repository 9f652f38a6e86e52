import type { ParagraphRole } from '../../dataset/schema';
import { countHan } from '../text/char-classes';
import { classifyScript } from '../text/to-simplified';
import type { ScriptedArticle, ScriptedLine, ScriptedParagraph } from '../types';
import { attachCollectedHeadlines } from './attach-collected-headlines';
import { deriveTitle } from './derive-title';
import { splitHeadlineDate, splitTitleNote } from './strip-title-note';
import { blockText, joinLines, type Block } from './join-lines';
import { splitArticles, subtitleText, type ArticleDraft } from './split-articles';
import { splitRoundups } from './split-roundups';
import { joinScriptedLines, sliceScriptedParagraph } from './scripted-paragraph';
import type { FurnitureFields } from './read-furniture-fields';
import { resolveArticleMetadata, type ArticleAnchor, type ArticleMetadata } from './resolve-article-metadata';
import { stripDatelineLead, stripTrailingCredit, type Dateline } from './strip-inline-credits';

/** Cleaned lines of one source → its articles, each with a title and paragraphs in both scripts. */
export function segmentSource(lines: readonly ScriptedLine[]): ScriptedArticle[] {
  const drafts = splitRoundups(attachCollectedHeadlines(splitArticles(joinLines(lines))));
  const articles = drafts.map(toArticleParts);
  const metadata = resolveArticleMetadata(lines, articles.map((a) => a.anchor));
  return articles.map(({ article }, i) => withMetadata(article, metadata[i]));
}

function withMetadata(article: ScriptedArticle, metadata: ArticleMetadata | undefined): ScriptedArticle {
  if (!metadata) return article;
  const bylines = [...article.bylines, ...metadata.authors.filter((name) => !article.bylines.some((b) => b.includes(name)))];
  return { ...article, date: metadata.date, outlet: metadata.outlet, bylines };
}

/** An article, where it starts on the page and the dateline of its lead. */
interface ArticleParts {
  article: ScriptedArticle;
  anchor: ArticleAnchor;
}

function toArticleParts(draft: ArticleDraft): ArticleParts {
  const bylines = [...draft.bylines];
  let dateline: Dateline | null = null;
  let credit: FurnitureFields | null = null;
  const body = draft.body.map((block) => toParagraph(block, block.kind === 'heading' ? 'heading' : 'body'));
  const firstBody = body.findIndex((p) => p.role === 'body');
  const lastBody = body.findLastIndex((p) => p.role === 'body');
  if (firstBody >= 0) {
    const lead = stripDatelineLead(body[firstBody] as ScriptedParagraph);
    body[firstBody] = lead.paragraph;
    dateline = lead.dateline;
    if (lead.credit) bylines.push(lead.credit);
  }
  if (lastBody >= 0) {
    const tail = stripTrailingCredit(body[lastBody] as ScriptedParagraph);
    body[lastBody] = tail.paragraph;
    credit = tail.fields;
    if (tail.credit) bylines.push(tail.credit);
  }
  const titleParagraph = draft.titleBlock ? toParagraph(draft.titleBlock, 'title') : null;
  const header = [
    ...(titleParagraph ? [titleParagraph] : []),
    ...(draft.subtitleBlock ? [toParagraph(draft.subtitleBlock, 'subtitle')] : []),
    ...draft.kickers.map((block) => toParagraph(block, 'heading')),
  ];
  const paragraphs = [...header, ...body].filter((p) => p.text !== '');
  const allLines = [draft.titleBlock, draft.subtitleBlock, ...draft.kickers, ...draft.body].flatMap((b) => b?.lines ?? []);
  const title = titleParagraph && draft.title !== null ? headlineOf(titleParagraph, draft.title) : deriveTitle(leadOf(body));
  const article: ScriptedArticle = {
    ...title,
    titleDerived: !(titleParagraph && draft.title !== null),
    date: null,
    outlet: null,
    subtitle: draft.subtitleBlock ? subtitleText(draft.subtitleBlock) : inlineSubtitle(draft),
    bylines,
    script: classifyScript(
      allLines.reduce((sum, line) => sum + line.changed, 0),
      allLines.reduce((sum, line) => sum + countHan(line.text), 0),
    ),
    paragraphs,
  };
  const headlineDate = draft.titleBlock ? splitHeadlineDate(blockText(draft.titleBlock)).date : null;
  return { article, anchor: { start: allLines.reduce((min, line) => Math.min(min, line.start), Infinity), dateline, credit, headlineDate } };
}

/** A headline printed with its sub-headline on one line (主标题——副标题, or a vertical headline merged so). */
function inlineSubtitle(draft: ArticleDraft): string | null {
  if (!draft.titleBlock || draft.title === null) return null;
  const rest = subtitleText(draft.titleBlock);
  // An encyclopedia's disambiguator (清河县（河北省邢台市下辖县）) left out of the title says what it names.
  return rest !== blockText(draft.titleBlock) ? rest : splitTitleNote(blockText(draft.titleBlock)).note;
}

/** The paragraphs a derived title is read from: the body text, or the first heading when there is none. */
function leadOf(body: readonly ScriptedParagraph[]): ScriptedParagraph[] {
  const text = body.filter((p) => p.role === 'body');
  return text.length > 0 ? text : body.slice(0, 1);
}

function toParagraph(block: Block, role: ParagraphRole): ScriptedParagraph {
  return joinScriptedLines(block.lines, role);
}

/**
 * The headline in both scripts. The headline is a prefix of its block (主标题——副标题 → 主标题), so the
 * original is cut at the same place through the offset map, never by joining whole original lines.
 */
function headlineOf(block: ScriptedParagraph, title: string): Pick<ScriptedArticle, 'title' | 'titleOriginal'> {
  return { title, titleOriginal: sliceScriptedParagraph(block, 0, title.length).original };
}

