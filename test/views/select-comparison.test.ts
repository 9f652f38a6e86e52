import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../src/lib/create-dataset-index';
import { selectComparison, selectMeasured, selectMeasures, selectUnits } from '../../src/views/compare/select-comparison';
import { makeFigureIn, makeParagraph, makeSampleDataset } from '../helpers/make-dataset';

const dataset = makeSampleDataset();
// A second, larger 投资 figure for 郧西县, so the place has two figures for the measure.
const extra = makeParagraph({ id: 'a1-3', articleId: 'a1', index: 3, text: '全年计划投资约9亿元。' });
dataset.paragraphs.push(extra);
dataset.figures.push(
  makeFigureIn(extra, '约9亿元', {
    value: 9, unit: '亿元', baseValue: 9e8, baseUnit: '元', unitKind: 'money', qualifier: 'approx',
    metric: '计划投资', category: 'investment', localityId: 'cn-420322',
  }),
);
const index = createDatasetIndex(dataset);

describe('selectMeasures', () => {
  it('lists each category with figures, then its metrics by pinyin', () => {
    const keys = selectMeasures(dataset.figures).filter((m) => m.category === 'investment').map((m) => [m.key, m.count]);
    expect(keys).toEqual([['category:investment', 3], ['metric:固定资产投资', 1], ['metric:计划投资', 1], ['metric:签约项目投资', 1]]);
  });
});

describe('selectComparison', () => {
  const measured = selectMeasured(dataset.figures, 'category:investment');

  it('offers the base units of the measure, most used first', () => {
    expect(selectUnits(measured)).toEqual([{ unit: '元', count: 3 }]);
  });

  it('shows each place by its largest figure and keeps all of them listed', () => {
    const bars = selectComparison(index, measured, '元');
    expect(bars.map((b) => [b.locality, b.figure.text, b.figures.length])).toEqual([
      ['郧西县', '约9亿元', 2],
      ['朝阳区', '5至8亿元', 1],
    ]);
    expect(bars[0]?.chain).toBe('湖北省 › 十堰市 › 郧西县');
  });

  it('leaves out figures in another unit and figures with no place', () => {
    const bars = selectComparison(index, selectMeasured(dataset.figures, 'metric:新增就业'), '人');
    expect(bars).toEqual([]);
  });
});
