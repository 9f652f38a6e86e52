import type { Figure, Paragraph } from '../dataset/schema';
import type { ParagraphStore } from './create-paragraph-store';
import { splitSentences, toSentence, type SentenceSpan } from './split-sentences';

// A paragraph is split once, however many of its figures are asked about (a table page, an export).
const sentencesOf = new WeakMap<Paragraph, SentenceSpan[]>();

/**
 * The sentence behind a figure, read from its paragraph's chunk: null while that chunk is not in.
 * A figure whose paragraph is not in its chunk reads as its own text, as the complete dataset's
 * exports did for a paragraph they lacked.
 */
export function selectSentence(text: ParagraphStore, figure: Figure): string | null {
  const paragraphs = text.paragraphsOf(figure.articleId);
  if (paragraphs === null) return null;
  const paragraph = paragraphs.find((p) => p.id === figure.paragraphId);
  if (!paragraph) return figure.text;
  let spans = sentencesOf.get(paragraph);
  if (!spans) sentencesOf.set(paragraph, (spans = splitSentences(paragraph.text)));
  return toSentence(paragraph.text, figure.start, figure.end, spans);
}
