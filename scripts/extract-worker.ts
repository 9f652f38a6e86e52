import { parentPort, workerData } from 'node:worker_threads';
import { extractCorpusFile } from './extract-corpus-file';
import { loadGazetteer } from './load-gazetteer';
import { listTransferables, serializeFileResult } from './serialize-chunk';

// One extraction worker: builds its gazetteer once, then extracts the files the main thread sends,
// one message per file, and posts each result back serialized, tagged with the file's position.

export interface ExtractTask { index: number; file: string }
export interface ExtractWorkerData { entry: string; input: string }

const { input } = workerData as ExtractWorkerData;
const gazetteer = await loadGazetteer();
parentPort?.on('message', (task: ExtractTask) => {
  void extractCorpusFile(input, task.file, gazetteer).then((found) => {
    const result = serializeFileResult(found);
    parentPort?.postMessage({ index: task.index, result }, listTransferables(result));
  });
});
