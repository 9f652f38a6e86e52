import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { extractSource } from '../src/core/pipeline';
import { listIndicators } from '../src/core/indicators/indicators';
import { checkDataset } from '../src/dataset/check-dataset';
import { SCHEMA_VERSION, type Warning } from '../src/dataset/schema';
import { createDatasetWriter } from './create-dataset-writer';
import { createProgress } from './create-progress';
import { decodeSource } from './decode-source';
import { listCorpusFiles } from './list-corpus-files';
import { loadGazetteer } from './load-gazetteer';
import { parseCliOptions, USAGE } from './parse-cli-options';

// The CLI shell: reads the corpus file by file, runs the pure pipeline on each, checks each result
// and streams it to an atomically written dataset. It names every file it skips and why.

const started = performance.now();
const options = parseCliOptions(process.argv.slice(2));
if ('error' in options) exit(2, `dataset: ${options.error}\n${USAGE}`);
if (options.help) exit(0, USAGE);

const input = options.input;
const inputStat = await stat(input).catch((error: NodeJS.ErrnoException) => error);
if (inputStat instanceof Error) {
  exit(2, `dataset: cannot read the input folder "${input}": ${inputStat.code === 'ENOENT' ? 'it does not exist' : inputStat.message}`);
}
if (!inputStat.isDirectory()) exit(2, `dataset: the input "${input}" is not a folder`);
const files = await listCorpusFiles(input).catch((error: Error) => exit(2, `dataset: cannot list "${input}": ${error.message}`));

const gazetteer = await loadGazetteer();
const writer = await createDatasetWriter(options.out).catch((error: Error) =>
  exit(2, `dataset: cannot write next to "${options.out}": ${error.message}`),
);
const progress = createProgress(files.length);
const warnings: Warning[] = [];
const totals = { read: 0, bytes: 0, articles: 0, paragraphs: 0, figures: 0 };
let internalErrors = 0;
const warn = (file: string, code: string, message: string): void => {
  warnings.push({ file, code, message });
  progress.log(`warning: ${path.join(input, file)}: ${message}`);
};

try {
  for (const file of files) {
    progress.tick(file);
    const bytes = await readFile(path.join(input, file)).catch((error: Error) => error);
    if (bytes instanceof Error) {
      warn(file, 'unreadable', `cannot be read (${bytes.message})`);
      continue;
    }
    const decoded = decodeSource(bytes);
    if (!decoded.ok) {
      warn(file, decoded.code, decoded.message);
      continue;
    }
    const source = { file, text: decoded.text, encoding: decoded.encoding, bytes: bytes.length };
    let chunk;
    try {
      chunk = extractSource(source, gazetteer);
    } catch (error) {
      internalErrors++;
      warn(file, "extraction-failed", `extraction failed: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const problems = checkDataset({ schemaVersion: SCHEMA_VERSION, ...chunk, indicators: listIndicators(), warnings: [] });
    if (problems.length > 0) {
      internalErrors++;
      warn(file, 'invalid-extraction', `skipped, its extraction breaks the dataset invariants: ${problems.slice(0, 3).map((p) => `${p.path} ${p.message}`).join('; ')}`);
      continue;
    }
    if (chunk.articles.length === 0) warn(file, 'no-articles', 'holds no article text after clean-up');
    await writer.add(chunk);
    totals.read++;
    totals.bytes += bytes.length;
    totals.articles += chunk.articles.length;
    totals.paragraphs += chunk.paragraphs.length;
    totals.figures += chunk.figures.length;
  }
  const { localities } = await writer.finish(warnings);
  progress.done();
  const seconds = (performance.now() - started) / 1000;
  const megabytes = totals.bytes / 1e6;
  process.stderr.write(
    [
      `dataset: wrote ${options.out}`,
      `  files      ${totals.read} read, ${files.length - totals.read} skipped (of ${files.length} .txt under ${input})`,
      `  articles   ${totals.articles}`,
      `  paragraphs ${totals.paragraphs}`,
      `  localities ${localities}`,
      `  figures    ${totals.figures}`,
      `  warnings   ${warnings.length}${warnings.length > 0 ? ' (listed above and in dataset.warnings)' : ''}`,
      `  time       ${seconds.toFixed(2)} s, ${(megabytes / Math.max(seconds, 1e-9)).toFixed(2)} MB/s`,
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
