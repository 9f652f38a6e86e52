import type { Locator } from 'playwright-core';
import Papa from 'papaparse';

/** Presses a button that starts a download, and returns the file's suggested name and bytes. */
export async function readDownload(button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([button.page().waitForEvent('download'), button.click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** A downloaded CSV as rows of cells, read by papaparse (the BOM stripped, every cell a string). */
export function parseCsvBytes(bytes: Buffer): string[][] {
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/u, ''), { skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`e2e: the CSV does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.data;
}
