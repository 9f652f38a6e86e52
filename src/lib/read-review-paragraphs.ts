import type { DecisionText } from '../dataset/create-decision';
import type { Dataset, Paragraph } from '../dataset/schema';
import type { DatasetIndex } from './create-dataset-index';

// The one place review reads paragraph text: anchoring a decision needs the words around a figure, and
// applying decisions needs the text of the files they name. Asynchronous, so paragraphs fetched on
// demand (a dataset split into chunks) fit behind the same two functions.

/** The paragraphs of every article of the source files named, in dataset order. */
export async function readReviewParagraphs(dataset: Dataset, files: ReadonlySet<string>): Promise<Paragraph[]> {
  if (files.size === 0) return [];
  const sources = new Set(dataset.sources.filter((s) => files.has(s.file)).map((s) => s.id));
  const articles = new Set(dataset.articles.filter((a) => sources.has(a.sourceId)).map((a) => a.id));
  return dataset.paragraphs.filter((p) => articles.has(p.articleId));
}

/** What a decision about words of `paragraphId` is anchored in: the file, the article's paragraphs and the paragraph. */
export async function readDecisionText(index: DatasetIndex, paragraphId: string): Promise<DecisionText | null> {
  const paragraph = index.paragraphs.get(paragraphId);
  const article = paragraph && index.articles.get(paragraph.articleId);
  const source = article && index.sources.get(article.sourceId);
  if (!paragraph || !source) return null;
  return { file: source.file, neighbours: index.paragraphsOfArticle.get(paragraph.articleId) ?? [paragraph], paragraph };
}
