// A worker thread's entry: worker threads do not inherit the TypeScript loader that `tsx` gives the
// main thread, so each registers it and then imports its real entry, named in `workerData.entry`.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
