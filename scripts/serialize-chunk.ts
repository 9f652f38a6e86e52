import type { DatasetChunk } from '../src/core/assemble-dataset';
import { FIGURE_FIELDS, PARAGRAPH_FIELDS } from '../src/dataset/app-layout';
import type { Figure, Locality, Paragraph } from '../src/dataset/schema';
import { toRow } from '../src/dataset/table';
import type { CorpusFileResult } from './extract-corpus-file';

/** The record sections a chunk contributes to dataset.json, in the file's order. */
export const RECORD_SECTIONS = ['sources', 'articles', 'paragraphs', 'figures'] as const;
export type RecordSection = (typeof RECORD_SECTIONS)[number];

/**
 * A chunk as JSON lines: each section's records as UTF-8 bytes, a record per line, so a section is
 * spooled with one write and stitched into dataset.json by copying bytes. A worker encodes them and
 * transfers the buffers, so the main thread neither copies nor encodes them. Localities stay objects:
 * the same place met in many files is merged into one record before it is written.
 */
export interface SerializedChunk {
  records: Record<RecordSection, Uint8Array>;
  counts: Record<RecordSection, number>;
  localities: DatasetChunk['localities'];
  /**
   * The app layout's rows for the same paragraphs and figures, made where the records are serialized
   * (on a worker), so the writer copies them instead of parsing its spools again at the end. Absent
   * when the records were changed or copied as text after serialization (corrections, --merge): the
   * writer then derives the rows from the records, to the same bytes.
   */
  rows?: SerializedRows;
}

/** The layout's rows of the two largest sections, as JSON lines (a row per line), and each paragraph's article. */
export interface SerializedRows {
  paragraphs: Uint8Array;
  figures: Uint8Array;
  /** The article of each paragraph row, in order: what the writer needs to cut paragraph chunks at article bounds. */
  paragraphArticleIds: string[];
}

/** A file's result with its chunk serialized, as a worker hands it back (strings cross threads cheaply). */
export type SerializedFileResult = Omit<CorpusFileResult, 'chunk'> & { chunk: SerializedChunk | null };

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

function toJsonLines(values: readonly unknown[]): Uint8Array {
  let out = '';
  for (const value of values) out += `${JSON.stringify(value)}\n`;
  return utf8.encode(out);
}

/** Serializes one chunk. */
export function serializeChunk(chunk: DatasetChunk): SerializedChunk {
  return {
    records: {
      sources: toJsonLines(chunk.sources), articles: toJsonLines(chunk.articles), paragraphs: toJsonLines(chunk.paragraphs), figures: toJsonLines(chunk.figures),
    },
    counts: { sources: chunk.sources.length, articles: chunk.articles.length, paragraphs: chunk.paragraphs.length, figures: chunk.figures.length },
    localities: chunk.localities satisfies Locality[],
    rows: serializeRows(chunk.paragraphs, chunk.figures),
  };
}

/**
 * The layout rows of paragraphs and figures. A record read back from its JSON line gives the same row
 * bytes as the record itself (absent and undefined fields are null either way), so rows made from
 * objects on a worker and rows made from spooled lines agree byte for byte.
 */
export function serializeRows(paragraphs: readonly Paragraph[], figures: readonly Figure[]): SerializedRows {
  return {
    paragraphs: toJsonLines(paragraphs.map((paragraph) => toRow(paragraph, PARAGRAPH_FIELDS))),
    figures: toJsonLines(figures.map((figure) => toRow(figure, FIGURE_FIELDS))),
    paragraphArticleIds: paragraphs.map((paragraph) => paragraph.articleId),
  };
}

/** The records of a section's JSON lines, parsed. */
export function parseJsonLines<T>(bytes: Uint8Array): T[] {
  return utf8Decoder.decode(bytes).split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as T);
}

/** A file's result, ready to cross a thread. */
export function serializeFileResult(result: CorpusFileResult): SerializedFileResult {
  return { ...result, chunk: result.chunk === null ? null : serializeChunk(result.chunk) };
}

/** The buffers of a serialized result, to transfer rather than copy when it is posted to another thread. */
export function listTransferables(result: SerializedFileResult): ArrayBuffer[] {
  const rows = result.chunk?.rows;
  const buffers = [...RECORD_SECTIONS.map((section) => result.chunk?.records[section]), rows?.paragraphs, rows?.figures].flatMap((bytes) =>
    bytes === undefined || bytes.length === 0 ? [] : [bytes.buffer as ArrayBuffer]);
  return [...new Set(buffers)];
}
