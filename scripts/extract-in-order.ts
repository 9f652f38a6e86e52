import { Worker } from 'node:worker_threads';
import { extractCorpusFile } from './extract-corpus-file';
import type { ExtractTask, ExtractWorkerData } from './extract-worker';
import { loadGazetteer } from './load-gazetteer';
import { serializeFileResult, type SerializedFileResult } from './serialize-chunk';

/** Files sent ahead to each worker, so a worker never waits for the main thread (busy with a file of its own) between two files. */
const AHEAD_PER_WORKER = 4;
/**
 * Files that may be out (sent or finished but not yet written) per worker. Wider than what is sent
 * ahead, so one slow file holds back its own worker only, while the others run on: the profile showed
 * workers idle behind a slow file with a window of 4.
 */
const WINDOW_PER_WORKER = 32;
/**
 * Files per worker below which a worker does not pay for itself: starting one (its gazetteer, cold
 * code) costs about what extracting a dozen files does, so the seed corpus runs on the main thread.
 */
const MIN_FILES_PER_WORKER = 16;

/**
 * Extracts `files` (paths under `input`) on `jobs` threads and yields the results in file order,
 * whatever order they finish in, so the output does not depend on `jobs`. This thread is one of them:
 * it extracts a file whenever it has nothing to hand on, beside `jobs - 1` worker threads. With one job
 * (or too few files to share) every file is extracted here, without workers. Results wait in a reorder
 * buffer of at most jobs × WINDOW_PER_WORKER files, so memory stays bounded by a few dozen files, not the corpus.
 */
export async function* extractInOrder(input: string, files: readonly string[], jobs: number): AsyncGenerator<SerializedFileResult> {
  const threadCount = Math.min(jobs, Math.ceil(files.length / MIN_FILES_PER_WORKER));
  if (threadCount <= 1) {
    const gazetteer = await loadGazetteer();
    for (const file of files) yield serializeFileResult(await extractCorpusFile(input, file, gazetteer));
    return;
  }
  // A worker costs its start-up (0.2 s of thread and loader, 0.3 s of modules, 0.3 s of gazetteer)
  // while this thread, which has its modules already, would only wait on them: so it extracts too, and
  // one worker fewer is started. The workers start first and boot while this thread builds its gazetteer.
  const workerData: ExtractWorkerData = { entry: new URL('./extract-worker.ts', import.meta.url).href, input };
  const workers = Array.from({ length: threadCount - 1 }, () => new Worker(new URL('./start-ts-worker.mjs', import.meta.url), { workerData }));
  const done = new Map<number, SerializedFileResult>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    wake?.();
    wake = null;
  };
  // A file is sent only while it lies within the window after the next file to yield: one slow file
  // holds the others back instead of letting finished results pile up behind it.
  const window = threadCount * WINDOW_PER_WORKER;
  const inFlight = new Map(workers.map((worker) => [worker, 0]));
  let sent = 0;
  let next = 0;
  const topUp = (): void => {
    for (const worker of workers) {
      while (sent < files.length && sent - next < window && (inFlight.get(worker) ?? 0) < AHEAD_PER_WORKER) {
        worker.postMessage({ index: sent, file: files[sent] ?? '' } satisfies ExtractTask);
        sent++;
        inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
      }
    }
  };
  for (const worker of workers) {
    worker.on('message', ({ index, result }: { index: number; result: SerializedFileResult }) => {
      done.set(index, result);
      inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
      topUp();
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error;
      notify();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`an extraction worker stopped with exit code ${code}`);
      notify();
    });
  }
  try {
    const gazetteer = await loadGazetteer();
    for (; next < files.length; next++) {
      topUp();
      while (!done.has(next)) {
        if (failure !== null) throw failure;
        if (sent < files.length && sent - next < window) {
          // The workers have their files ahead: this thread takes the next one itself, then lets the
          // event loop run once, so results that came in meanwhile are taken and the workers topped up.
          const index = sent++;
          done.set(index, serializeFileResult(await extractCorpusFile(input, files[index] ?? '', gazetteer)));
          await new Promise<void>((resolve) => setImmediate(resolve));
          topUp();
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
        }
      }
      const result = done.get(next) as SerializedFileResult;
      done.delete(next);
      yield result;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
