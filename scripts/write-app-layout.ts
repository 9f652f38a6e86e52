import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  APP_INDEX_FILE, APP_LAYOUT_VERSION, ARTICLE_FIELDS, FIGURE_FIELDS, LOCALITY_FIELDS, PARAGRAPH_FIELDS,
  paragraphChunkFile, SOURCE_FIELDS, type ParagraphChunkInfo,
} from '../src/dataset/app-layout';
import { SCHEMA_VERSION, type Article, type Indicator, type Locality, type Rejection, type Source, type Warning } from '../src/dataset/schema';
import { toRow } from '../src/dataset/table';
import { createTextSink, type TextSink } from './create-text-sink';
import type { RecordSection } from './serialize-chunk';

/** What the layout holds besides the spooled records. */
export interface LayoutExtras {
  localities: readonly Locality[];
  indicators: readonly Indicator[];
  warnings: readonly Warning[];
  /** Figures marked wrong by a corrections file, when one was applied. */
  rejected?: readonly Rejection[];
}

/** The paragraph and figure rows the writer spooled ready-made (JSON lines), and the plan of the paragraph chunks. */
export interface LayoutRows {
  paragraphs: string;
  figures: string;
  /** From createParagraphChunkPlan: each article's chunk, and the paragraph rows of each chunk. */
  plan: { articles: ReadonlyMap<string, number>; paragraphCounts: readonly number[] };
}

/**
 * Writes the app-facing layout (src/dataset/app-layout.ts) into `folder` from the writer's JSON-lines
 * spools: paragraph chunks first, then the index. One row per line, so the files stay readable and
 * diff well. Paragraphs and figures, most of the bytes, come as rows already, and are copied: parsing
 * and serializing them again here cost more than half a second for 2,000 articles, on the main thread.
 */
export async function writeAppLayout(spools: Record<RecordSection, string>, rows: LayoutRows, extras: LayoutExtras, folder: string): Promise<void> {
  await mkdir(path.join(folder, path.dirname(paragraphChunkFile(0))), { recursive: true });
  const chunkOf = { articles: rows.plan.articles, chunks: await writeParagraphChunks(rows.paragraphs, rows.plan.paragraphCounts, folder) };
  const index = createTextSink(path.join(folder, APP_INDEX_FILE));
  await index.write(`{"schemaVersion":${SCHEMA_VERSION},"layout":${APP_LAYOUT_VERSION}`);
  const table = async (name: string, fields: readonly string[], values: AsyncIterable<unknown[]> | Iterable<unknown[]>): Promise<void> => {
    await index.write(`,\n"${name}":{"fields":${JSON.stringify(fields)},"rows":[`);
    let first = true;
    for await (const row of values) {
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
  await index.write(`,\n"figures":{"fields":${JSON.stringify(FIGURE_FIELDS)},"rows":[`);
  await copyLinesAsListItems(rows.figures, index);
  await index.write(']}');
  const chunks: ParagraphChunkInfo[] = chunkOf.chunks.map((chunk, k) => ({
    file: chunk.file, firstArticle: firstArticle[k] ?? articleIndex, articles: articleCount[k] ?? 0, paragraphs: chunk.paragraphs, bytes: chunk.bytes,
  }));
  const rejected = extras.rejected === undefined ? '' : `,\n"rejected":${JSON.stringify(extras.rejected)}`;
  await index.write(`,\n"indicators":${JSON.stringify(extras.indicators)},\n"warnings":${JSON.stringify(extras.warnings)},\n"paragraphChunks":${JSON.stringify(chunks)}${rejected}}\n`);
  await index.close();
}

/** Paragraph rows → chunk files of whole articles, `counts[k]` rows to chunk k; returns each chunk's size. */
async function writeParagraphChunks(rowSpool: string, counts: readonly number[], folder: string): Promise<Omit<ParagraphChunkInfo, 'firstArticle' | 'articles'>[]> {
  const chunks: Omit<ParagraphChunkInfo, 'firstArticle' | 'articles'>[] = [];
  const lines = readLineBuffers(rowSpool);
  for (const count of counts) {
    const file = paragraphChunkFile(chunks.length);
    const parts: Buffer[] = [Buffer.from(`{"schemaVersion":${SCHEMA_VERSION},"layout":${APP_LAYOUT_VERSION},"index":${chunks.length},"paragraphs":{"fields":${JSON.stringify(PARAGRAPH_FIELDS)},"rows":[\n`)];
    for (let k = 0; k < count; k++) {
      const { value: line, done } = await lines.next();
      if (done === true) throw new Error(`the paragraph rows ran out in chunk ${chunks.length}`);
      if (k > 0) parts.push(ROW_BREAK);
      parts.push(line);
    }
    parts.push(Buffer.from(']}}\n'));
    const sink = createTextSink(path.join(folder, file));
    await sink.write(Buffer.concat(parts));
    await sink.close();
    chunks.push({ file, paragraphs: count, bytes: (await stat(path.join(folder, file))).size });
  }
  return chunks;
}

const ROW_BREAK = Buffer.from(',\n');
const FIRST_ROW_BREAK = Buffer.from('\n');
const NEWLINE = 0x0a;

/** A JSON-lines file written as the items of a list, one per line: `a⏎b⏎` → `⏎a,⏎b`, in pieces of about a megabyte. */
async function copyLinesAsListItems(file: string, out: TextSink): Promise<void> {
  let parts: Buffer[] = [];
  let size = 0;
  let first = true;
  for await (const line of readLineBuffers(file)) {
    parts.push(first ? FIRST_ROW_BREAK : ROW_BREAK, line);
    first = false;
    size += line.length + ROW_BREAK.length;
    if (size >= 1 << 20) {
      await out.write(Buffer.concat(parts));
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) await out.write(Buffer.concat(parts));
}

/** The non-empty lines of a file, as bytes without their line break. */
async function* readLineBuffers(file: string): AsyncGenerator<Buffer> {
  let carry: Buffer | null = null;
  for await (const piece of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const bytes: Buffer = carry === null ? piece : Buffer.concat([carry, piece]);
    let from = 0;
    for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, from)) {
      if (at > from) yield bytes.subarray(from, at);
      from = at + 1;
    }
    carry = from < bytes.length ? bytes.subarray(from) : null;
  }
  if (carry !== null) yield carry;
}

async function* mapLines<T, R>(file: string, map: (record: T) => R): AsyncGenerator<R> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  for await (const line of lines) if (line !== '') yield map(JSON.parse(line) as T);
}
