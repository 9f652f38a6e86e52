/** What runs the tasks: the browser's idle callbacks, or a stand-in where there are none (Safari, jsdom). */
export interface IdleScheduler {
  request: (run: () => void) => number;
  cancel: (handle: number) => void;
}

const BROWSER_IDLE: IdleScheduler =
  typeof requestIdleCallback === 'function'
    ? { request: (run) => requestIdleCallback(run), cancel: (handle) => cancelIdleCallback(handle) }
    : // Without idle callbacks, a task after the current one still lets input and rendering go first.
      { request: (run) => window.setTimeout(run, 0), cancel: (handle) => window.clearTimeout(handle) };

/**
 * Runs `tasks` in order, one per idle period, so that work a later press would need is done while
 * the reader looks: no task delays input by more than its own length. Returns a function that
 * cancels the tasks not yet run (new rows, an unmounted table).
 */
export function scheduleIdleTasks(tasks: readonly (() => void)[], scheduler: IdleScheduler = BROWSER_IDLE): () => void {
  let next = 0;
  let handle: number | null = null;
  const runNext = (): void => {
    handle = null;
    const task = tasks[next++];
    if (task === undefined) return;
    task();
    if (next < tasks.length) handle = scheduler.request(runNext);
  };
  if (tasks.length > 0) handle = scheduler.request(runNext);
  return () => {
    if (handle !== null) scheduler.cancel(handle);
    handle = null;
    next = tasks.length;
  };
}
