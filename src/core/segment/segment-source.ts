import type { ParagraphRole } from '../../dataset/schema';
import { countHan } from '../text/char-classes';
import { classifyScript } from '../text/to-simplified';
import type { ScriptedArticle, ScriptedLine, ScriptedParagraph } from '../types';
import { attachCollectedHeadlines } from './attach-collected-headlines';
import { joinLines, type Block } from './join-lines';
import { splitArticles, subtitleText, type ArticleDraft } from './split-articles';
import { joinScriptedLines } from './scripted-paragraph';
import { stripDatelineLead, stripTrailingCredit } from './strip-inline-credits';

/** An untitled article is named by its first sentence, cut to this many characters. */
const MAX_DERIVED_TITLE = 30;

/** Cleaned lines of one source → its articles, each with a title and paragraphs in both scripts. */
export function segmentSource(lines: readonly ScriptedLine[]): ScriptedArticle[] {
  const drafts = attachCollectedHeadlines(splitArticles(joinLines(lines)));
  return drafts.map(toScriptedArticle);
}

function toScriptedArticle(draft: ArticleDraft): ScriptedArticle {
  const bylines = [...draft.bylines];
  const body = draft.body.map((block) => toParagraph(block, block.kind === 'heading' ? 'heading' : 'body'));
  const firstBody = body.findIndex((p) => p.role === 'body');
  const lastBody = body.findLastIndex((p) => p.role === 'body');
  if (firstBody >= 0) {
    const lead = stripDatelineLead(body[firstBody] as ScriptedParagraph);
    body[firstBody] = lead.paragraph;
    if (lead.credit) bylines.push(lead.credit);
  }
  if (lastBody >= 0) {
    const tail = stripTrailingCredit(body[lastBody] as ScriptedParagraph);
    body[lastBody] = tail.paragraph;
    if (tail.credit) bylines.push(tail.credit);
  }
  const header = [
    ...(draft.titleBlock ? [toParagraph(draft.titleBlock, 'title')] : []),
    ...(draft.subtitleBlock ? [toParagraph(draft.subtitleBlock, 'subtitle')] : []),
    ...draft.kickers.map((block) => toParagraph(block, 'heading')),
  ];
  const paragraphs = [...header, ...body].filter((p) => p.text !== '');
  const allLines = [draft.titleBlock, draft.subtitleBlock, ...draft.kickers, ...draft.body].flatMap((b) => b?.lines ?? []);
  const titleLines = draft.titleBlock?.lines ?? [];
  return {
    title: draft.title ?? deriveTitle(body),
    titleOriginal: draft.title !== null ? titleLines.map((l) => l.original).join('') : deriveTitle(body, 'original'),
    subtitle: draft.subtitleBlock ? subtitleText(draft.subtitleBlock) : null,
    bylines,
    script: classifyScript(
      allLines.reduce((sum, line) => sum + line.changed, 0),
      allLines.reduce((sum, line) => sum + countHan(line.text), 0),
    ),
    paragraphs,
  };
}

function toParagraph(block: Block, role: ParagraphRole): ScriptedParagraph {
  return joinScriptedLines(block.lines, role);
}

/** The first sentence of the first body paragraph, for an article printed without a headline. */
function deriveTitle(body: readonly ScriptedParagraph[], script: 'text' | 'original' = 'text'): string {
  const first = body.find((p) => p.role === 'body') ?? body[0];
  const text = first?.[script] ?? '';
  const sentence = /^[^。！？!?；;]{1,200}/u.exec(text)?.[0] ?? text;
  return sentence.length > MAX_DERIVED_TITLE ? `${sentence.slice(0, MAX_DERIVED_TITLE)}…` : sentence;
}
