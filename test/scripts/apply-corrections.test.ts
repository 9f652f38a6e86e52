import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { asyncBufferFromFile } from 'hyparquet/src/node.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_FILE, OPTIONAL_FIGURE_FIELDS, toLayoutFolder, type AppIndex } from '../../src/dataset/app-layout';
import { checkDataset } from '../../src/dataset/check-dataset';
import { createCorrectionsFile, type Decision } from '../../src/dataset/corrections';
import { createFigureDecision } from '../../src/dataset/create-decision';
import type { Dataset } from '../../src/dataset/schema';
import { fromTable } from '../../src/dataset/table';
import { createSeedReview, createStamps, findSeedFigure, selectDecisionText } from '../helpers/make-review';
import { runCli } from './run-cli';

const read = (file: string): Dataset => JSON.parse(readFileSync(file, 'utf8')) as Dataset;

describe('npm run dataset -- --corrections', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'rm-corrections-'));
  const plain = path.join(folder, 'plain', 'dataset.json');
  const corrected = path.join(folder, 'corrected', 'dataset.json');
  const correctionsFile = path.join(folder, 'corrections.json');
  let run: { status: number | null; stderr: string };
  let decisions: Decision[];

  beforeAll(() => {
    expect(runCli(['--out', plain, '--jobs', '1']).status).toBe(0);
    const dataset = read(plain);
    const stamp = createStamps();
    const review = createSeedReview(dataset, stamp);
    const other = findSeedFigure(dataset, '6061.3亩');
    const text = selectDecisionText(dataset, other);
    const gone = { ...createFigureDecision(text, other, 'correct', stamp('李明')) };
    decisions = [
      ...review.decisions,
      // Words no page holds: stale. Two reviewers disagreeing about one figure: both conflicting.
      { ...gone, id: 'gone', anchor: { ...gone.anchor, text: '99999亩' } },
      createFigureDecision(selectDecisionText(dataset, findSeedFigure(dataset, '104家')), findSeedFigure(dataset, '104家'), 'wrong', stamp('李明')),
      createFigureDecision(selectDecisionText(dataset, findSeedFigure(dataset, '104家')), findSeedFigure(dataset, '104家'), 'correct', stamp('王芳')),
    ];
    writeFileSync(correctionsFile, JSON.stringify(createCorrectionsFile(decisions, '2026-12-03T09:00:00.000Z'), null, 2));
    run = runCli(['--out', corrected, '--jobs', '1', '--corrections', correctionsFile]);
  }, 120_000);

  it('removes the wrong figure into rejected, applies the correction, adds the missed figure and marks all three', () => {
    expect(run.status).toBe(0);
    const dataset = read(corrected);
    expect(checkDataset(dataset)).toEqual([]);
    expect(dataset.figures.some((f) => f.text === '27亿元')).toBe(false);
    expect(dataset.rejected?.map((r) => [r.figure.text, r.reason, r.figure.review?.status, r.figure.review?.reviewer])).toEqual([['27亿元', '总投资是计划数', 'wrong', '王芳']]);
    const edited = dataset.figures.find((f) => f.text === '6061.3亩');
    expect([edited?.unit, edited?.baseUnit, edited?.localityId, edited?.review?.status]).toEqual(['平方米', '平方米', decisions[1]?.fields?.localityId, 'corrected']);
    const added = dataset.figures.filter((f) => f.origin === 'review');
    expect(added.map((f) => [f.text, f.value, f.unit, f.review?.status])).toEqual([['22日', 22, '日', 'added']]);
    // Unreviewed figures carry no review at all, so the rest of the file reads as before.
    expect(dataset.figures.filter((f) => f.review !== undefined)).toHaveLength(2);
  });

  it('prints a summary line counting applied, stale and conflicting decisions, and warns about each one not applied', () => {
    expect(run.stderr).toContain(`corrections 3 applied, 1 stale, 2 conflicting (${correctionsFile}; 1 figure(s) rejected)`);
    const dataset = read(corrected);
    expect(dataset.warnings.filter((w) => w.code.startsWith('correction-')).map((w) => [w.code, w.file])).toEqual([
      ['correction-stale', '000_c4f9367712752f11.txt'],
      ['correction-conflict', '000_c4f9367712752f11.txt'],
      ['correction-conflict', '000_c4f9367712752f11.txt'],
    ]);
    expect(dataset.warnings.find((w) => w.code === 'correction-stale')?.message).toContain('"99999亩" is no longer in the text');
  });

  it('writes the same bytes on every run, and a dataset without corrections as before', () => {
    const again = path.join(folder, 'again', 'dataset.json');
    expect(runCli(['--out', again, '--jobs', '2', '--corrections', correctionsFile]).status).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(corrected, 'utf8'));
    expect(readFileSync(path.join(toLayoutFolder(again), APP_INDEX_FILE), 'utf8')).toBe(readFileSync(path.join(toLayoutFolder(corrected), APP_INDEX_FILE), 'utf8'));
    expect(read(plain).rejected).toBeUndefined();
  }, 60_000);

  it('carries reviews and the rejected list into the app layout and the Parquet figures', async () => {
    const index = JSON.parse(readFileSync(path.join(toLayoutFolder(corrected), APP_INDEX_FILE), 'utf8')) as AppIndex;
    expect(index.rejected?.map((r) => r.figure.text)).toEqual(['27亿元']);
    const figures = fromTable(index.figures, OPTIONAL_FIGURE_FIELDS);
    expect(figures.filter((f) => f.review !== undefined).map((f) => [f.text, f.review?.status])).toEqual([['22日', 'added'], ['6061.3亩', 'corrected']]);
    const rows = await parquetReadObjects({ file: await asyncBufferFromFile(path.join(toLayoutFolder(corrected), 'parquet', 'figures.parquet')) });
    const reviewed = rows.filter((row) => row['review'] !== null && row['review'] !== undefined);
    expect(reviewed.map((row) => [row['text'], (row['review'] as { status: string }).status, row['origin']])).toEqual([['22日', 'added', 'review'], ['6061.3亩', 'corrected', null]]);
  });

  it('stops with code 2 naming a corrections file it cannot use, and --corrections-if-present goes on without a missing one', () => {
    const missing = path.join(folder, 'nothing.json');
    const refused = runCli(['--out', path.join(folder, 'x', 'dataset.json'), '--corrections', missing]);
    expect([refused.status, refused.stderr]).toEqual([2, expect.stringContaining(`cannot read the corrections file "${missing}": it does not exist`)]);
    const notOurs = path.join(folder, 'other.json');
    writeFileSync(notOurs, JSON.stringify({ format: 'something-else', version: 1, decisions: [] }));
    expect(runCli(['--out', path.join(folder, 'x', 'dataset.json'), '--corrections', notOurs]).stderr).toContain('its "format" is not "reform-metrics-corrections"');
    const skipped = runCli(['--out', path.join(folder, 'y', 'dataset.json'), '--corrections-if-present', missing]);
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).not.toMatch(/^  corrections /mu);
    expect(read(path.join(folder, 'y', 'dataset.json')).rejected).toBeUndefined();
  }, 60_000);
});
