import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every `.txt` file under `folder`, recursively, as `/`-separated paths relative to it, in code-unit
 * order (not locale order, so every machine lists the same sequence).
 */
export async function listCorpusFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
