import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Warning } from '../src/dataset/schema';
import { createDatasetWriter } from './create-dataset-writer';
import { createProgress } from './create-progress';
import { extractInOrder } from './extract-in-order';
import { listCorpusFiles } from './list-corpus-files';
import { parseCliOptions, USAGE } from './parse-cli-options';
import { runMergeCommand } from './run-merge-command';
import { selectShard } from './select-shard';

// The CLI shell: lists the corpus (or this shard's slice of it), extracts the files on every core
// (extractInOrder hands the results back in file order) and streams each to an atomically written
// dataset. It names every file it skips and why.

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
const listed = await listCorpusFiles(input).catch((error: Error) => exit(2, `dataset: cannot list "${input}": ${error.message}`));
const files = options.shard === null ? listed : selectShard(listed, options.shard);

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
  for (const w of found) progress.log(`warning: ${path.join(input, w.file)}: ${w.message}`);
};

try {
  for await (const result of extractInOrder(input, files, options.jobs)) {
    progress.tick(result.file);
    warn(result.warnings);
    if (result.failed) internalErrors++;
    if (result.chunk === null) continue;
    await writer.addSerialized(result.chunk);
    totals.read++;
    totals.bytes += result.bytes;
    totals.articles += result.chunk.counts.articles;
    totals.paragraphs += result.chunk.counts.paragraphs;
    totals.figures += result.chunk.counts.figures;
  }
  const { localities } = await writer.finish(warnings);
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
      `  warnings   ${warnings.length}${warnings.length > 0 ? ' (listed above and in dataset.warnings)' : ''}`,
      `  time       ${seconds.toFixed(2)} s, ${(megabytes / Math.max(seconds, 1e-9)).toFixed(2)} MB/s, ${options.jobs} job(s)`,
      '',
    ].join('\n'),
  );
} catch (error) {
  await writer.abort();
  exit(1, `dataset: failed, ${options.out} was left as it was: ${error instanceof Error ? error.message : String(error)}`);
}
if (internalErrors > 0) process.exitCode = 1;
else if (options.strict && warnings.length > 0) process.exitCode = 1;

function exit(code: number, message: string): never {
  (code === 0 ? process.stdout : process.stderr).write(`${message}\n`);
  process.exit(code);
}
