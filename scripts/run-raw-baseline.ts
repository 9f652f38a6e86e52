import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The floor any extractor is compared with (issue 12): read each file, decode it, one regular-expression
 * pass for numbers with what follows them, and the matches written as JSON. No clean-up, no places.
 */
const NUMBER_WITH_UNIT = /[0-9零〇一二两三四五六七八九十百千万亿]+(?:\.[0-9]+)?[万亿]?[\u4e00-\u9fff]{0,4}/g;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/** Runs the baseline over `files` under `folder`, writing `outFile`; returns the number of matches. */
export async function runRawBaseline(folder: string, files: readonly string[], outFile: string): Promise<number> {
  const found: Record<string, string[]> = {};
  let count = 0;
  for (const file of files) {
    const bytes = await readFile(path.join(folder, file));
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      text = gb18030.decode(bytes);
    }
    const matches = text.match(NUMBER_WITH_UNIT) ?? [];
    found[file] = matches;
    count += matches.length;
  }
  await writeFile(outFile, JSON.stringify(found));
  return count;
}
