import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** A file written in large pieces: text is gathered until about a megabyte, then written with one call. */
export interface TextSink {
  write(text: string | Uint8Array): Promise<void>;
  /** Writes what is left and closes the file; rejects if any write failed. */
  close(): Promise<void>;
}

const FLUSH_AT = 1 << 20;

/** Opens `file` for writing, replacing it. */
export function createTextSink(file: string): TextSink {
  const out = createWriteStream(file);
  let failure: Error | null = null;
  out.on('error', (error) => (failure ??= error));
  let pending: (string | Uint8Array)[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (failure !== null) throw failure;
    if (pending.length === 0) return;
    const piece = pending.length === 1 ? (pending[0] as string | Uint8Array) : Buffer.concat(pending.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
    pending = [];
    size = 0;
    if (!out.write(piece)) await once(out, 'drain');
  };
  return {
    async write(text) {
      pending.push(text);
      size += text.length;
      if (size >= FLUSH_AT) await flush();
    },
    async close() {
      await flush();
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : failure ? reject(failure) : resolve())));
    },
  };
}
