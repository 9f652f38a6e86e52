/**
 * The app-facing layout of a dataset: the same records as dataset.json, split so the dashboard can
 * draw its first screen before it has read any paragraph text. `npm run dataset -- --out DIR/NAME.json`
 * writes it beside the complete file, in the folder DIR/NAME/:
 *
 *   DIR/NAME.json                    the complete dataset (schema.ts): what scorers and exports read
 *   DIR/NAME/app/index.json          AppIndex: sources, articles, localities, figures, indicators,
 *                                    warnings — everything but paragraphs — as compact tables
 *   DIR/NAME/app/paragraphs/00000.json, 00001.json, …
 *                                    ParagraphChunk: the paragraphs of consecutive articles, about
 *                                    PARAGRAPH_CHUNK_BYTES each; every article names its chunk
 *   DIR/NAME/parquet/*.parquet       the tables for analysis tools (not read by the app)
 *
 * To show a figure's sentence the app reads `figure.articleId` → `article.paragraphChunk` → fetches
 * `paragraphChunkFile(chunk)` once and finds `figure.paragraphId` in it. Records are byte-for-byte the
 * values of dataset.json; `fromTable` turns a table back into the schema's record objects.
 */
import type { Article, Figure, Indicator, Locality, Paragraph, Rejection, SCHEMA_VERSION, Source, Warning } from './schema';
import type { Table } from './table';

/** Bumped when a reader of this layout would misread a newer one (independent of the record schema). */
export const APP_LAYOUT_VERSION = 1;
/** Paths relative to the layout folder. */
export const APP_INDEX_FILE = 'app/index.json';
/** A chunk is closed once its paragraphs pass this many bytes of JSON: a few dozen articles, one quick fetch. */
export const PARAGRAPH_CHUNK_BYTES = 256 * 1024;

/** The file of paragraph chunk `index`, relative to the layout folder. @example paragraphChunkFile(7) // 'app/paragraphs/00007.json' */
export function paragraphChunkFile(index: number): string {
  return `app/paragraphs/${String(index).padStart(5, '0')}.json`;
}

/** The folder of the layout for a dataset written to `datasetFile`: public/data/dataset.json → public/data/dataset. */
export function toLayoutFolder(datasetFile: string): string {
  return datasetFile.endsWith('.json') ? datasetFile.slice(0, -'.json'.length) : `${datasetFile}.d`;
}

/** An article as the first screen has it: with the chunk that holds its paragraphs. */
export interface AppArticle extends Article {
  /** Index of the ParagraphChunk holding this article's paragraphs (all of them: an article is never split). */
  paragraphChunk: number;
}

/** One paragraph chunk, as listed in the index. */
export interface ParagraphChunkInfo {
  /** Path relative to the layout folder: `paragraphChunkFile(index)`. */
  file: string;
  /** Position of the chunk's first article in `AppIndex.articles`. */
  firstArticle: number;
  articles: number;
  paragraphs: number;
  /** Size of the file, for a loading indicator. */
  bytes: number;
}

/** app/index.json: what the first screen needs, compact. */
export interface AppIndex {
  schemaVersion: typeof SCHEMA_VERSION;
  layout: typeof APP_LAYOUT_VERSION;
  sources: Table<Source>;
  articles: Table<AppArticle>;
  localities: Table<Locality>;
  figures: Table<Figure>;
  indicators: Indicator[];
  warnings: Warning[];
  paragraphChunks: ParagraphChunkInfo[];
  /** As `Dataset.rejected`: present only when corrections were applied. */
  rejected?: Rejection[];
}

/** app/paragraphs/NNNNN.json: the paragraphs of `ParagraphChunkInfo.articles` consecutive articles, in dataset order. */
export interface ParagraphChunk {
  schemaVersion: typeof SCHEMA_VERSION;
  layout: typeof APP_LAYOUT_VERSION;
  index: number;
  paragraphs: Table<Paragraph>;
}

// Every field of every record, in dataset.json's order. `satisfies AllFields<…>` makes a field added to
// the schema a compile error here until it is listed, so the layout never silently drops one.
type AllFields<T> = readonly (keyof T & string)[] & { length: number };
type Complete<T, L extends readonly unknown[]> = Exclude<keyof T, L[number]> extends never ? L : never;

export const SOURCE_FIELDS = ['id', 'file', 'encoding', 'bytes', 'script'] as const satisfies AllFields<Source>;
export const ARTICLE_FIELDS = [
  'id', 'sourceId', 'title', 'titleOriginal', 'titleDerived', 'subtitle', 'date', 'outlet', 'bylines', 'localityId',
  'localityConfidence', 'script', 'index', 'paragraphChunk',
] as const satisfies AllFields<AppArticle>;
export const PARAGRAPH_FIELDS = ['id', 'articleId', 'index', 'role', 'text', 'original', 'sourceStart', 'sourceEnd'] as const satisfies AllFields<Paragraph>;
export const LOCALITY_FIELDS = ['id', 'name', 'fullName', 'aliases', 'level', 'code', 'parentId', 'path'] as const satisfies AllFields<Locality>;
export const FIGURE_FIELDS = [
  'id', 'sourceFile', 'articleId', 'paragraphId', 'localityId', 'localityConfidence', 'previousFigureId', 'start', 'end', 'text',
  'value', 'valueMax', 'unit', 'baseValue', 'baseValueMax', 'baseUnit', 'unitKind', 'kind', 'qualifier', 'metric', 'category',
  'indicatorId', 'aspect', 'period', 'anecdote', 'originalStart', 'originalEnd', 'origin', 'review',
] as const satisfies AllFields<Figure>;

/** Figure fields a record may lack (written null in the table): `fromTable(index.figures, OPTIONAL_FIGURE_FIELDS)` leaves them out again. */
export const OPTIONAL_FIGURE_FIELDS = ['origin', 'review'] as const satisfies readonly (keyof Figure)[];

// Compile-time completeness: each line fails to type-check when the schema gains a field not listed above.
export const LAYOUT_FIELDS_ARE_COMPLETE: [
  Complete<Source, typeof SOURCE_FIELDS>,
  Complete<AppArticle, typeof ARTICLE_FIELDS>,
  Complete<Paragraph, typeof PARAGRAPH_FIELDS>,
  Complete<Locality, typeof LOCALITY_FIELDS>,
  Complete<Figure, typeof FIGURE_FIELDS>,
] = [SOURCE_FIELDS, ARTICLE_FIELDS, PARAGRAPH_FIELDS, LOCALITY_FIELDS, FIGURE_FIELDS];
