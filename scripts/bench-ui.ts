/**
 * The dashboard at benchmark scale: generates the benchmark corpus (generate-bench-corpus.ts, the same
 * bytes on every machine), extracts it with the CLI, builds the production site into a temporary
 * folder with that dataset in place of the seed's, serves it, drives Chromium through it and prints
 * each timing against its target. Nothing outside the temporary folder is written.
 *
 *   npm run bench:ui                    # 10,000 articles
 *   npm run bench:ui -- --articles 2000 --json
 *   npm run bench:ui -- --keep /tmp/ui  # keeps corpus and dataset there; the next run reuses them and times the app only
 *   npm run bench:ui -- --runs 5        # the journey five times (default 3), each step's median printed
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { ARTICLE_FIELDS, APP_INDEX_FILE, type AppIndex } from '../src/dataset/app-layout';
import { checkUiTargets, formatUiReport } from './bench-ui-targets';
import { generateBenchCorpus } from './generate-bench-corpus';
import { measureFirstLoad } from './measure-first-load';
import { measureUi, type UiMeasure, type UiSubjects } from './measure-ui';
import { serveStatic } from './serve-static';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const argValue = (flag: string): string | undefined => {
  const at = process.argv.indexOf(flag);
  return at < 0 ? undefined : process.argv[at + 1];
};
const articles = Number(argValue('--articles') ?? 10_000);
const asJson = process.argv.includes('--json');
// One journey's timings wander by half from run to run here: the median of a few is what is printed.
const runs = Math.max(1, Number(argValue('--runs') ?? 3));
const log = (line: string): void => {
  if (!asJson) console.log(line);
};

const keep = argValue('--keep');
const work = keep === undefined ? mkdtempSync(path.join(tmpdir(), 'reform-metrics-bench-ui-')) : path.resolve(keep, String(articles));
try {
  const started = Date.now();
  const corpus = path.join(work, 'corpus');
  const data = path.join(work, 'data');
  // A kept folder holds the corpus and dataset of an earlier run only once its CLI run finished.
  const done = path.join(work, 'dataset-done');
  if (existsSync(done)) log(`dataset: reused from ${data}`);
  else {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    generateBenchCorpus(corpus, articles);
    log(`corpus: ${articles} articles in ${corpus}`);
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-dataset.ts', '--input', corpus, '--out', path.join(data, 'dataset.json')], { encoding: 'utf8' });
    if (cli.status !== 0) throw new Error(`the CLI failed:\n${cli.stderr}`);
    log(`dataset: ${cli.stderr.trim().split('\n').at(-1) ?? ''}`);
    mkdirSync(done);
  }

  // The build copies public/ (the seed dataset) into the site; the bench dataset then takes its place there.
  const site = path.join(work, 'site');
  await build({ logLevel: 'warn', build: { outDir: site, emptyOutDir: true } });
  rmSync(path.join(site, 'data'), { recursive: true, force: true });
  cpSync(data, path.join(site, 'data'), { recursive: true });
  const firstLoad = measureFirstLoad(site);
  const firstLoadBytes = [...(firstLoad ?? new Map<string, number>()).values()].reduce((sum, n) => sum + n, 0);

  const { server, baseUrl } = await serveStatic(site);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    const subjects = selectSubjects(path.join(site, 'data', 'dataset', APP_INDEX_FILE));
    const journeys: Awaited<ReturnType<typeof measureUi>>[] = [];
    for (let run = 0; run < runs; run++) journeys.push(await measureUi(browser, baseUrl, subjects));
    const measures = medianMeasures(journeys.map((j) => j.measures));
    const heapBytes = Math.max(...journeys.map((j) => j.heapBytes));
    const results = checkUiTargets(measures, firstLoadBytes);
    const report = { articles, date: new Date().toISOString(), cores: (await import('node:os')).cpus().length, runs, heapBytes, firstLoadBytes, results, seconds: (Date.now() - started) / 1000 };
    console.log(asJson ? JSON.stringify(report, null, 2) : formatUiReport(report));
    if (results.some((r) => !r.pass)) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  if (keep === undefined) rmSync(work, { recursive: true, force: true });
  else rmSync(path.join(work, 'site'), { recursive: true, force: true });
}

/** Each step's median over the journeys (every journey takes the same steps in the same order). */
function medianMeasures(journeys: UiMeasure[][]): UiMeasure[] {
  return (journeys[0] ?? []).map((step, at) => {
    const times = journeys.map((measures) => measures[at]?.ms ?? NaN).sort((a, b) => a - b);
    return { ...step, ms: times[Math.floor((times.length - 1) / 2)] ?? NaN };
  });
}

/** The place with the most figures (for the locality filter), a common metric word, and the last article (a chunk nothing fetched yet). */
function selectSubjects(indexFile: string): UiSubjects {
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as AppIndex;
  const column = <T,>(table: { fields: readonly string[]; rows: unknown[][] }, field: string) => {
    const at = table.fields.indexOf(field);
    return table.rows.map((row) => row[at] as T);
  };
  const counts = new Map<string, number>();
  for (const id of column<string | null>(index.figures, 'localityId')) if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const ids = column<string>(index.localities, 'id');
  const names = column<string>(index.localities, 'name');
  // The locality filter lists the top of the tree first: the busiest province is one click away.
  const parents = column<string | null>(index.localities, 'parentId');
  let at = ids.indexOf(top ?? '');
  while (at >= 0 && parents[at] !== null) at = ids.indexOf(parents[at] ?? '');
  const articleIds = column<string>(index.articles, ARTICLE_FIELDS[0]);
  return { coldArticleId: articleIds.at(-1) ?? '', localityName: names[at] ?? '', searchText: '投资' };
}
