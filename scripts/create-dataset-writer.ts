import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { addLocalities, listLocalities, type DatasetChunk } from '../src/core/assemble-dataset';
import { listIndicators } from '../src/core/indicators/indicators';
import { SCHEMA_VERSION, type Locality, type Warning } from '../src/dataset/schema';

/** Streams a dataset to disk chunk by chunk, so memory holds one source at a time, never the corpus. */
export interface DatasetWriter {
  add(chunk: DatasetChunk): Promise<void>;
  /** Writes the final file atomically (temp file + rename) and returns the locality count. */
  finish(warnings: readonly Warning[]): Promise<{ localities: number }>;
  /** Removes every temporary file; the previous dataset, if any, stays untouched. */
  abort(): Promise<void>;
}

const SPOOL_PREFIX = '.dataset-spool-';
const TEMP_SUFFIX = '.tmp';
/** `.dataset-spool-<pid>-XXXXXX` and `.<name>.<pid>.tmp`: what a run leaves behind when it is killed. */
const LEFTOVER = /^(?:\.dataset-spool-(?<spoolPid>\d+)-.+|\..+\.(?<tempPid>\d+)\.tmp)$/u;

const SECTIONS = ['sources', 'articles', 'paragraphs', 'figures'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * Opens a writer for `outFile`. Records go to one JSON-lines spool file per section in a temporary
 * folder next to the output (same filesystem, so the final rename is atomic); `finish` stitches them
 * into one JSON document, one record per line.
 */
export async function createDatasetWriter(outFile: string): Promise<DatasetWriter> {
  const folder = path.dirname(path.resolve(outFile));
  await mkdir(folder, { recursive: true });
  await removeAbandonedFiles(folder);
  const spoolFolder = await mkdtemp(path.join(folder, `${SPOOL_PREFIX}${process.pid}-`));
  const spools = Object.fromEntries(
    SECTIONS.map((section) => [section, createWriteStream(path.join(spoolFolder, `${section}.jsonl`))]),
  ) as Record<Section, WriteStream>;
  const localities = new Map<string, Locality>();
  const tempFile = path.join(folder, `.${path.basename(outFile)}.${process.pid}${TEMP_SUFFIX}`);

  const closeSpools = async (): Promise<void> => {
    await Promise.all(SECTIONS.map(async (s) => {
      if (!spools[s].closed) await new Promise<void>((resolve) => spools[s].end(resolve));
    }));
  };

  return {
    async add(chunk) {
      for (const section of SECTIONS) {
        for (const record of chunk[section]) {
          if (!spools[section].write(`${JSON.stringify(record)}\n`)) await once(spools[section], 'drain');
        }
      }
      addLocalities(localities, chunk.localities);
    },
    async finish(warnings) {
      await closeSpools();
      const out = createWriteStream(tempFile);
      const write = async (text: string): Promise<void> => {
        if (!out.write(text)) await once(out, 'drain');
      };
      await write(`{"schemaVersion":${SCHEMA_VERSION}`);
      const sorted = listLocalities(localities);
      for (const section of ['sources', 'articles', 'paragraphs', 'localities', 'figures', 'indicators', 'warnings'] as const) {
        await write(`,\n"${section}":[`);
        let first = true;
        const emit = async (json: string): Promise<void> => {
          await write(`${first ? '\n' : ',\n'}${json}`);
          first = false;
        };
        if (section === 'localities') for (const place of sorted) await emit(JSON.stringify(place));
        else if (section === 'indicators') for (const indicator of listIndicators()) await emit(JSON.stringify(indicator));
        else if (section === 'warnings') for (const warning of warnings) await emit(JSON.stringify(warning));
        else for await (const line of readLines(path.join(spoolFolder, `${section}.jsonl`))) await emit(line);
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

async function* readLines(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line !== '') yield line;
}

/**
 * Removes the spool folders and temporary files of earlier runs that were killed before they could
 * clean up (SIGKILL, a power cut). A file whose process is still alive belongs to a run going on in
 * parallel and is left alone.
 */
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
