import { extractCorpusFile } from './extract-corpus-file';
import { createDatasetWriter } from './create-dataset-writer';
import { loadGazetteer } from './load-gazetteer';
import { profileStages, type ProfiledStage } from './profile-stages';
import { serializeFileResult } from './serialize-chunk';

/**
 * The CLI's work on `files`, on one thread in this process, under the stage profiler: the same
 * per-file function and writer as `--jobs 1`, without process start-up, the gazetteer load or
 * parallelism, so each stage's cost shows on its own. DuckDB writes the Parquet files on threads of
 * its own, which the profiler does not sample: `write` counts this thread's share of writing only.
 */
export async function measureStages(folder: string, files: readonly string[], outFile: string): Promise<{ ms: Record<ProfiledStage, number>; profile: object }> {
  const gazetteer = await loadGazetteer();
  return profileStages(async () => {
    const writer = await createDatasetWriter(outFile);
    for (const file of files) {
      const result = serializeFileResult(await extractCorpusFile(folder, file, gazetteer));
      if (result.chunk !== null) await writer.addSerialized(result.chunk);
    }
    await writer.finish([]);
  });
}
