import { loadDataset, LAYOUT_FOLDER } from '../../src/app/load-dataset';
import {
  APP_INDEX_FILE, APP_LAYOUT_VERSION, ARTICLE_FIELDS, FIGURE_FIELDS, LOCALITY_FIELDS, PARAGRAPH_FIELDS, paragraphChunkFile, SOURCE_FIELDS,
  type AppArticle, type AppIndex, type ParagraphChunk,
} from '../../src/dataset/app-layout';
import type { AppDataset } from '../../src/dataset/read-app-index';
import type { Dataset } from '../../src/dataset/schema';
import { fromTable, toTable } from '../../src/dataset/table';
import { createDatasetIndex, type DatasetIndex } from '../../src/lib/create-dataset-index';
import { createParagraphStore } from '../../src/lib/create-paragraph-store';

/** The files of a dataset's app layout, by their path on the site: the index and each paragraph chunk. */
export type SiteFiles = Map<string, string>;

/**
 * A complete dataset written as the CLI's app layout (scripts/write-app-layout.ts), in memory:
 * `articlesPerChunk` consecutive articles to a chunk (small, so a test dataset has several chunks).
 * The CLI's own output is checked against the same contract in test/scripts/dataset-outputs.test.ts.
 */
export function makeAppLayout(dataset: Dataset, articlesPerChunk = 2): { index: AppIndex; chunks: ParagraphChunk[] } {
  const articles: AppArticle[] = dataset.articles.map((a, i) => ({ ...a, paragraphChunk: Math.floor(i / articlesPerChunk) }));
  const chunkCount = Math.max(1, Math.ceil(articles.length / articlesPerChunk));
  const chunks: ParagraphChunk[] = Array.from({ length: chunkCount }, (_, k) => {
    const own = new Set(articles.filter((a) => a.paragraphChunk === k).map((a) => a.id));
    const paragraphs = dataset.paragraphs.filter((p) => own.has(p.articleId));
    return { schemaVersion: dataset.schemaVersion, layout: APP_LAYOUT_VERSION, index: k, paragraphs: toTable(paragraphs, PARAGRAPH_FIELDS) };
  });
  const index: AppIndex = {
    schemaVersion: dataset.schemaVersion,
    layout: APP_LAYOUT_VERSION,
    sources: toTable(dataset.sources, SOURCE_FIELDS),
    articles: toTable(articles, ARTICLE_FIELDS),
    localities: toTable(dataset.localities, LOCALITY_FIELDS),
    figures: toTable(dataset.figures, FIGURE_FIELDS),
    indicators: dataset.indicators,
    warnings: dataset.warnings,
    paragraphChunks: chunks.map((chunk, k) => ({
      file: paragraphChunkFile(k),
      firstArticle: k * articlesPerChunk,
      articles: articles.filter((a) => a.paragraphChunk === k).length,
      paragraphs: chunk.paragraphs.rows.length,
      bytes: JSON.stringify(chunk).length,
    })),
    ...(dataset.rejected === undefined ? {} : { rejected: dataset.rejected }),
  };
  return { index, chunks };
}

/** The layout's files as the site serves them. */
export function makeSiteFiles(dataset: Dataset, articlesPerChunk = 2): SiteFiles {
  const { index, chunks } = makeAppLayout(dataset, articlesPerChunk);
  return new Map([
    [`${LAYOUT_FOLDER}${APP_INDEX_FILE}`, JSON.stringify(index)],
    ...chunks.map((chunk, k) => [`${LAYOUT_FOLDER}${paragraphChunkFile(k)}`, JSON.stringify(chunk)] as const),
  ]);
}

/**
 * A fetch over `files` (404 for any other path) that records every path asked for in `requests`, and
 * answers only once `hold` resolves (so a test can see what shows while a file is on its way).
 */
export function serveFiles(files: SiteFiles, requests: string[] = [], hold: Promise<unknown> = Promise.resolve()): typeof fetch {
  return async (input) => {
    const path = String(input);
    requests.push(path);
    await hold;
    const body = files.get(path);
    return body === undefined
      ? new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } })
      : new Response(body, { headers: { 'content-type': 'application/json' } });
  };
}

/** What the app's loader makes of `dataset` served as its layout: for `<App load={…} />`. */
export function loadFrom(dataset: Dataset, requests: string[] = [], files = makeSiteFiles(dataset)): () => ReturnType<typeof loadDataset> {
  return () => loadDataset(serveFiles(files, requests));
}

/** `dataset` without its paragraphs, each article naming its chunk: what the app holds after its index. */
export function toAppDataset(dataset: Dataset, articlesPerChunk = 2): AppDataset {
  const { paragraphs: _text, ...rest } = dataset;
  const { index } = makeAppLayout(dataset, articlesPerChunk);
  return {
    ...rest,
    articles: fromTable(index.articles),
    paragraphChunks: index.paragraphChunks,
  };
}

/**
 * The index the dashboard builds for `dataset`, its text fetched on demand from the layout's files in
 * memory (or from `files`, to serve a spoiled or missing chunk); every path fetched lands in `requests`.
 */
export function makeDatasetIndex(
  dataset: Dataset,
  { requests = [], files = makeSiteFiles(dataset), hold }: { requests?: string[]; files?: SiteFiles; hold?: Promise<unknown> } = {},
): DatasetIndex {
  const app = toAppDataset(dataset);
  return createDatasetIndex(app, createParagraphStore(app, LAYOUT_FOLDER, serveFiles(files, requests, hold)));
}

/** A promise a test resolves when it chooses: `hold` for `serveFiles`. */
export function createGate(): { hold: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const hold = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { hold, open };
}
