import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  APP_INDEX_FILE, APP_LAYOUT_VERSION, ARTICLE_FIELDS, FIGURE_FIELDS, LOCALITY_FIELDS, PARAGRAPH_CHUNK_BYTES, PARAGRAPH_FIELDS,
  paragraphChunkFile, SOURCE_FIELDS, type ParagraphChunkInfo,
} from '../src/dataset/app-layout';
import { SCHEMA_VERSION, type Article, type Figure, type Indicator, type Locality, type Paragraph, type Rejection, type Source, type Warning } from '../src/dataset/schema';
import { toRow } from '../src/dataset/table';
import { createTextSink } from './create-text-sink';
import type { RecordSection } from './serialize-chunk';

/** What the layout holds besides the spooled records. */
export interface LayoutExtras {
  localities: readonly Locality[];
  indicators: readonly Indicator[];
  warnings: readonly Warning[];
  /** Figures marked wrong by a corrections file, when one was applied. */
  rejected?: readonly Rejection[];
}

/**
 * Writes the app-facing layout (src/dataset/app-layout.ts) into `folder` from the writer's JSON-lines
 * spools: paragraph chunks first (which decides each article's chunk), then the index. One row per
 * line, so the files stay readable and diff well.
 */
export async function writeAppLayout(spools: Record<RecordSection, string>, extras: LayoutExtras, folder: string): Promise<void> {
  await mkdir(path.join(folder, path.dirname(paragraphChunkFile(0))), { recursive: true });
  const chunkOf = await writeParagraphChunks(spools.paragraphs, folder);
  const index = createTextSink(path.join(folder, APP_INDEX_FILE));
  await index.write(`{"schemaVersion":${SCHEMA_VERSION},"layout":${APP_LAYOUT_VERSION}`);
  const table = async (name: string, fields: readonly string[], rows: AsyncIterable<unknown[]> | Iterable<unknown[]>): Promise<void> => {
    await index.write(`,\n"${name}":{"fields":${JSON.stringify(fields)},"rows":[`);
    let first = true;
    for await (const row of rows) {
      await index.write(`${first ? '\n' : ',\n'}${JSON.stringify(row)}`);
      first = false;
    }
    await index.write(']}');
  };
  await table('sources', SOURCE_FIELDS, mapLines(spools.sources, (source: Source) => toRow(source, SOURCE_FIELDS)));
  const firstArticle: number[] = [];
  const articleCount: number[] = [];
  let articleIndex = 0;
  let lastChunk = 0;
  await table('articles', ARTICLE_FIELDS, mapLines(spools.articles, (article: Article) => {
    // An article without paragraphs keeps to the chunk of the article before it.
    const paragraphChunk = chunkOf.articles.get(article.id) ?? lastChunk;
    lastChunk = paragraphChunk;
    firstArticle[paragraphChunk] ??= articleIndex;
    articleCount[paragraphChunk] = (articleCount[paragraphChunk] ?? 0) + 1;
    articleIndex++;
    return toRow({ ...article, paragraphChunk }, ARTICLE_FIELDS);
  }));
  await table('localities', LOCALITY_FIELDS, extras.localities.map((place) => toRow(place, LOCALITY_FIELDS)));
  await table('figures', FIGURE_FIELDS, mapLines(spools.figures, (figure: Figure) => toRow(figure, FIGURE_FIELDS)));
  const chunks: ParagraphChunkInfo[] = chunkOf.chunks.map((chunk, k) => ({
    file: chunk.file, firstArticle: firstArticle[k] ?? articleIndex, articles: articleCount[k] ?? 0, paragraphs: chunk.paragraphs, bytes: chunk.bytes,
  }));
  const rejected = extras.rejected === undefined ? '' : `,\n"rejected":${JSON.stringify(extras.rejected)}`;
  await index.write(`,\n"indicators":${JSON.stringify(extras.indicators)},\n"warnings":${JSON.stringify(extras.warnings)},\n"paragraphChunks":${JSON.stringify(chunks)}${rejected}}\n`);
  await index.close();
}

/** Paragraphs → chunk files of whole articles; returns each article's chunk and each chunk's size. */
async function writeParagraphChunks(spool: string, folder: string): Promise<{ articles: Map<string, number>; chunks: Omit<ParagraphChunkInfo, 'firstArticle' | 'articles'>[] }> {
  const articles = new Map<string, number>();
  const chunks: Omit<ParagraphChunkInfo, 'firstArticle' | 'articles'>[] = [];
  let rows: string[] = [];
  let bytes = 0;
  const close = async (): Promise<void> => {
    const file = paragraphChunkFile(chunks.length);
    const sink = createTextSink(path.join(folder, file));
    await sink.write(`{"schemaVersion":${SCHEMA_VERSION},"layout":${APP_LAYOUT_VERSION},"index":${chunks.length},"paragraphs":{"fields":${JSON.stringify(PARAGRAPH_FIELDS)},"rows":[\n`);
    await sink.write(rows.join(',\n'));
    await sink.write(']}}\n');
    await sink.close();
    chunks.push({ file, paragraphs: rows.length, bytes: (await stat(path.join(folder, file))).size });
    rows = [];
    bytes = 0;
  };
  for await (const paragraph of mapLines(spool, (p: Paragraph) => p)) {
    if (!articles.has(paragraph.articleId)) {
      if (bytes >= PARAGRAPH_CHUNK_BYTES) await close();
      articles.set(paragraph.articleId, chunks.length);
    }
    const row = JSON.stringify(toRow(paragraph, PARAGRAPH_FIELDS));
    rows.push(row);
    bytes += Buffer.byteLength(row);
  }
  if (rows.length > 0 || chunks.length === 0) await close();
  return { articles, chunks };
}

async function* mapLines<T, R>(file: string, map: (record: T) => R): AsyncGenerator<R> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  for await (const line of lines) if (line !== '') yield map(JSON.parse(line) as T);
}
