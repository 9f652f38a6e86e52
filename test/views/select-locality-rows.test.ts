import { describe, expect, it } from 'vitest';
import { makeDatasetIndex } from '../helpers/make-app-layout';
import { selectLocalityRows } from '../../src/views/localities/select-locality-rows';
import { makeSampleDataset } from '../helpers/make-dataset';

const index = makeDatasetIndex(makeSampleDataset());

describe('selectLocalityRows', () => {
  it('counts each figure for its place and the places above it, per category', () => {
    const rows = new Map(selectLocalityRows(index, [], index.dataset.figures).map((r) => [r.name, r]));
    expect([rows.get('湖北省')?.total, rows.get('郧西县')?.total, rows.get('城关镇')?.total]).toEqual([3, 3, 1]);
    expect(rows.get('湖北省')?.counts.approval_speed).toBe(1);
    expect(rows.get('城关镇')?.chain).toBe('湖北省 › 十堰市 › 郧西县 › 城关镇');
  });

  it('keeps only the chosen places and those below them', () => {
    const rows = selectLocalityRows(index, ['cn-110000'], index.dataset.figures);
    expect(rows.map((r) => [r.name, r.level])).toEqual([['北京市', 'province'], ['朝阳区', 'county']]);
  });
});
