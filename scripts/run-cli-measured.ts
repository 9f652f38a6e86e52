import { spawn } from 'node:child_process';
import path from 'node:path';

/** One run of `npm run dataset` as a process: wall time, peak resident memory, what it printed. */
export interface MeasuredRun {
  ms: number;
  /** Peak RSS of the whole process, worker threads included, in bytes. */
  peakRss: number;
  /** Heap still in use at exit after a full collection, main thread only, in bytes. */
  retainedHeap: number;
  stderr: string;
}

const root = path.resolve(import.meta.dirname, '..');
// Loaded into the CLI's process: at exit, after a full collection, print what memory the run needed.
const REPORT_AT_EXIT =
  'data:text/javascript,process.on("exit",()=>{globalThis.gc();process.stderr.write("heap="+process.memoryUsage().heapUsed+" rss="+process.resourceUsage().maxRSS*1024+"\\n")})';

/** Runs the CLI with `args` (node, not npm, so the time is the CLI's own); rejects when it fails. */
export function runCliMeasured(args: readonly string[]): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', '--import', REPORT_AT_EXIT, 'scripts/build-dataset.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const ms = performance.now() - started;
      const found = /heap=(?<heap>\d+) rss=(?<rss>\d+)/u.exec(stderr)?.groups;
      if (status !== 0 || found === undefined) reject(new Error(`the CLI failed (exit ${status}): ${stderr.slice(-800)}`));
      else resolve({ ms, peakRss: Number(found.rss), retainedHeap: Number(found.heap), stderr });
    });
  });
}
