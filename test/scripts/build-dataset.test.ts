import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/dataset/check-dataset';
import type { Dataset } from '../../src/dataset/schema';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

function runCli(...args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync(tsx, [path.join(root, 'scripts/build-dataset.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

const ARTICLE = '某县推进改革 成效明显\n\n今年以来，某县新设立企业120家，审批时限压缩至5个工作日。\n';

/** A small corpus with one file of each kind the CLI must cope with. */
function makeCorpus(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'rm-corpus-'));
  mkdirSync(path.join(folder, 'nested'));
  writeFileSync(path.join(folder, 'a-utf8.txt'), ARTICLE);
  writeFileSync(path.join(folder, 'b-bom.txt'), `\uFEFF${ARTICLE}`);
  writeFileSync(path.join(folder, 'c-utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
  const be = Buffer.from(ARTICLE, 'utf16le').swap16();
  writeFileSync(path.join(folder, 'd-utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  // GBK bytes of 某县新设立企业120家。 (written as bytes: the test must not depend on an encoder)
  writeFileSync(path.join(folder, 'nested', 'e-gbk.txt'), Buffer.from('c4b3cfd8d0c2c9e8c1a2c6f3d2b5313230bcd2a1a3', 'hex'));
  writeFileSync(path.join(folder, 'f-empty.txt'), '');
  writeFileSync(path.join(folder, 'g-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  writeFileSync(path.join(folder, 'h-bad.txt'), Buffer.from([0xff, 0xff, 0xff, 0x80, 0x80]));
  writeFileSync(path.join(folder, 'ignored.md'), ARTICLE);
  return folder;
}

describe('npm run dataset', () => {
  let corpus: string;
  let out: string;
  let first: { status: number | null; stderr: string };
  beforeAll(() => {
    corpus = makeCorpus();
    out = path.join(mkdtempSync(path.join(tmpdir(), 'rm-out-')), 'data', 'dataset.json');
    first = runCli('--input', corpus, '--out', out);
  }, 60_000);

  it('reads every .txt file recursively, whatever its encoding, and records the encoding', () => {
    expect(first.status).toBe(0);
    const dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
    expect(dataset.sources.map((s) => [s.file, s.encoding])).toEqual([
      ['a-utf8.txt', 'utf-8'],
      ['b-bom.txt', 'utf-8'],
      ['c-utf16le.txt', 'utf-16le'],
      ['d-utf16be.txt', 'utf-16be'],
      ['nested/e-gbk.txt', 'gb18030'],
    ]);
    expect(dataset.paragraphs.find((p) => p.articleId.startsWith(dataset.sources[4]?.id ?? '?'))?.text).toBe(
      '某县新设立企业120家。',
    );
    expect(checkDataset(dataset)).toEqual([]);
  });

  it('names each bad file and why in a warning, and keeps going', () => {
    const dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
    expect(dataset.warnings.map((w) => [w.file, w.code])).toEqual([
      ['f-empty.txt', 'empty'],
      ['g-binary.txt', 'binary'],
      ['h-bad.txt', 'undecodable'],
    ]);
    expect(first.stderr).toContain(`${path.join(corpus, 'g-binary.txt')}: contains NUL bytes`);
    expect(first.stderr).toMatch(/files\s+5 read, 3 skipped/u);
  });

  it('writes the same bytes on a second run and leaves no temporary files behind', () => {
    const before = readFileSync(out);
    expect(runCli('--input', corpus, '--out', out).status).toBe(0);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(readdirSync(path.dirname(out))).toEqual(['dataset', 'dataset.json']);
  }, 60_000);

  it('exits 1 under --strict when any file was skipped, and still writes the dataset', () => {
    const strictOut = path.join(path.dirname(out), 'strict.json');
    expect(runCli('--input', corpus, '--out', strictOut, '--strict').status).toBe(1);
    expect((JSON.parse(readFileSync(strictOut, 'utf8')) as Dataset).sources).toHaveLength(5);
  }, 60_000);

  it('exits 2 with a clear message when the input folder does not exist', () => {
    const result = runCli('--input', path.join(corpus, 'missing'), '--out', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('it does not exist');
  }, 60_000);

  it('fails without touching anything when the output cannot be replaced', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'rm-blocked-'));
    mkdirSync(path.join(folder, 'dataset.json')); // a folder where the file should go
    const result = runCli('--input', corpus, '--out', path.join(folder, 'dataset.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('was left as it was');
    expect(readdirSync(folder)).toEqual(['dataset.json']);
  }, 60_000);

  it.each([
    ['an unknown argument', ['--inptu', 'corpus'], 'unknown argument'],
    ['a value given to --strict', ['--strict=false'], '--strict takes no value'],
    ['--out without its value', ['--out'], '--out needs a value'],
  ])('rejects %s with the usage text', (_, args, message) => {
    const result = runCli(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('usage: npm run dataset');
  }, 60_000);
});
