import {
  ARTICLE_FIELDS, FIGURE_FIELDS, LOCALITY_FIELDS, OPTIONAL_FIGURE_FIELDS, SOURCE_FIELDS,
  type AppArticle, type ParagraphChunkInfo,
} from './app-layout';
import { checkDatasetWithoutText, type DatasetProblem, type DatasetWithoutText } from './check-dataset';
import { SCHEMA_VERSION, type Figure, type Indicator, type Locality, type Rejection, type Source, type Warning } from './schema';
import { checkTable, fromTable } from './table';

/**
 * The dataset as the dashboard holds it after reading app/index.json (src/dataset/app-layout.ts):
 * every list but the paragraphs, each article naming the chunk its paragraphs are in.
 */
export interface AppDataset extends DatasetWithoutText {
  articles: AppArticle[];
  paragraphChunks: ParagraphChunkInfo[];
}

export type AppIndexReading = { dataset: AppDataset; problems: [] } | { dataset: null; problems: DatasetProblem[] };

const TABLES = [
  ['sources', SOURCE_FIELDS],
  ['articles', ARTICLE_FIELDS],
  ['localities', LOCALITY_FIELDS],
  ['figures', FIGURE_FIELDS],
] as const;

/**
 * Reads a parsed app/index.json whose schemaVersion and layout version were already found current:
 * its tables become records, and the records are checked as the complete dataset is (ids, references,
 * types), less what needs paragraph text. Untrusted input: never throws, names every problem found.
 */
export function readAppIndex(data: Readonly<Record<string, unknown>>): AppIndexReading {
  const tableProblems = TABLES.flatMap(([name, fields]) => checkTable(data[name], fields, name));
  if (tableProblems.length > 0) return { dataset: null, problems: tableProblems };
  const table = <T,>(name: string, optional: readonly string[] = []): T[] => fromTable(data[name] as never, optional);
  const chunks: unknown = data['paragraphChunks'];
  if (!Array.isArray(chunks) || !chunks.every(isChunkInfo)) {
    return { dataset: null, problems: [{ path: 'paragraphChunks', message: 'is not a list of chunks (file, articles, paragraphs, bytes)' }] };
  }
  const dataset: AppDataset = {
    schemaVersion: SCHEMA_VERSION,
    sources: table<Source>('sources'),
    articles: table<AppArticle>('articles'),
    localities: table<Locality>('localities'),
    figures: table<Figure>('figures', OPTIONAL_FIGURE_FIELDS),
    indicators: data['indicators'] as Indicator[],
    warnings: data['warnings'] as Warning[],
    ...(data['rejected'] === undefined ? {} : { rejected: data['rejected'] as Rejection[] }),
    paragraphChunks: chunks,
  };
  const problems = checkDatasetWithoutText(dataset);
  if (problems.length === 0) {
    dataset.articles.forEach((article, i) => {
      const chunk: unknown = article.paragraphChunk;
      if (!(Number.isInteger(chunk) && (chunk as number) >= 0 && (chunk as number) < chunks.length)) {
        problems.push({ path: `articles[${i}].paragraphChunk`, message: `is not one of the ${chunks.length} paragraph chunks` });
      }
    });
  }
  return problems.length > 0 ? { dataset: null, problems } : { dataset, problems: [] };
}

function isChunkInfo(value: unknown): value is ParagraphChunkInfo {
  if (typeof value !== 'object' || value === null) return false;
  const info = value as Record<string, unknown>;
  return typeof info['file'] === 'string' && ['firstArticle', 'articles', 'paragraphs', 'bytes'].every((key) => Number.isFinite(info[key]));
}
