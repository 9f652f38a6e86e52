import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Gazetteer } from '../src/core/locality/gazetteer';
import { extractSource, type SourceText } from '../src/core/pipeline';
import { findGazetteerFiles, loadGazetteer } from './load-gazetteer';
import { runCliMeasured } from './run-cli-measured';

// The bench's checks on small inputs: each a ratio against a baseline measured in the same run on the
// same machine, because these machines are noisy; absolute numbers are for information only.

/** One check: its ratio against its in-run baseline, and the ratio it must stay under. */
export interface BenchResult {
  name: string;
  ratio: number;
  target: number;
  detail: string;
}

const root = path.resolve(import.meta.dirname, '..');
const seeds: SourceText[] = readdirSync(path.join(root, 'corpus'))
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => {
    const text = readFileSync(path.join(root, 'corpus', file), 'utf8');
    return { file, text, encoding: 'utf-8', bytes: Buffer.byteLength(text) };
  });

// The extraction benches share one gazetteer: loading it is measured once, by its own bench.
let gazetteerOnce: Promise<Gazetteer> | null = null;
const sharedGazetteer = (): Promise<Gazetteer> => (gazetteerOnce ??= loadGazetteer());

/** Median of `runs` timings of `task`, in milliseconds. */
async function time(task: () => unknown, runs = 5): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 0;
}

/** Gazetteer load against the part no loader can avoid: reading and parsing the same JSON files. */
async function benchGazetteerLoad(): Promise<BenchResult> {
  const parseOnly = await time(async () => Promise.all(findGazetteerFiles().map(async (f) => JSON.parse(await readFile(f, 'utf8')))));
  const load = await time(loadGazetteer);
  return { name: 'gazetteer load / JSON parse of its files', ratio: load / parseOnly, target: 4, detail: `${load.toFixed(0)} ms vs ${parseOnly.toFixed(0)} ms` };
}

/** Work per byte must not grow with corpus size: 40 copies of the seeds against 4. */
async function benchLinearScaling(): Promise<BenchResult> {
  const gazetteer = await sharedGazetteer();
  const copies = (n: number): SourceText[] =>
    Array.from({ length: n }, (_, i) => seeds.map((s) => ({ ...s, file: `${i}/${s.file}` }))).flat();
  const small = copies(4);
  const large = copies(40);
  const smallMs = await time(() => small.forEach((s) => extractSource(s, gazetteer)), 3);
  const largeMs = await time(() => large.forEach((s) => extractSource(s, gazetteer)), 3);
  const megabytes = large.reduce((sum, s) => sum + s.bytes, 0) / 1e6;
  return {
    name: 'time per file, 200 files / 20 files',
    ratio: largeMs / 10 / smallMs,
    target: 1.5,
    detail: `${(megabytes / (largeMs / 1000)).toFixed(2)} MB/s extraction`,
  };
}

/** One long file against the same text as separate files: nothing within a file is quadratic. */
async function benchLongFile(): Promise<BenchResult> {
  const gazetteer = await sharedGazetteer();
  const pages = Array.from({ length: 20 }, () => seeds.map((s) => s.text)).flat();
  const separate = pages.map((text, i) => ({ file: `${i}.txt`, text, encoding: 'utf-8' as const, bytes: text.length }));
  const joined = { file: 'long.txt', text: pages.join('\n\n'), encoding: 'utf-8' as const, bytes: 0 };
  const separateMs = await time(() => separate.forEach((s) => extractSource(s, gazetteer)), 3);
  const joinedMs = await time(() => extractSource(joined, gazetteer), 3);
  return { name: 'one 100-page file / 100 one-page files', ratio: joinedMs / separateMs, target: 2, detail: `${joinedMs.toFixed(0)} ms vs ${separateMs.toFixed(0)} ms` };
}

/**
 * A line ten times longer must cost ten times as much, not a hundred: the shapes that once went
 * quadratic — a letter-spaced column line, a long run of spaces, a figure-dense sentence without a
 * stop, a run of numeral characters.
 */
async function benchLongLines(): Promise<BenchResult> {
  const gazetteer = await sharedGazetteer();
  const page = (repeats: number): SourceText => {
    const text = [
      '某县推进改革',
      '今 年 全 县 新 增 就 业 1.4 万 人 ， '.repeat(repeats),
      `${' '.repeat(repeats * 20)}${'投资8亿元，增长5%，完成三个项目'.repeat(repeats)}。`,
      '十'.repeat(repeats),
    ].join('\n');
    return { file: `long-lines-${repeats}.txt`, text, encoding: 'utf-8', bytes: Buffer.byteLength(text) };
  };
  const short = page(100);
  const long = page(1000);
  const shortMs = await time(() => extractSource(short, gazetteer), 3);
  const longMs = await time(() => extractSource(long, gazetteer), 3);
  return { name: 'long lines, 10x length / 1x, per character', ratio: longMs / 10 / shortMs, target: 1.5, detail: `${longMs.toFixed(0)} ms vs ${shortMs.toFixed(0)} ms` };
}

/**
 * Memory the CLI keeps must follow the largest file, not the corpus: the heap still in use at exit
 * (after a full collection) for 500 files against 50. Peak RSS is printed too; it also counts garbage
 * that V8 had not yet needed to collect.
 */
async function benchCliMemory(): Promise<BenchResult> {
  const folder = mkdtempSync(path.join(tmpdir(), 'rm-bench-'));
  const peakOf = async (files: number): Promise<{ heap: number; rss: number }> => {
    const corpus = path.join(folder, `corpus-${files}`);
    mkdirSync(corpus);
    for (let i = 0; i < files; i++) {
      const seed = seeds[i % seeds.length] as SourceText;
      writeFileSync(path.join(corpus, `${String(i).padStart(5, '0')}-${seed.file}`), seed.text);
    }
    const run = await runCliMeasured(['--input', corpus, '--out', path.join(folder, `out-${files}.json`)]);
    return { heap: run.retainedHeap / 1e6, rss: run.peakRss / 1e6 };
  };
  try {
    const small = await peakOf(50);
    const large = await peakOf(500);
    return {
      name: 'CLI retained heap, 500 files / 50 files',
      ratio: large.heap / small.heap,
      target: 1.2,
      detail: `${large.heap.toFixed(0)} MB vs ${small.heap.toFixed(0)} MB (peak RSS ${large.rss.toFixed(0)} vs ${small.rss.toFixed(0)} MB)`,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The checks, in the order they run. */
export const BENCH_CHECKS = [benchGazetteerLoad, benchLinearScaling, benchLongFile, benchLongLines, benchCliMemory];
