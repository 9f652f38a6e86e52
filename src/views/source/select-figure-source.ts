import type { Article, Figure, Paragraph, Source } from '../../dataset/schema';
import { selectLocalityChain, type DatasetIndex } from '../../lib/create-dataset-index';

/** Everything the drill-down panel shows about one figure. */
export interface FigureSource {
  figure: Figure;
  article: Article | null;
  source: Source | null;
  /** The figure's place from the top: ['湖北省', '十堰市', '郧西县']; empty when unplaced. */
  chain: string[];
  paragraph: Paragraph;
  before: Paragraph | null;
  after: Paragraph | null;
}

/** Resolves a figure id to its article, source, place and paragraphs; null when the id is unknown. */
export function selectFigureSource(index: DatasetIndex, figureId: string): FigureSource | null {
  const figure = index.figures.get(figureId);
  const paragraph = figure && index.paragraphs.get(figure.paragraphId);
  if (!figure || !paragraph) return null;
  const article = index.articles.get(figure.articleId) ?? null;
  const siblings = index.paragraphsOfArticle.get(paragraph.articleId) ?? [];
  const at = siblings.findIndex((p) => p.id === paragraph.id);
  return {
    figure,
    article,
    source: article ? (index.sources.get(article.sourceId) ?? null) : null,
    chain: selectLocalityChain(index, figure.localityId),
    paragraph,
    before: siblings[at - 1] ?? null,
    after: siblings[at + 1] ?? null,
  };
}
