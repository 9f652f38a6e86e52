import { describeFigures } from '../indicators/describe-figures';
import type { FigureCandidate, PlaceSpan, ReportFault, ScriptedArticle } from '../types';
import { describeError } from './describe-error';
import { quoteText } from './quote-text';

/**
 * The meaning stage for one article, with its faults contained: if it throws (a bug), the article's
 * figures keep what the figures stage found — its first labels and categories, no indicator or period
 * — and the fault is reported. Never throws.
 */
export function describeFiguresContained(
  article: ScriptedArticle,
  figures: readonly (readonly FigureCandidate[])[],
  places: readonly PlaceSpan[],
  report: ReportFault,
): FigureCandidate[][] {
  try {
    return describeFigures(article, figures, places);
  } catch (error) {
    report({
      code: 'meaning-failed',
      message: `internal error (a bug) reading what the figures of article ${quoteText(article.title)} measure, kept as first read: ${describeError(error)}`,
      sourceOffset: article.paragraphs[0]?.sourceStart ?? 0,
    });
    return figures.map((found) => [...found]);
  }
}
