import { linkSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { BENCH_CHECKS, type BenchResult } from './bench-checks';
import { generateBenchCorpus, type BenchFile } from './generate-bench-corpus';
import { measureStages } from './measure-stages';
import { PROFILED_STAGES } from './profile-stages';
import { runCliMeasured } from './run-cli-measured';
import { runRawBaseline } from './run-raw-baseline';

// The benchmark people quote (issue 12). One run generates the benchmark corpus and measures on the same
// bytes: the raw baseline, the CLI end to end as a process at several corpus sizes, and each stage on one
// thread; then the small checks. Targets are ratios against baselines measured in the same run.
//
//   npm run bench                          # corpus at 1k, 5k and 10k articles, then the checks
//   npm run bench -- --json                # one JSON document on stdout
//   npm run bench -- --articles 2000       # other corpus sizes (comma-separated)
//   npm run bench -- --only checks         # or `corpus`, or part of a check's name
//   npm run bench -- --keep DIR            # keep the corpus, outputs and stages.cpuprofile in DIR

interface Point {
  articles: number;
  files: number;
  megabytes: number;
  baselineMs: number;
  cliMs: number;
  /** CLI throughput over baseline throughput (= baseline time / CLI time): 1 would be as fast as the regex pass. */
  ratio: number;
  megabytesPerSecond: number;
  articlesPerSecond: number;
  peakRssMb: number;
  figures: number;
  outputBytes: number;
  outputBytesPerFigure: number;
}

const TARGET_RATIO = 0.2;
const TARGET_RSS_MB = 1000;
// Marginal cost per article between the two largest points over that between the two smallest.
const TARGET_GROWTH = 1.25;

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = argv.indexOf(name);
  return at < 0 ? undefined : argv[at + 1];
};
const json = argv.includes('--json');
const only = flag('--only') ?? argv.find((arg, i) => !arg.startsWith('--') && !argv[i - 1]?.startsWith('--'));
const points = (flag('--articles') ?? '1000,5000,10000').split(',').map(Number).sort((a, b) => a - b);
const keep = flag('--keep');
const say = (line: string): void => {
  if (!json) console.log(line);
};

const report: { machine: object; corpus?: object; checks?: BenchResult[]; missed: string[] } = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
  missed: [],
};
if (only === undefined || only === 'corpus') report.corpus = await benchCorpus();
if (only !== 'corpus') report.checks = await runChecks(only === 'checks' ? undefined : only);
if (json) console.log(JSON.stringify(report, null, 2));
if (report.missed.length > 0) process.exitCode = 1;

async function benchCorpus(): Promise<object> {
  const work = keep === undefined ? mkdtempSync(path.join(tmpdir(), 'rm-bench-corpus-')) : path.resolve(keep);
  mkdirSync(work, { recursive: true });
  try {
    const all = path.join(work, 'corpus');
    rmSync(all, { recursive: true, force: true });
    const files = generateBenchCorpus(all, points.at(-1) ?? 0);
    const results: Point[] = [];
    for (const articles of points) {
      const slice = takeArticles(files, articles);
      const folder = articles === points.at(-1) ? all : linkPrefix(all, path.join(work, `corpus-${articles}`), slice);
      results.push(await measurePoint(folder, slice, articles, work));
      const p = results.at(-1) as Point;
      say(`corpus ${String(articles).padStart(6)} articles ${p.megabytes.toFixed(1).padStart(5)} MB  baseline ${ms(p.baselineMs)}  CLI ${ms(p.cliMs)}  ratio ${p.ratio.toFixed(3)}  ${p.megabytesPerSecond.toFixed(2)} MB/s  ${p.articlesPerSecond.toFixed(0)} articles/s  peak RSS ${p.peakRssMb.toFixed(0)} MB  ${p.outputBytesPerFigure.toFixed(0)} B/figure`);
    }
    const largest = results.at(-1) as Point;
    const stages = await measureStages(all, files.map((f) => f.file), path.join(work, 'stages-out.json'));
    if (keep !== undefined) writeFileSync(path.join(work, 'stages.cpuprofile'), JSON.stringify(stages.profile));
    const total = Object.values(stages.ms).reduce((a, b) => a + b, 0);
    say(`stages on one thread, ${largest.articles} articles (${(total / 1000).toFixed(1)} s):`);
    for (const stage of PROFILED_STAGES) {
      const t = stages.ms[stage];
      const rate = t === 0 ? '      —' : (largest.megabytes / (t / 1000)).toFixed(1).padStart(7);
      say(`  ${stage.padEnd(11)} ${ms(t)}  ${((100 * t) / total).toFixed(1).padStart(5)}%  ${rate} MB/s`);
    }
    const growth = marginalGrowth(results);
    verdict(`CLI / raw baseline at ${largest.articles} articles`, largest.ratio >= TARGET_RATIO, `${largest.ratio.toFixed(3)} (target ≥ ${TARGET_RATIO}, aim 0.5)`);
    verdict('peak RSS', Math.max(...results.map((r) => r.peakRssMb)) <= TARGET_RSS_MB, `${Math.max(...results.map((r) => r.peakRssMb)).toFixed(0)} MB (target ≤ ${TARGET_RSS_MB} MB)`);
    if (growth !== null) verdict('cost per article, large / small corpus', growth <= TARGET_GROWTH, `${growth.toFixed(2)} (marginal, target ≤ ${TARGET_GROWTH})`);
    return { points: results, stagesMs: stages.ms, growth, jobs: cpus().length };
  } finally {
    if (keep === undefined) rmSync(work, { recursive: true, force: true });
  }
}

