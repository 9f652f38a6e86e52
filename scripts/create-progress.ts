/** Reports progress on stderr once a run has taken a while; quiet for quick runs. */
export interface Progress {
  tick(file: string): void;
  /** Prints a message without garbling the progress line. */
  log(message: string): void;
  done(): void;
}

/** Progress shows after this long: a run of a few files should print only its summary. */
const QUIET_MS = 2000;
/** A terminal line is redrawn often; a log (CI) gets a line every few seconds. */
const TTY_INTERVAL_MS = 500;
const LOG_INTERVAL_MS = 5000;

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  let shownAt = 0;
  let count = 0;
  let onLine = false;
  const clear = (): void => {
    if (onLine) stream.write('\r\u001b[K');
    onLine = false;
  };
  return {
    tick(file) {
      count++;
      const now = Date.now();
      if (now - started < QUIET_MS || now - shownAt < (stream.isTTY ? TTY_INTERVAL_MS : LOG_INTERVAL_MS)) return;
      shownAt = now;
      const line = `dataset: ${count}/${total} files (${Math.round((100 * count) / Math.max(total, 1))}%) ${file}`;
      if (stream.isTTY) {
        clear();
        stream.write(line.slice(0, (stream.columns ?? 100) - 1));
        onLine = true;
      } else stream.write(`${line}\n`);
    },
    log(message) {
      clear();
      stream.write(`${message}\n`);
    },
    done() {
      clear();
    },
  };
}
