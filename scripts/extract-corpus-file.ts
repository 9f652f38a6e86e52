import path from 'node:path';
import type { DatasetChunk } from '../src/core/assemble-dataset';
import type { Gazetteer } from '../src/core/locality/gazetteer';
import { extractSource } from '../src/core/pipeline';
import type { Warning } from '../src/dataset/schema';
import { checkChunk } from './check-chunk';
import { decodeSource } from './decode-source';
import { readCorpusFile } from './read-corpus-file';

/** What became of one corpus file. */
export interface CorpusFileResult {
  file: string;
  /** The file's share of the dataset, or null when it was skipped. */
  chunk: DatasetChunk | null;
  /** Everything wrong with the file, skipped or repaired, in the order found. */
  warnings: Warning[];
  /** Bytes read (0 when the file could not be read). */
  bytes: number;
  /**
   * True when the file was lost to a bug the pipeline could not contain (it threw outside every
   * stage's containment, or its output broke the dataset's invariants): the CLI exits 1 for it.
   */
  failed: boolean;
}

/** Warnings kept per file: a file can hold 200,000 bad figures, and the dataset must stay readable. */
export const MAX_WARNINGS_PER_FILE = 100;

/**
 * One file of the corpus: read → decode → extract → check. Self-contained, so it can run in any order
 * or in a worker: no shared state, nothing printed, never throws; every problem is a warning in the
 * result, and only a read failure or a file with no text skips the file.
 */
export async function extractCorpusFile(input: string, file: string, gazetteer: Gazetteer): Promise<CorpusFileResult> {
  const result = await extractUncapped(input, file, gazetteer);
  const { warnings } = result;
  if (warnings.length <= MAX_WARNINGS_PER_FILE) return result;
  const more = { file, code: 'more-warnings', message: `${warnings.length - MAX_WARNINGS_PER_FILE} more warnings like the ones above, not listed` };
  return { ...result, warnings: [...warnings.slice(0, MAX_WARNINGS_PER_FILE), more] };
}

async function extractUncapped(input: string, file: string, gazetteer: Gazetteer): Promise<CorpusFileResult> {
  const read = await readCorpusFile(path.join(input, file));
  if (!read.ok) return { file, chunk: null, bytes: 0, failed: false, warnings: [{ file, code: read.code, message: read.message }] };
  const warnings: Warning[] = read.notes.map((note) => ({ file, ...note }));
  const decoded = decodeSource(read.bytes);
  const bytes = read.bytes.length;
  if (!decoded.ok) return { file, chunk: null, bytes, failed: false, warnings: [...warnings, { file, code: decoded.code, message: decoded.message }] };
  warnings.push(...decoded.notes.map((note) => ({ file, ...note })));
  let extraction;
  try {
    extraction = extractSource({ file, text: decoded.text, encoding: decoded.encoding, bytes }, gazetteer);
  } catch (error) {
    const message = `skipped: internal error (a bug) the extractor could not contain: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    return { file, chunk: null, bytes, failed: true, warnings: [...warnings, { file, code: 'extraction-failed', message }] };
  }
  const { warnings: found, ...extracted } = extraction;
  warnings.push(...found);
  const checked = checkChunk(extracted);
  warnings.push(...checked.warnings.map((w) => ({ file, ...w })));
  if (checked.chunk === null) return { file, chunk: null, bytes, failed: true, warnings };
  if (checked.chunk.articles.length === 0) warnings.push({ file, code: 'no-articles', message: 'holds no article text after clean-up' });
  return { file, chunk: checked.chunk, bytes, failed: checked.failed, warnings };
}
