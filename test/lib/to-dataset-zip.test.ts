import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeDatasetIndex } from '../helpers/make-app-layout';
import { selectDatasetTables } from '../../src/lib/select-dataset-tables';
import { DICTIONARY_FILE, toDatasetZip } from '../../src/lib/to-dataset-zip';
import { makeSampleDataset } from '../helpers/make-dataset';

const dataset = makeSampleDataset();
dataset.articles[0] = { ...dataset.articles[0]!, date: '2023-05-22', outlet: '十堰日报' };
const labels = { file: 'file', column: 'column', type: 'type', description: 'description', types: { text: 'text', number: 'number', code: 'code' } };

async function unzipTables(): Promise<Map<string, Record<string, string>[]>> {
  const tables = selectDatasetTables(makeDatasetIndex(dataset), dataset.paragraphs, (file, column) => `${file}:${column}`);
  const files = unzipSync(await toDatasetZip(tables, labels));
  return new Map(
    Object.entries(files).map(([name, bytes]) => {
      const parsed = Papa.parse<Record<string, string>>(strFromU8(bytes).replace(/^\uFEFF/u, ''), { header: true, skipEmptyLines: true });
      expect(parsed.errors, name).toEqual([]);
      return [name, parsed.data];
    }),
  );
}

describe('toDatasetZip', () => {
  it('holds one CSV per table, one row per record, and a data dictionary', async () => {
    const tables = await unzipTables();
    expect([...tables.keys()].sort()).toEqual(['articles.csv', 'data-dictionary.csv', 'figures.csv', 'indicators.csv', 'localities.csv', 'paragraphs.csv', 'rejected.csv']);
    expect(tables.get('figures.csv')).toHaveLength(dataset.figures.length);
    expect(tables.get('localities.csv')).toHaveLength(dataset.localities.length);
    expect(tables.get('articles.csv')).toHaveLength(dataset.articles.length);
    expect(tables.get('paragraphs.csv')).toHaveLength(dataset.paragraphs.length);
  });

  it('writes a figure with its sentence, chain, plain-digit code and article link', async () => {
    const figure = (await unzipTables()).get('figures.csv')?.find((row) => row['text'] === '3个工作日');
    expect(figure).toMatchObject({
      article_id: 'a1',
      locality_chain: '湖北省 › 十堰市 › 郧西县 › 城关镇',
      division_code: '420322100000',
      base_value: '3',
      base_unit: '工作日',
      category: 'approval_speed',
      sentence: '企业开办时间压缩至3个工作日。',
    });
  });

  it('writes what review decided: status, note, who and when on figures, and the rejected ones apart with their reason', async () => {
    const [first, second, ...rest] = dataset.figures;
    const review = { reviewer: '王芳', at: '2026-12-03T08:15:00.000Z', note: '' };
    const reviewed = {
      ...dataset,
      figures: [{ ...first!, review: { ...review, status: 'corrected' as const, note: '单位有误', extracted: { unit: '万元' } } }, ...rest],
      rejected: [{ figure: { ...second!, review: { ...review, status: 'wrong' as const } }, reason: 'marked wrong in review' }],
    };
    const files = unzipSync(await toDatasetZip(selectDatasetTables(makeDatasetIndex(reviewed), reviewed.paragraphs, () => ''), labels));
    const read = (name: string) => Papa.parse<Record<string, string>>(strFromU8(files[name]!).replace(/^\uFEFF/u, ''), { header: true }).data.filter((row) => row['figure_id']);
    const figures = read('figures.csv');
    expect(figures.map((f) => [f['text'], f['origin'], f['review_status'], f['review_note'], f['reviewer'], f['reviewed_at']]).slice(0, 2)).toEqual([
      ['3.5亿元', 'extracted', 'corrected', '单位有误', '王芳', '2026-12-03T08:15:00.000Z'],
      ['3个工作日', 'extracted', '', '', '', ''],
    ]);
    expect(read('rejected.csv').map((r) => [r['figure_id'], r['text'], r['reason'], r['review_status'], r['reviewer']])).toEqual([[second!.id, '12%', 'marked wrong in review', 'wrong', '王芳']]);
  });

  it('writes article dates and outlets, empty where the page prints none', async () => {
    const articles = (await unzipTables()).get('articles.csv') ?? [];
    expect(articles.map((a) => [a['article_id'], a['date'], a['outlet'], a['figures']])).toEqual([
      ['a1', '2023-05-22', '十堰日报', '3'],
      ['a2', '', '', '2'],
      ['a3', '', '', '2'],
      ['a4', '', '', '0'],
    ]);
  });

  it('describes every column of every file in the dictionary', async () => {
    const tables = await unzipTables();
    const described = new Set((tables.get(DICTIONARY_FILE) ?? []).map((row) => `${row['file']}:${row['column']}:${row['description']}`));
    for (const [file, rows] of tables) {
      if (file === DICTIONARY_FILE || rows.length === 0) continue;
      for (const column of Object.keys(rows[0] ?? {})) expect(described, `${file} ${column}`).toContain(`${file}:${column}:${file}:${column}`);
    }
  });
});
