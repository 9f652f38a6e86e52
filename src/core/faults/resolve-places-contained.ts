import type { Division, Gazetteer } from '../locality/gazetteer';
import { resolveArticlePlaces } from '../locality/resolve-article-places';
import type { ArticlePlaces, FigurePosition, ReportFault, ScriptedArticle } from '../types';
import { describeError } from './describe-error';
import { quoteText } from './quote-text';

/**
 * The locality stage for one article, with its faults contained: if it throws (a bug), the article
 * and its figures keep their text and numbers but no place, and the fault is reported. Never throws.
 */
export function resolvePlacesContained(
  article: ScriptedArticle,
  positions: readonly FigurePosition[],
  gazetteer: Gazetteer,
  report: ReportFault,
  page: readonly Division[] = [],
): ArticlePlaces {
  try {
    return resolveArticlePlaces(article, positions, gazetteer, page);
  } catch (error) {
    report({
      code: 'locality-failed',
      message: `internal error (a bug) resolving the places of article ${quoteText(article.title)}, kept without places: ${describeError(error)}`,
      sourceOffset: article.paragraphs[0]?.sourceStart ?? 0,
    });
    const none = { placeId: null, confidence: 0 };
    return { article: none, figures: positions.map(() => none), places: [], spans: [] };
  }
}
