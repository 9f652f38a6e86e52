import { createDatasetWriter } from './create-dataset-writer';
import { mergeShards } from './merge-shards';

/** `npm run dataset -- --merge PART… --out FILE`: stitches shard outputs; returns the exit code. */
export async function runMergeCommand(parts: readonly string[], out: string): Promise<number> {
  const started = performance.now();
  const writer = await createDatasetWriter(out);
  try {
    const totals = await mergeShards(parts, writer);
    const { localities } = await writer.finish(totals.warnings);
    process.stderr.write(
      [
        `dataset: merged ${parts.length} shard(s) into ${out}`,
        `  sources    ${totals.sources}`,
        `  articles   ${totals.articles}`,
        `  paragraphs ${totals.paragraphs}`,
        `  localities ${localities}`,
        `  figures    ${totals.figures}`,
        `  warnings   ${totals.warnings.length}`,
        `  time       ${((performance.now() - started) / 1000).toFixed(2)} s`,
        '',
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    await writer.abort();
    process.stderr.write(`dataset: merge failed, ${out} was left as it was: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
