/** Builds a ScriptedArticle from plain simplified sentences, for locality tests. */
import type { ScriptedArticle, ScriptedParagraph } from '../../../src/core/types';

function paragraph(text: string): ScriptedParagraph {
  return { role: 'body', text, original: text, toOriginal: [...text, ''].map((_, i) => i), sourceStart: 0, sourceEnd: text.length };
}

/** An article with a headline, body paragraphs and an optional subtitle. */
export function makeArticle(title: string, paragraphs: readonly string[], subtitle: string | null = null): ScriptedArticle {
  return { title, titleOriginal: title, titleDerived: false, subtitle, date: null, outlet: null, bylines: [], script: 'simplified', paragraphs: paragraphs.map(paragraph) };
}

/** The position of `figure` (its first occurrence at or after `after`) in paragraph `paragraphIndex`. */
export function positionOf(article: ScriptedArticle, paragraphIndex: number, figure: string, after = ''): { paragraphIndex: number; start: number; end: number } {
  const text = article.paragraphs[paragraphIndex]?.text ?? '';
  const start = text.indexOf(figure, after === '' ? 0 : text.indexOf(after));
  if (start < 0) throw new Error(`"${figure}" is not in paragraph ${paragraphIndex}`);
  return { paragraphIndex, start, end: start + figure.length };
}
