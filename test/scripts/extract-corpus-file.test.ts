import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extractCorpusFile, MAX_WARNINGS_PER_FILE } from '../../scripts/extract-corpus-file';
import { makeGazetteer } from '../helpers/make-gazetteer';

// The pipeline is wrapped so a test can make it throw outside every stage's containment (a bug the
// CLI cannot contain) on a file that asks for it; every other file goes through the real pipeline.
vi.mock('../../src/core/pipeline', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/pipeline')>();
  return {
    ...real,
    extractSource: (...args: Parameters<typeof real.extractSource>) =>
      args[0].file === 'bug.txt' ? (() => { throw new Error('injected pipeline bug'); })() : real.extractSource(...args),
  };
});

const gazetteer = makeGazetteer();
const ARTICLE = '某县推进改革\n\n今年以来，某县新设立企业120家。\n';

function folderWith(files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'rm-extract-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(folder, name), content);
  return folder;
}

describe('extractCorpusFile', () => {
  it('returns a sound file’s share of the dataset and no warning', async () => {
    const result = await extractCorpusFile(folderWith({ 'a.txt': ARTICLE }), 'a.txt', gazetteer);
    expect(result).toMatchObject({ file: 'a.txt', failed: false, warnings: [], bytes: Buffer.byteLength(ARTICLE) });
    expect(result.chunk?.figures.map((f) => f.text)).toEqual(['120家']);
  });

  it('reports a file that vanished before it was read, and skips only it', async () => {
    const result = await extractCorpusFile(folderWith({}), 'gone.txt', gazetteer);
    expect(result).toMatchObject({ chunk: null, failed: false, warnings: [{ file: 'gone.txt', code: 'unreadable' }] });
  });

  it('marks a file lost to a bug the pipeline could not contain, so the CLI exits 1', async () => {
    const result = await extractCorpusFile(folderWith({ 'bug.txt': ARTICLE }), 'bug.txt', gazetteer);
    expect(result).toMatchObject({ chunk: null, failed: true, warnings: [{ file: 'bug.txt', code: 'extraction-failed' }] });
    expect(result.warnings[0]?.message).toMatch(/internal error \(a bug\).*injected pipeline bug/su);
  });

  it(`keeps at most ${MAX_WARNINGS_PER_FILE} warnings of one file, and says how many more there were`, async () => {
    const page = `${ARTICLE}\n${`共有${'7'.repeat(40)}个，`.repeat(MAX_WARNINGS_PER_FILE + 20)}\n`;
    const result = await extractCorpusFile(folderWith({ 'many.txt': page }), 'many.txt', gazetteer);
    expect(result.warnings).toHaveLength(MAX_WARNINGS_PER_FILE + 1);
    expect(result.warnings.at(-1)).toMatchObject({ code: 'more-warnings', message: expect.stringMatching(/^20 more warnings/u) });
    expect(result.chunk?.figures.map((f) => f.text)).toEqual(['120家']);
  });
});