async function measurePoint(folder: string, slice: readonly BenchFile[], articles: number, work: string): Promise<Point> {
  const bytes = slice.reduce((sum, f) => sum + f.bytes, 0);
  // The best of five: the baseline is a floor, and its runs are short enough for the noise of one GC to show.
  const baselineRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await runRawBaseline(folder, slice.map((f) => f.file), path.join(work, `baseline-${articles}.json`));
    baselineRuns.push(performance.now() - started);
  }
  const baselineMs = Math.min(...baselineRuns);
  const out = path.join(work, `out-${articles}`, 'dataset.json');
  const run = await runCliMeasured(['--input', folder, '--out', out]);
  const figures = Number(/figures\s+(?<n>\d+)/u.exec(run.stderr)?.groups?.n ?? 0);
  const outputBytes = statSync(out).size;
  return {
    articles,
    files: slice.length,
    megabytes: bytes / 1e6,
    baselineMs,
    cliMs: run.ms,
    ratio: baselineMs / run.ms,
    megabytesPerSecond: bytes / 1e6 / (run.ms / 1000),
    articlesPerSecond: articles / (run.ms / 1000),
    peakRssMb: run.peakRss / 1e6,
    figures,
    outputBytes,
    outputBytesPerFigure: outputBytes / Math.max(figures, 1),
  };
}

/** The files that together hold the first `articles` articles (the corpus is generated as a sequence). */
function takeArticles(files: readonly BenchFile[], articles: number): BenchFile[] {
  const slice: BenchFile[] = [];
  for (let n = 0, i = 0; n < articles && i < files.length; i++) {
    slice.push(files[i] as BenchFile);
    n += files[i]?.articles ?? 0;
  }
  return slice;
}

/** A folder holding just `slice`, as hard links into `from`: no copy, same bytes. */
function linkPrefix(from: string, to: string, slice: readonly BenchFile[]): string {
  rmSync(to, { recursive: true, force: true });
  for (const { file } of slice) {
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    linkSync(path.join(from, file), path.join(to, file));
  }
  return to;
}

/** Time per added article between the two largest points, over that between the two smallest. */
function marginalGrowth(results: readonly Point[]): number | null {
  if (results.length < 3) return null;
  const perArticle = (a: Point, b: Point): number => (b.cliMs - a.cliMs) / (b.articles - a.articles);
  const [first, second] = results;
  const [before, last] = results.slice(-2);
  return perArticle(before as Point, last as Point) / perArticle(first as Point, second as Point);
}

async function runChecks(filter: string | undefined): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const check of BENCH_CHECKS.filter((c) => filter === undefined || c.name.toLowerCase().includes(filter.toLowerCase()))) {
    const result = await check();
    results.push(result);
    verdict(result.name, result.ratio <= result.target, `ratio ${result.ratio.toFixed(2)} (target ≤ ${result.target})  ${result.detail}`);
  }
  return results;
}

function verdict(name: string, ok: boolean, detail: string): void {
  if (!ok) report.missed.push(name);
  say(`${ok ? 'ok  ' : 'MISS'} ${name.padEnd(42)} ${detail}`);
}

function ms(value: number): string {
  return `${value.toFixed(0).padStart(6)} ms`;
}
