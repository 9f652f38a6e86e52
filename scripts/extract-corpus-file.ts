import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DatasetChunk } from '../src/core/assemble-dataset';
import { listIndicators } from '../src/core/indicators/indicators';
import type { Gazetteer } from '../src/core/locality/gazetteer';
import { extractSource } from '../src/core/pipeline';
import { checkDataset } from '../src/dataset/check-dataset';
import { SCHEMA_VERSION, type Warning } from '../src/dataset/schema';
import { decodeSource } from './decode-source';

/** What became of one corpus file. */
export interface CorpusFileResult {
  file: string;
  /** The file's share of the dataset, or null when it was skipped. */
  chunk: DatasetChunk | null;
  /** Everything wrong with the file, in the order found. */
  warnings: Warning[];
  /** Bytes read (0 when the file could not be read). */
  bytes: number;
  /** True when the file was lost to a bug (the extractor threw, or its output broke the invariants): the CLI exits 1. */
  failed: boolean;
}

/**
 * One file of the corpus: read → decode → extract → check. Self-contained, so it can run in any order
 * or in a worker: no shared state, nothing printed, never throws; every problem is a warning in the result.
 */
export async function extractCorpusFile(input: string, file: string, gazetteer: Gazetteer): Promise<CorpusFileResult> {
  const skipped = (code: string, message: string, bytes = 0, failed = false): CorpusFileResult => ({ file, chunk: null, bytes, failed, warnings: [{ file, code, message }] });
  const bytes = await readFile(path.join(input, file)).catch((error: Error) => error);
  if (bytes instanceof Error) return skipped('unreadable', `cannot be read (${bytes.message})`);
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return skipped(decoded.code, decoded.message, bytes.length);
  let chunk: DatasetChunk;
  try {
    chunk = extractSource({ file, text: decoded.text, encoding: decoded.encoding, bytes: bytes.length }, gazetteer);
  } catch (error) {
    return skipped('extraction-failed', `extraction failed: ${error instanceof Error ? error.message : String(error)}`, bytes.length, true);
  }
  const problems = checkDataset({ schemaVersion: SCHEMA_VERSION, ...chunk, indicators: listIndicators(), warnings: [] });
  if (problems.length > 0) {
    const listed = problems.slice(0, 3).map((p) => `${p.path} ${p.message}`).join('; ');
    return skipped('invalid-extraction', `skipped, its extraction breaks the dataset invariants: ${listed}`, bytes.length, true);
  }
  const warnings = chunk.articles.length === 0 ? [{ file, code: 'no-articles', message: 'holds no article text after clean-up' }] : [];
  return { file, chunk, bytes: bytes.length, failed: false, warnings };
}
