import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { addLocalities, listLocalities, type DatasetChunk } from '../src/core/assemble-dataset';
import { listIndicators } from '../src/core/indicators/indicators';
import { SCHEMA_VERSION, type Locality, type ShardInfo, type Warning } from '../src/dataset/schema';
import { RECORD_SECTIONS, serializeChunk, type RecordSection, type SerializedChunk } from './serialize-chunk';

/** Streams a dataset to disk chunk by chunk, so memory holds one source at a time, never the corpus. */
export interface DatasetWriter {
  add(chunk: DatasetChunk): Promise<void>;
  /** Adds a chunk a worker already serialized: one write per section, nothing parsed. */
  addSerialized(chunk: SerializedChunk): Promise<void>;
  /** Writes the final file atomically (temp file + rename) and returns the locality count. */
  finish(warnings: readonly Warning[]): Promise<{ localities: number }>;
  /** Removes every temporary file; the previous dataset, if any, stays untouched. */
  abort(): Promise<void>;
}

/** What a writer records besides the records. */
export interface DatasetWriterOptions {
  /** Set for a `--shard` run: written as the document's second field, so a merge can check it has every shard. */
  shard?: ShardInfo;
}

const SECTIONS = RECORD_SECTIONS;
type Section = RecordSection;
/** Spools are copied into the final file in pieces this large: a few hundred writes for a 100 MB dataset. */
const COPY_CHUNK_BYTES = 1 << 20;

/**
 * Opens a writer for `outFile`. Records go to one spool file per section in a temporary folder next
 * to the output (same filesystem, so the final rename is atomic), already spelled as they appear in
 * the dataset (",\n" + record); `finish` stitches them into one JSON document, one record per line,
 * by copying bytes.
 */
export async function createDatasetWriter(outFile: string, options: DatasetWriterOptions = {}): Promise<DatasetWriter> {
  const folder = path.dirname(path.resolve(outFile));
  await mkdir(folder, { recursive: true });
  const spoolFolder = await mkdtemp(path.join(folder, '.dataset-spool-'));
  const spools = Object.fromEntries(
    SECTIONS.map((section) => [section, createWriteStream(path.join(spoolFolder, `${section}.part`))]),
  ) as Record<Section, WriteStream>;
  const localities = new Map<string, Locality>();
  const tempFile = path.join(folder, `.${path.basename(outFile)}.${process.pid}.tmp`);

  const closeSpools = async (): Promise<void> => {
    await Promise.all(SECTIONS.map(async (s) => {
      if (!spools[s].closed) await new Promise<void>((resolve) => spools[s].end(resolve));
    }));
  };

  const addSerialized = async (chunk: SerializedChunk): Promise<void> => {
    for (const section of SECTIONS) {
      const text = chunk.records[section];
      if (text !== '' && !spools[section].write(text)) await once(spools[section], 'drain');
    }
    addLocalities(localities, chunk.localities);
  };

  return {
    add: (chunk) => addSerialized(serializeChunk(chunk)),
    addSerialized,
    async finish(warnings) {
      await closeSpools();
      const out = createWriteStream(tempFile);
      const write = async (text: string | Buffer): Promise<void> => {
        if (!out.write(text)) await once(out, 'drain');
      };
      await write(`{"schemaVersion":${SCHEMA_VERSION}`);
      if (options.shard !== undefined) await write(`,\n"shard":${JSON.stringify(options.shard)}`);
      const sorted = listLocalities(localities);
      for (const section of ['sources', 'articles', 'paragraphs', 'localities', 'figures', 'indicators', 'warnings'] as const) {
        await write(`,\n"${section}":[`);
        const held = section === 'localities' ? sorted : section === 'indicators' ? listIndicators() : section === 'warnings' ? warnings : null;
        if (held !== null) await write(held.map((record, i) => `${i === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`).join(''));
        else {
          // The spool opens with the first record's ",": the section's "[" takes its place.
          const spool = createReadStream(path.join(spoolFolder, `${section}.part`), { start: 1, highWaterMark: COPY_CHUNK_BYTES });
          for await (const piece of spool) await write(piece as Buffer);
        }
        await write(']');
      }
      await write('}\n');
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
      await rename(tempFile, outFile);
      await rm(spoolFolder, { recursive: true, force: true });
      return { localities: sorted.length };
    },
    async abort() {
      await closeSpools().catch(() => undefined);
      await rm(spoolFolder, { recursive: true, force: true });
      await rm(tempFile, { force: true });
    },
  };
}
