import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateBenchCorpus } from '../../scripts/generate-bench-corpus';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

function runCli(...args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync(tsx, [path.join(root, 'scripts/build-dataset.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

/** Every file under a folder, by relative path, with its bytes. */
function readTree(folder: string): Map<string, Buffer> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return [path.relative(folder, file), readFileSync(file)];
  }));
}

// A small slice of the benchmark corpus: every page style, several articles a page, GB18030 files.
describe('npm run dataset on every core and in shards', () => {
  let corpus: string;
  let out: string;
  let single: Buffer;
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'rm-parallel-'));
    corpus = path.join(out, 'corpus');
    generateBenchCorpus(corpus, 60, path.join(root, 'corpus'));
    expect(runCli('--input', corpus, '--out', path.join(out, 'one.json'), '--jobs', '1').status).toBe(0);
    single = readFileSync(path.join(out, 'one.json'));
  }, 120_000);

  it('writes the same bytes with three workers as with one', () => {
    expect(runCli('--input', corpus, '--out', path.join(out, 'three.json'), '--jobs', '3').status).toBe(0);
    expect(readFileSync(path.join(out, 'three.json')).equals(single)).toBe(true);
    expect(readTree(path.join(out, 'three'))).toEqual(readTree(path.join(out, 'one')));
  }, 120_000);

  it('merges four shards, given in any order, into the bytes of one run', () => {
    const parts = [1, 2, 3, 4].map((k) => path.join(out, `part-${k}.json`));
    parts.forEach((part, i) => expect(runCli('--input', corpus, '--shard', `${i + 1}/4`, '--out', part, '--jobs', '1').status).toBe(0));
    const shards = parts.map((part) => JSON.parse(readFileSync(part, 'utf8')) as { sources: unknown[]; shard: unknown });
    expect(shards.every((s) => s.sources.length > 0)).toBe(true);
    expect(shards[1]?.shard).toEqual({ index: 2, count: 4, corpusFiles: expect.any(Number) as number });
    const merged = runCli('--merge', parts[2] ?? '', parts[0] ?? '', parts[3] ?? '', parts[1] ?? '', '--out', path.join(out, 'merged.json'));
    expect(merged.status).toBe(0);
    expect(readFileSync(path.join(out, 'merged.json')).equals(single)).toBe(true);
    const layout = readTree(path.join(out, 'merged'));
    expect([...layout.keys()]).toContain('parquet/figures.parquet');
    expect(layout).toEqual(readTree(path.join(out, 'one')));
  }, 180_000);

  it('refuses to merge when a shard is missing, naming it, and writes nothing', () => {
    const parts = [1, 2, 4].map((k) => path.join(out, `part-${k}.json`));
    const result = runCli('--merge', ...parts, '--out', path.join(out, 'incomplete.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('shard(s) 3/4 missing');
  }, 60_000);

  it('refuses to merge a dataset that is not a shard output', () => {
    const result = runCli('--merge', path.join(out, 'one.json'), '--out', path.join(out, 'not-a-shard.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not the output of a --shard run');
  }, 60_000);
});
