import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listIndicators } from '../src/core/indicators/indicators';
import { extractSource } from '../src/core/pipeline';
import { checkDataset } from '../src/dataset/check-dataset';
import { SCHEMA_VERSION } from '../src/dataset/schema';
import { createDatasetWriter } from './create-dataset-writer';
import { decodeSource } from './decode-source';
import { loadGazetteer } from './load-gazetteer';
import { profileStages, type ProfiledStage } from './profile-stages';

/**
 * The CLI's work on `files`, on one thread in this process, under the stage profiler: what each stage
 * costs on its own, without process start-up, the gazetteer load or parallelism.
 */
export async function measureStages(folder: string, files: readonly string[], outFile: string): Promise<{ ms: Record<ProfiledStage, number>; profile: object }> {
  const gazetteer = await loadGazetteer();
  const indicators = listIndicators();
  return profileStages(async () => {
    const writer = await createDatasetWriter(outFile);
    for (const file of files) {
      const decoded = decodeSource(await readFile(path.join(folder, file)));
      if (!decoded.ok) continue;
      const chunk = extractSource({ file, text: decoded.text, encoding: decoded.encoding, bytes: 0 }, gazetteer);
      if (checkDataset({ schemaVersion: SCHEMA_VERSION, ...chunk, indicators, warnings: [] }).length > 0) continue;
      await writer.add(chunk);
    }
    await writer.finish([]);
  });
}
