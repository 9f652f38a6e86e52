import type { DecisionText } from '../dataset/create-decision';
import type { AppDataset } from '../dataset/read-app-index';
import type { Paragraph } from '../dataset/schema';
import type { DatasetIndex } from './create-dataset-index';
import type { ParagraphStore } from './create-paragraph-store';
import { loadChunks, selectChunksOfArticles } from './load-chunks';

// The one place review reads paragraph text: anchoring a decision needs the words around a figure, and
// applying decisions needs the text of the files they name. Both fetch the chunks they need first, so
// stored decisions cost the chunks of their own files, never the whole text.

/** The paragraphs of every article of the source files named, in dataset order; rejects when a chunk cannot be read. */
export async function readReviewParagraphs(dataset: AppDataset, text: ParagraphStore, files: ReadonlySet<string>): Promise<Paragraph[]> {
  if (files.size === 0) return [];
  const sources = new Set(dataset.sources.filter((s) => files.has(s.file)).map((s) => s.id));
  const articles = dataset.articles.filter((a) => sources.has(a.sourceId));
  await loadChunks(text, selectChunksOfArticles(text, articles.map((a) => a.id)));
  return articles.flatMap((a) => text.paragraphsOf(a.id) ?? []);
}

/** What a decision about words of `paragraphId` (in `articleId`) is anchored in: the file, the article's paragraphs and the paragraph. */
export async function readDecisionText(index: DatasetIndex, articleId: string, paragraphId: string): Promise<DecisionText | null> {
  const chunk = index.text.chunkOf(articleId);
  if (chunk === null) return null;
  const neighbours = (await index.text.load(chunk)).ofArticle.get(articleId) ?? [];
  const paragraph = neighbours.find((p) => p.id === paragraphId);
  const article = index.articles.get(articleId);
  const source = article && index.sources.get(article.sourceId);
  if (!paragraph || !source) return null;
  return { file: source.file, neighbours, paragraph };
}
