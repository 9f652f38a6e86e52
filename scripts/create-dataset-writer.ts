import { createReadStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { addLocalities, listLocalities, type DatasetChunk } from '../src/core/assemble-dataset';
import { listIndicators } from '../src/core/indicators/indicators';
import { toLayoutFolder } from '../src/dataset/app-layout';
import { SCHEMA_VERSION, type Locality, type Rejection, type ShardInfo, type Warning } from '../src/dataset/schema';
import { createTextSink, type TextSink } from './create-text-sink';
import { createParagraphChunkPlan } from './plan-paragraph-chunks';
import { parseJsonLines, RECORD_SECTIONS, serializeChunk, serializeRows, type RecordSection, type SerializedChunk } from './serialize-chunk';
import { writeAppLayout } from './write-app-layout';
import { writeParquet } from './write-parquet';

/** Streams a dataset to disk chunk by chunk, so memory holds one source at a time, never the corpus. */
export interface DatasetWriter {
  add(chunk: DatasetChunk): Promise<void>;
  /** Adds a chunk a worker already serialized: one write per section, nothing parsed. */
  addSerialized(chunk: SerializedChunk): Promise<void>;
  /**
   * Writes the final files atomically (temp file + rename) and returns the locality count. `rejected`,
   * given when corrections were applied, is written after the warnings (absent otherwise, so a run
   * without corrections writes the same bytes as before).
   */
  finish(warnings: readonly Warning[], extras?: { rejected?: readonly Rejection[] }): Promise<{ localities: number }>;
  /** Removes every temporary file; the previous dataset, if any, stays untouched. */
  abort(): Promise<void>;
}

/** What a writer records besides the records. */
export interface DatasetWriterOptions {
  /**
   * Set for a `--shard` run: written as the document's second field, so a merge can check it has every
   * shard. A shard writes dataset.json only; the layout folder comes from the merge.
   */
  shard?: ShardInfo;
}

/** Spools are copied into the final file in pieces this large: a few hundred writes for a 100 MB dataset. */
const COPY_CHUNK_BYTES = 1 << 20;
const NEWLINE = 0x0a;

const SPOOL_PREFIX = '.dataset-spool-';
/** `.dataset-spool-<pid>-XXXXXX`, `.<name>.<pid>.tmp`: what a run leaves behind when it is killed. */
const LEFTOVER = /^(?:\.dataset-spool-(?<spoolPid>\d+)-.+|\..+\.(?<tempPid>\d+)\.tmp)$/u;

/**
 * Opens a writer for `outFile`. Records go to one JSON-lines spool per section in a temporary folder
 * next to the output (same filesystem, so the final renames are atomic). `finish` stitches them into
 * dataset.json, one record per line, by copying bytes, and from the same spools writes the layout
 * folder beside it: the app's split files (write-app-layout.ts) and the Parquet tables (write-parquet.ts).
 */
export async function createDatasetWriter(outFile: string, options: DatasetWriterOptions = {}): Promise<DatasetWriter> {
  const folder = path.dirname(path.resolve(outFile));
  await mkdir(folder, { recursive: true });
  await removeAbandonedFiles(folder);
  const spoolFolder = await mkdtemp(path.join(folder, `${SPOOL_PREFIX}${process.pid}-`));
  const spoolFiles = Object.fromEntries(RECORD_SECTIONS.map((s) => [s, path.join(spoolFolder, `${s}.jsonl`)])) as Record<RecordSection, string>;
  const spools = Object.fromEntries(RECORD_SECTIONS.map((s) => [s, createTextSink(spoolFiles[s])])) as Record<RecordSection, TextSink>;
  // The layout's paragraph and figure rows, spooled as they come (a shard writes no layout).
  const writesLayout = options.shard === undefined;
  const rowFiles = { paragraphs: path.join(spoolFolder, 'paragraph-rows.jsonl'), figures: path.join(spoolFolder, 'figure-rows.jsonl') };
  const rowSpools = writesLayout ? { paragraphs: createTextSink(rowFiles.paragraphs), figures: createTextSink(rowFiles.figures) } : null;
  const paragraphPlan = createParagraphChunkPlan();
  const localities = new Map<string, Locality>();
  const tempFile = path.join(folder, `.${path.basename(outFile)}.${process.pid}.tmp`);
  const layoutFolder = toLayoutFolder(path.resolve(outFile));
  const tempLayout = path.join(folder, `.${path.basename(layoutFolder)}.${process.pid}.tmp`);
  let spoolsClosed = false;
  const closeSpools = async (): Promise<void> => {
    if (spoolsClosed) return;
    spoolsClosed = true;
    await Promise.all([...RECORD_SECTIONS.map((s) => spools[s].close()), rowSpools?.paragraphs.close(), rowSpools?.figures.close()]);
  };

  const addSerialized = async (chunk: SerializedChunk): Promise<void> => {
    for (const section of RECORD_SECTIONS) if (chunk.records[section].length > 0) await spools[section].write(chunk.records[section]);
    if (rowSpools !== null) {
      const rows = chunk.rows ?? serializeRows(parseJsonLines(chunk.records.paragraphs), parseJsonLines(chunk.records.figures));
      if (rows.paragraphs.length > 0) await rowSpools.paragraphs.write(rows.paragraphs);
      if (rows.figures.length > 0) await rowSpools.figures.write(rows.figures);
      paragraphPlan.add(rows.paragraphs, rows.paragraphArticleIds);
    }
    addLocalities(localities, chunk.localities);
  };

  return {
    add: (chunk) => addSerialized(serializeChunk(chunk)),
    addSerialized,
    async finish(warnings, extras = {}) {
      await closeSpools();
      const sorted = listLocalities(localities);
      const out = createTextSink(tempFile);
      await out.write(`{"schemaVersion":${SCHEMA_VERSION}`);
      if (options.shard !== undefined) await out.write(`,\n"shard":${JSON.stringify(options.shard)}`);
      for (const section of ['sources', 'articles', 'paragraphs', 'localities', 'figures', 'indicators', 'warnings'] as const) {
        await out.write(`,\n"${section}":[`);
        const held = section === 'localities' ? sorted : section === 'indicators' ? listIndicators() : section === 'warnings' ? warnings : null;
        if (held !== null) await out.write(held.map((record, i) => `${i === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`).join(''));
        else await copyAsListItems(spoolFiles[section as RecordSection], out);
        await out.write(']');
      }
      if (extras.rejected !== undefined) {
        await out.write(`,\n"rejected":[${extras.rejected.map((r, i) => `${i === 0 ? '\n' : ',\n'}${JSON.stringify(r)}`).join('')}]`);
      }
      await out.write('}\n');
      await out.close();
      if (writesLayout) {
        const localitySpool = path.join(spoolFolder, 'localities.jsonl');
        await writeFile(localitySpool, sorted.map((place) => `${JSON.stringify(place)}\n`).join(''));
        await mkdir(path.join(tempLayout, 'parquet'), { recursive: true });
        // DuckDB writes Parquet on its own threads while this one writes the app's files.
        await Promise.all([
          writeParquet({ ...spoolFiles, localities: localitySpool }, path.join(tempLayout, 'parquet')),
          writeAppLayout(spoolFiles, { ...rowFiles, plan: paragraphPlan.finish() }, { localities: sorted, indicators: listIndicators(), warnings, ...extras }, tempLayout),
        ]);
      }
      await replaceTogether(tempFile, outFile, options.shard === undefined ? { fresh: tempLayout, target: layoutFolder } : null);
      await rm(spoolFolder, { recursive: true, force: true });
      return { localities: sorted.length };
    },
    async abort() {
      await closeSpools().catch(() => undefined);
      await rm(spoolFolder, { recursive: true, force: true });
      await rm(tempFile, { force: true });
      await rm(tempLayout, { recursive: true, force: true });
    },
  };
}

/**
 * Copies a JSON-lines spool as the items of a JSON list, one per line: `a⏎b⏎` → `⏎a,⏎b`. A record never
 * holds a raw line break (JSON escapes it), so every line break in the spool ends a record.
 */
async function copyAsListItems(spool: string, out: TextSink): Promise<void> {
  let pendingBreak = false; // a record's line break is written as ",\n" only once another record follows
  let first = true;
  for await (const piece of createReadStream(spool, { highWaterMark: COPY_CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    const parts: Buffer[] = [];
    let from = 0;
    for (let at = piece.indexOf(NEWLINE); at !== -1; at = piece.indexOf(NEWLINE, from)) {
      if (at > from) {
        parts.push(Buffer.from(first ? '\n' : pendingBreak ? ',\n' : ''), piece.subarray(from, at));
        first = false;
      }
      pendingBreak = true;
      from = at + 1;
    }
    if (from < piece.length) {
      parts.push(Buffer.from(first ? '\n' : pendingBreak ? ',\n' : ''), piece.subarray(from));
      first = false;
      pendingBreak = false;
    }
    if (parts.length > 0) await out.write(Buffer.concat(parts));
  }
}

/**
 * Renames the new dataset file and layout folder into place, or neither: a folder cannot be renamed
 * over a full one, so the old folder moves aside first and comes back if the file cannot be placed.
 */
async function replaceTogether(tempFile: string, outFile: string, layout: { fresh: string; target: string } | null): Promise<void> {
  if (layout === null) return rename(tempFile, outFile);
  const aside = `${layout.fresh}.old`;
  const hadOld = existsSync(layout.target);
  if (hadOld) await rename(layout.target, aside);
  try {
    await rename(layout.fresh, layout.target);
    await rename(tempFile, outFile);
  } catch (error) {
    if (existsSync(layout.target)) await rename(layout.target, layout.fresh);
    if (hadOld) await rename(aside, layout.target);
    throw error;
  }
  await rm(aside, { recursive: true, force: true });
}

/** Removes what killed runs left next to the output: spools and temp files of processes no longer alive. */
async function removeAbandonedFiles(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => []);
  await Promise.all(
    names.map(async (name) => {
      const groups = LEFTOVER.exec(name)?.groups;
      const pid = Number(groups?.['spoolPid'] ?? groups?.['tempPid']);
      if (!Number.isInteger(pid) || isAlive(pid)) return;
      await rm(path.join(folder, name), { recursive: true, force: true }).catch(() => undefined);
    }),
  );
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, but someone else's
  }
}
