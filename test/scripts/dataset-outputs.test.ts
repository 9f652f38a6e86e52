import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetReadObjects } from 'hyparquet';
import { asyncBufferFromFile } from 'hyparquet/src/node.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateBenchCorpus } from '../../scripts/generate-bench-corpus';
import { APP_INDEX_FILE, OPTIONAL_FIGURE_FIELDS, paragraphChunkFile, type AppArticle, type AppIndex, type ParagraphChunk } from '../../src/dataset/app-layout';
import type { Dataset } from '../../src/dataset/schema';
import { fromTable } from '../../src/dataset/table';

const root = path.resolve(import.meta.dirname, '../..');

// The layout folder beside dataset.json: the app's split files and the Parquet tables, each checked
// against the complete dataset of the same run.
describe('the files written beside dataset.json', () => {
  let layout: string;
  let dataset: Dataset;
  beforeAll(() => {
    const folder = mkdtempSync(path.join(tmpdir(), 'rm-outputs-'));
    generateBenchCorpus(path.join(folder, 'corpus'), 100, path.join(root, 'corpus'));
    const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/build-dataset.ts', '--input', path.join(folder, 'corpus'), '--out', path.join(folder, 'out', 'dataset.json')], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    dataset = JSON.parse(readFileSync(path.join(folder, 'out', 'dataset.json'), 'utf8')) as Dataset;
    layout = path.join(folder, 'out', 'dataset');
  }, 120_000);

  const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(layout, file), 'utf8')) as T;

  it('puts every record but the paragraphs in the app index, value for value', () => {
    const index = readJson<AppIndex>(APP_INDEX_FILE);
    expect(fromTable(index.sources)).toEqual(dataset.sources);
    expect(fromTable(index.localities)).toEqual(dataset.localities);
    expect(fromTable(index.figures, OPTIONAL_FIGURE_FIELDS)).toEqual(dataset.figures);
    expect(fromTable(index.articles).map(({ paragraphChunk: _chunk, ...article }) => article)).toEqual(dataset.articles);
    expect(index.indicators).toEqual(dataset.indicators);
    expect(index).not.toHaveProperty('paragraphs');
  });

  it('finds every article\u2019s paragraphs, whole and in order, in the chunk the article names', () => {
    const index = readJson<AppIndex>(APP_INDEX_FILE);
    expect(index.paragraphChunks.length).toBeGreaterThan(1);
    const chunks = index.paragraphChunks.map((info, k) => {
      expect(info.file).toBe(paragraphChunkFile(k));
      return fromTable(readJson<ParagraphChunk>(info.file).paragraphs);
    });
    expect(chunks.flat()).toEqual(dataset.paragraphs);
    for (const article of fromTable<AppArticle>(index.articles)) {
      const own = dataset.paragraphs.filter((p) => p.articleId === article.id);
      expect(chunks[article.paragraphChunk]?.filter((p) => p.articleId === article.id)).toEqual(own);
    }
    expect(index.paragraphChunks.reduce((sum, c) => sum + c.articles, 0)).toBe(dataset.articles.length);
  });

  it.each(['sources', 'articles', 'paragraphs', 'localities', 'figures'] as const)('writes %s.parquet that another reader reads back row for row', async (table) => {
    const rows = await parquetReadObjects({ file: await asyncBufferFromFile(path.join(layout, 'parquet', `${table}.parquet`)) });
    expect(rows).toHaveLength(dataset[table].length);
    const records = dataset[table] as unknown as Record<string, unknown>[];
    const last = records.at(-1) ?? {};
    const read = rows.at(-1) ?? {};
    for (const [field, value] of Object.entries(last)) {
      expect(typeof read[field] === 'bigint' ? Number(read[field]) : read[field], `${table}.${field}`).toEqual(value);
    }
  });

  it('answers the DuckDB query the README shows', async () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const query = /```sql\n(?<sql>[\s\S]*?)```/u.exec(readme)?.groups?.sql ?? '';
    expect(query).toContain('figures.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const result = await connection.runAndReadAll(query.replaceAll('public/data/dataset/', `${layout}/`));
    const rows = result.getRowObjectsJson();
    connection.closeSync();
    const investment = dataset.figures.filter((f) => f.category === 'investment' && f.baseUnit === '元' && f.localityId !== null);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.reduce((sum, row) => sum + Number(row.figures), 0)).toBeLessThanOrEqual(investment.length);
    const top = rows[0] ?? {};
    const place = dataset.localities.find((l) => l.name === top.locality);
    const expected = investment.filter((f) => dataset.localities.find((l) => l.id === f.localityId)?.name === top.locality).length;
    expect(place).toBeDefined();
    expect(Number(top.figures)).toBe(expected);
  });
});
