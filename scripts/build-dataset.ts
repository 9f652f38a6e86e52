import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { listIndicators } from '../src/core/indicators/indicators';
import type { Warning } from '../src/dataset/schema';
import { loadCorrectionsStage } from './apply-corrections';
import { createDatasetWriter } from './create-dataset-writer';
import { createProgress } from './create-progress';
import { extractInOrder } from './extract-in-order';
import { listCorpusFiles } from './list-corpus-files';
import { parseCliOptions, USAGE } from './parse-cli-options';
import { runMergeCommand } from './run-merge-command';
import { selectShard } from './select-shard';

// The CLI shell: lists the corpus (or this shard's slice of it), extracts the files on every core
// (extractInOrder hands the results back in file order; extractCorpusFile does one file's whole job)
// and streams each to an atomically written dataset. It names every file it skips or repairs and why;
// bad input never changes the exit code, only --strict or a bug does.

/** Warnings printed per file; the rest are only counted on stderr (all of them are in dataset.warnings). */
const PRINTED_PER_FILE = 5;
/** Names of ignored (non-.txt) files shown in the one line that counts them. */
const IGNORED_SHOWN = 3;

const started = performance.now();
const options = parseCliOptions(process.argv.slice(2));
if ('error' in options) exit(2, `dataset: ${options.error}\n${USAGE}`);
if (options.help) exit(0, USAGE);
if (options.merge !== null) process.exit(await runMergeCommand(options.merge, options.out));

const input = options.input;
const inputStat = await stat(input).catch((error: NodeJS.ErrnoException) => error);
if (inputStat instanceof Error) {
  exit(2, `dataset: cannot read the input folder "${input}": ${inputStat.code === 'ENOENT' ? 'it does not exist' : inputStat.message}`);
}
if (!inputStat.isDirectory()) exit(2, `dataset: the input "${input}" is not a folder`);
const listing = await listCorpusFiles(input).catch((error: Error) => exit(2, `dataset: cannot list "${input}": ${error.message}`));
const listed = listing.files;
const files = options.shard === null ? listed : selectShard(listed, options.shard);
// The listing's problems are the corpus's, not a file's: one shard (the first) reports them, so a merge lists them once.
const reportsListing = options.shard === null || options.shard.index === 1;

// Read before any file is extracted: a corrections file that cannot be used stops the run at once.
const correctionsFile = options.corrections !== null && (!options.correctionsIfPresent || existsSync(options.corrections)) ? options.corrections : null;
const corrections = correctionsFile === null ? null : await loadCorrectionsStage(correctionsFile, listIndicators());
if (corrections !== null && 'error' in corrections) exit(2, `dataset: ${corrections.error}`);

const shard = options.shard === null ? {} : { shard: { ...options.shard, corpusFiles: listed.length } };
const writer = await createDatasetWriter(options.out, shard).catch((error: Error) =>
  exit(2, `dataset: cannot write next to "${options.out}": ${error.message}`),
);
const progress = createProgress(files.length);
const warnings: Warning[] = [];
const totals = { read: 0, bytes: 0, articles: 0, paragraphs: 0, figures: 0 };
let internalErrors = 0;
const warn = (found: readonly Warning[]): void => {
  warnings.push(...found);
  found.slice(0, PRINTED_PER_FILE).forEach((w) => progress.log(`warning: ${path.join(input, w.file)}: ${w.message}`));
  if (found.length > PRINTED_PER_FILE) {
    progress.log(`warning: ${path.join(input, found[0]?.file ?? '')}: … and ${found.length - PRINTED_PER_FILE} more (in dataset.warnings)`);
  }
};

try {
  if (reportsListing) {
    warn(listing.problems);
    if (listing.ignored.length > 0) {
      const shown = listing.ignored.slice(0, IGNORED_SHOWN).join(', ');
      progress.log(`dataset: ignored ${listing.ignored.length} file(s) that are not .txt (${shown}${listing.ignored.length > IGNORED_SHOWN ? ', …' : ''})`);
    }
  }
  for await (const result of extractInOrder(input, files, options.jobs)) {
    progress.tick(result.file);
    warn(result.warnings);
    if (result.failed) internalErrors++;
    if (result.chunk === null) continue;
    const chunk = corrections === null ? result.chunk : corrections.apply(result.chunk);
    await writer.addSerialized(chunk);
    totals.read++;
    totals.bytes += result.bytes;
    totals.articles += result.chunk.counts.articles;
    totals.paragraphs += result.chunk.counts.paragraphs;
    totals.figures += chunk.counts.figures;
  }
  const reviewed = corrections?.finish() ?? null;
  if (reviewed !== null) warn(reviewed.warnings);
  const { localities } = await writer.finish(warnings, reviewed === null ? {} : { rejected: reviewed.rejected });
  progress.done();
  const seconds = (performance.now() - started) / 1000;
  const megabytes = totals.bytes / 1e6;
  process.stderr.write(
    [
      `dataset: wrote ${options.out}`,
      `  files      ${totals.read} read, ${files.length - totals.read} skipped (of ${files.length} .txt under ${input}${options.shard === null ? '' : `, shard ${options.shard.index}/${options.shard.count} of ${listed.length}`})`,
      `  articles   ${totals.articles}`,
      `  paragraphs ${totals.paragraphs}`,
      `  localities ${localities}`,
      `  figures    ${totals.figures}`,
      ...(reviewed === null ? [] : [`  corrections ${reviewed.summary}`]),
      `  warnings   ${warnings.length}${warnings.length > 0 ? ' (listed above and in dataset.warnings)' : ''}`,
      `  time       ${seconds.toFixed(2)} s, ${(megabytes / Math.max(seconds, 1e-9)).toFixed(2)} MB/s, ${options.jobs} job(s)`,
      '',
    ].join('\n'),
  );
} catch (error) {
  await writer.abort();
  exit(1, `dataset: failed, ${options.out} was left as it was: ${error instanceof Error ? error.message : String(error)}`);
}
if (internalErrors > 0) {
  process.stderr.write(`dataset: ${internalErrors} file(s) were lost to an internal error (a bug, please report it with the file); exit code 1\n`);
  process.exitCode = 1;
} else if (options.strict && warnings.length > 0) process.exitCode = 1;

function exit(code: number, message: string): never {
  (code === 0 ? process.stdout : process.stderr).write(`${message}\n`);
  process.exit(code);
}
