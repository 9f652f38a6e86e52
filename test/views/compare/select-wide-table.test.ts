import { describe, expect, it } from 'vitest';
import { makeDatasetIndex } from '../../helpers/make-app-layout';
import { selectWideTable } from '../../../src/views/compare/select-wide-table';
import { makeCompareDataset } from '../../helpers/make-compare-dataset';

const dataset = makeCompareDataset();
const index = makeDatasetIndex(dataset);

describe('selectWideTable', () => {
  it('has a row per place of the level and a column per indicator reported there, each cell the latest level', () => {
    const { columns, rows } = selectWideTable(index, dataset.figures, { level: 'county', period: null, rollUp: false });
    expect(columns.map((c) => [c.indicator.id, c.unit])).toEqual([['approval-time', '工作日'], ['enterprises-visited', '家']]);
    expect(rows.map((r) => [r.locality, r.cells.get('approval-time')?.value ?? null, r.cells.get('enterprises-visited')?.value ?? null])).toEqual([
      ['郧西县', 7.5, 100], // by chain: 湖北省 before 上海市
      ['张湾区', null, 50],
      ['浦东新区', 8, null],
    ]);
  });

  it('keeps to the chosen period, and sums additive indicators only when asked', () => {
    expect(selectWideTable(index, dataset.figures, { level: 'county', period: '2021', rollUp: false }).rows.map((r) => r.locality)).toEqual(['浦东新区']);
    const summed = selectWideTable(index, dataset.figures, { level: 'prefecture', period: null, rollUp: true });
    expect(summed.columns.map((c) => c.indicator.id)).toEqual(['enterprises-visited']);
    expect(summed.rows.map((r) => [r.locality, r.cells.get('enterprises-visited')?.value])).toEqual([['十堰市', 150]]);
  });
});
