import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/dataset/check-dataset';
import type { Dataset } from '../../src/dataset/schema';
import { writeAdversarialCorpus, type AdversarialFile } from '../../scripts/write-adversarial-corpus';
import { runCli, type CliRun } from './run-cli';

// The adversarial folder of issue 9 at a sixteenth of its size (the whole 12 MB, with its time ratio,
// is `npm run bench adversarial`): every worst case at once, built with exit 0 and no good text lost.
const SCALE = 1 / 16;

describe('npm run dataset on the adversarial folder', () => {
  let files: AdversarialFile[];
  let run: CliRun;
  let dataset: Dataset;
  beforeAll(() => {
    const corpus = mkdtempSync(path.join(tmpdir(), 'rm-adversarial-'));
    files = writeAdversarialCorpus(corpus, SCALE);
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'rm-adversarial-out-')), 'dataset.json');
    run = runCli(['--input', corpus, '--out', out]);
    dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
  }, 120_000);

  it('exits 0 with a sound dataset, and reports no internal error', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('internal error');
    expect(checkDataset(dataset)).toEqual([]);
  });

  it('keeps the good text of every file', () => {
    const texts = dataset.paragraphs.map((p) => p.text).join('\n');
    const lost = files.flatMap(({ file, good }) => good.filter((sentence) => !texts.includes(sentence)).map((s) => `${file}: ${s}`));
    expect(lost).toEqual([]);
    expect(dataset.sources.map((s) => s.file).sort()).toEqual(files.map((f) => f.file).sort());
  });

  it('drops the two-million-digit number alone, with a warning naming its paragraph', () => {
    const digits = dataset.warnings.filter((w) => w.file === 'digits.txt');
    expect(digits.map((w) => w.code)).toEqual(['figure-dropped']);
    expect(dataset.paragraphs.some((p) => p.id === digits[0]?.paragraphId)).toBe(true);
    expect(dataset.figures.every((f) => Number.isFinite(f.value) && f.text.length < 100)).toBe(true);
  });

  it.each([
    ['truncated-utf8.txt', 'truncated'],
    ['nul-bytes.txt', 'nul-bytes'],
    ['links/a.txt', 'symlink-loop'],
    ['links/self/', 'symlink-loop'],
  ])('names %s (%s)', (file, code) => {
    expect(dataset.warnings.filter((w) => w.file === file).map((w) => w.code)).toContain(code);
  });
});
