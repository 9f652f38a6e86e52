import type { AppArticle } from '../../dataset/app-layout';
import { checkFigureText } from '../../dataset/check-dataset';
import type { Figure, Paragraph, Source } from '../../dataset/schema';
import { selectLocalityChain, type DatasetIndex } from '../../lib/create-dataset-index';

/** What the drill-down knows about a figure from the index alone, before any paragraph text has arrived. */
export interface FigureFacts {
  figure: Figure;
  article: AppArticle | null;
  source: Source | null;
  /** The figure's place from the top: ['湖北省', '十堰市', '郧西县']; empty when unplaced. */
  chain: string[];
}

/** The figure's paragraph between its neighbours, or why it cannot be shown although its chunk arrived. */
export type FigureParagraphs =
  | { status: 'found'; paragraph: Paragraph; before: Paragraph | null; after: Paragraph | null }
  | { status: 'missing' }
  | { status: 'drifted'; paragraph: Paragraph; detail: string };

/** Resolves a figure id to its article, source and place; null when the id is unknown. */
export function selectFigureFacts(index: DatasetIndex, figureId: string): FigureFacts | null {
  const figure = index.figures.get(figureId);
  if (!figure) return null;
  const article = index.articles.get(figure.articleId) ?? null;
  return {
    figure,
    article,
    source: article ? (index.sources.get(article.sourceId) ?? null) : null,
    chain: selectLocalityChain(index, figure.localityId),
  };
}

/**
 * Finds the figure's paragraph among its article's (from the chunk) and checks that the figure reads
 * true in it: the chunk was checked on its own, but only here are figure and text side by side.
 */
export function selectFigureParagraphs(figure: Figure, paragraphs: readonly Paragraph[]): FigureParagraphs {
  const at = paragraphs.findIndex((p) => p.id === figure.paragraphId);
  const paragraph = paragraphs[at];
  if (!paragraph) return { status: 'missing' };
  const problem = checkFigureText(figure, paragraph)[0];
  if (problem) return { status: 'drifted', paragraph, detail: problem.message };
  return { status: 'found', paragraph, before: paragraphs[at - 1] ?? null, after: paragraphs[at + 1] ?? null };
}
