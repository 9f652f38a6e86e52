import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { addLocalities } from '../src/core/assemble-dataset';
import { listIndicators } from '../src/core/indicators/indicators';
import { SCHEMA_VERSION, type Locality, type ShardInfo, type Warning } from '../src/dataset/schema';
import type { DatasetWriter } from './create-dataset-writer';
import { RECORD_SECTIONS, type RecordSection, type SerializedChunk } from './serialize-chunk';

/** What the merged shards held. */
export interface MergeTotals { sources: number; articles: number; paragraphs: number; figures: number; warnings: Warning[] }

/** Records handed to the writer in batches of about this many characters. */
const BATCH_CHARS = 1 << 20;
// A shard output is the dataset writer's own layout: a field opener or one record per line, the last
// record of a list followed by "]," (or "]}" at the end of the document).
const LIST_OPENER = /^"(?<name>\w+)":\[(?<empty>\]\}?,?)?$/u;
// Every record is an object, so what follows its closing brace tells where the list stands.
const CLOSES_LIST = /\}\](?:,|\})$/u;

/**
 * Stitches the outputs of `--shard 1/N` … `--shard N/N` into `writer`, in shard order, so the writer
 * produces exactly what one run over the whole corpus writes. Records are copied as text; only
 * localities (merged by id) and warnings are parsed. Throws with a sentence naming the part when a
 * shard is missing, doubled, from another corpus or not a shard output.
 */
export async function mergeShards(parts: readonly string[], writer: DatasetWriter): Promise<MergeTotals> {
  const totals: MergeTotals = { sources: 0, articles: 0, paragraphs: 0, figures: 0, warnings: [] };
  const expectedIndicators = JSON.stringify(listIndicators());
  for (const file of await orderParts(parts)) {
    let list: string | null = null;
    let batch = emptyBatch();
    let batchChars = 0;
    const flush = async (): Promise<void> => {
      await writer.addSerialized({ ...toBytes(batch), localities: [] });
      batch = emptyBatch();
      batchChars = 0;
    };
    const indicators: unknown[] = [];
    const localities = new Map<string, Locality>();
    for await (const line of readLines(file)) {
      const opener = LIST_OPENER.exec(line)?.groups;
      if (opener !== undefined) {
        list = opener.empty === undefined ? (opener.name ?? null) : null;
        continue;
      }
      if (list === null) continue; // the document's first line and its shard field
      const closes = CLOSES_LIST.test(line);
      const record = line.slice(0, closes ? -2 : line.endsWith('},') ? -1 : line.length);
      if (isRecordSection(list)) {
        batch.records[list] += `${record}\n`;
        batch.counts[list]++;
        totals[list]++;
        batchChars += record.length;
      } else if (list === 'localities') addLocalities(localities, [JSON.parse(record) as Locality]);
      else if (list === 'warnings') totals.warnings.push(JSON.parse(record) as Warning);
      else if (list === 'indicators') indicators.push(JSON.parse(record));
      if (closes) list = null;
      if (batchChars >= BATCH_CHARS) await flush();
    }
    await writer.addSerialized({ ...toBytes(batch), localities: [...localities.values()] });
    if (JSON.stringify(indicators) !== expectedIndicators) {
      throw new Error(`${file} lists other indicators than this version of the CLI: it was written by another version`);
    }
  }
  return totals;
}

/** The parts sorted by shard index, after checking that together they are every shard of one corpus. */
async function orderParts(parts: readonly string[]): Promise<string[]> {
  const shards = await Promise.all(parts.map(async (file) => ({ file, shard: await readShardInfo(file) })));
  const [first] = shards;
  if (first === undefined) return [];
  const { count, corpusFiles } = first.shard;
  for (const { file, shard } of shards) {
    if (shard.count !== count || shard.corpusFiles !== corpusFiles) {
      throw new Error(`${file} is shard ${shard.index}/${shard.count} of a ${shard.corpusFiles}-file corpus, but ${first.file} is ${first.shard.index}/${count} of a ${corpusFiles}-file corpus`);
    }
  }
  const byIndex = new Map(shards.map((s) => [s.shard.index, s.file]));
  if (byIndex.size !== shards.length) throw new Error('the same shard is given twice');
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) throw new Error(`shard(s) ${missing.map((k) => `${k}/${count}`).join(', ')} missing: give all ${count} outputs`);
  return [...byIndex.keys()].sort((a, b) => a - b).map((index) => byIndex.get(index) ?? '');
}

async function readShardInfo(file: string): Promise<ShardInfo> {
  const lines = readLines(file);
  const head = (await lines.next()).value;
  const second = (await lines.next()).value;
  await lines.return(undefined);
  if (head !== `{"schemaVersion":${SCHEMA_VERSION},`) throw new Error(`${file} is not a dataset of schema version ${SCHEMA_VERSION} written by this CLI`);
  const shard = /^"shard":(?<info>\{.*\}),$/u.exec(second ?? '')?.groups?.info;
  if (shard === undefined) throw new Error(`${file} is not the output of a --shard run`);
  return JSON.parse(shard) as ShardInfo;
}

interface TextBatch { records: Record<RecordSection, string>; counts: SerializedChunk['counts'] }

function emptyBatch(): TextBatch {
  return { records: { sources: '', articles: '', paragraphs: '', figures: '' }, counts: { sources: 0, articles: 0, paragraphs: 0, figures: 0 } };
}

const utf8 = new TextEncoder();

function toBytes(batch: TextBatch): Omit<SerializedChunk, 'localities'> {
  const records = Object.fromEntries(RECORD_SECTIONS.map((s) => [s, utf8.encode(batch.records[s])])) as Record<RecordSection, Uint8Array>;
  return { records, counts: batch.counts };
}

function isRecordSection(name: string): name is RecordSection {
  return (RECORD_SECTIONS as readonly string[]).includes(name);
}

async function* readLines(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) yield line;
}
