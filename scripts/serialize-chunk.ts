import type { DatasetChunk } from '../src/core/assemble-dataset';
import type { Locality } from '../src/dataset/schema';
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
}

/** A file's result with its chunk serialized, as a worker hands it back (strings cross threads cheaply). */
export type SerializedFileResult = Omit<CorpusFileResult, 'chunk'> & { chunk: SerializedChunk | null };

const utf8 = new TextEncoder();

/** Serializes one chunk. */
export function serializeChunk(chunk: DatasetChunk): SerializedChunk {
  const text = (records: readonly object[]): Uint8Array => {
    let out = '';
    for (const record of records) out += `${JSON.stringify(record)}\n`;
    return utf8.encode(out);
  };
  return {
    records: { sources: text(chunk.sources), articles: text(chunk.articles), paragraphs: text(chunk.paragraphs), figures: text(chunk.figures) },
    counts: { sources: chunk.sources.length, articles: chunk.articles.length, paragraphs: chunk.paragraphs.length, figures: chunk.figures.length },
    localities: chunk.localities satisfies Locality[],
  };
}

/** A file's result, ready to cross a thread. */
export function serializeFileResult(result: CorpusFileResult): SerializedFileResult {
  return { ...result, chunk: result.chunk === null ? null : serializeChunk(result.chunk) };
}

/** The buffers of a serialized result, to transfer rather than copy when it is posted to another thread. */
export function listTransferables(result: SerializedFileResult): ArrayBuffer[] {
  const buffers = RECORD_SECTIONS.flatMap((section) => {
    const bytes = result.chunk?.records[section];
    return bytes === undefined || bytes.length === 0 ? [] : [bytes.buffer as ArrayBuffer];
  });
  return [...new Set(buffers)];
}
