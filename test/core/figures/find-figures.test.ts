import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures/find-figures';
import { measureAdditivity } from '../../helpers/measure-growth';

const first = (text: string) => findFigures(text)[0];

describe('findFigures: numbers', () => {
  it.each([
    ['Arabic digits with a unit', '全区新建学校6所。', '6所', 6, '所'],
    ['a decimal', '流转面积1288.5亩。', '1288.5亩', 1288.5, '亩'],
    ['thousands separators', '累计办件12,345件。', '12,345件', 12345, '件'],
    ['a mixed number', '新增就业1.5万人。', '1.5万人', 1.5, '万人'],
    ['a Chinese count with a measure word', '下设四个工作组。', '四个', 4, '个'],
    ['两 as a count', '新建两个卫生室。', '两个', 2, '个'],
    ['a long Chinese numeral', '培训一千二百人次。', '一千二百人次', 1200, '人次'],
    ['a Chinese numeral with a magnitude', '投入资金三千二百万元。', '三千二百万元', 3200, '万元'],
    ['a decimal in characters', '比上年提高零点九个百分点。', '零点九个百分点', 0.9, '个百分点'],
    ['a written-out percentage', '增长百分之八点五。', '百分之八点五', 8.5, '%'],
    ['百余 as a round hundred', '走访百余家商户。', '百余家', 100, '家'],
  ])('reads %s', (_name, text, written, value, unit) => {
    expect(first(text)).toMatchObject({ text: written, value, unit });
  });

  it('keeps every figure of a sentence in text order with exact spans', () => {
    const text = '建成厂房3栋，吸纳就业200人，年产值5000万元。';
    const figures = findFigures(text);
    expect(figures.map((f) => f.text)).toEqual(['3栋', '200人', '5000万元']);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('findFigures: base values', () => {
  it.each([
    ['亿元 in yuan', '计划投资16亿元。', 1.6e9, '元'],
    ['万人 in people', '服务群众3.2万人。', 32000, '人'],
    ['平米 in square metres', '改造厂房800平米。', 800, '平方米'],
    ['名 in people', '选派干部35名。', 35, '人'],
    ['working days', '办结时限为5个工作日。', 5, '工作日'],
    ['a bare magnitude', '常住人口4.6万。', 46000, ''],
    ['floating-point noise rounded away', '年产值361.09亿元。', 36_109_000_000, '元'],
  ])('normalises %s', (_name, text, baseValue, baseUnit) => {
    expect(first(text)).toMatchObject({ baseValue, baseUnit });
  });
});

describe('findFigures: unit families', () => {
  it.each([
    ['money', '补贴资金80万元。', 'money'],
    ['area', '流转土地1200亩。', 'area'],
    ['volume', '清运渣土2万立方。', 'volume'],
    ['length', '新修道路12公里。', 'length'],
    ['weight', '收购茶叶30吨。', 'weight'],
    ['power', '装机容量50兆瓦。', 'power'],
    ['energy', '年发电3000万千瓦时。', 'energy'],
    ['duration', '工期缩短了两个月。', 'duration'],
    ['count', '组建服务队8支。', 'count'],
    ['ratio', '覆盖率达96.5%。', 'ratio'],
    ['multiple', '效率提高到原来的3倍。', 'multiple'],
    ['temperature', '年均气温14.2℃。', 'temperature'],
    ['concentration', '细颗粒物年均浓度为23微克/立方米。', 'concentration'],
    ['seconds as a duration', '平均应答时间为15秒。', 'duration'],
    ['categories as a count', '梳理风险隐患9类。', 'count'],
  ])('reads a %s unit', (_name, text, unitKind) => {
    expect(first(text)?.unitKind).toBe(unitKind);
  });
});

describe('findFigures: ranges', () => {
  it.each([
    ['至 between digits', '工期缩短4至6个月。', '4至6个月', 4, 6],
    ['至 between Chinese numerals', '新建六至八座水厂。', '六至八座', 6, 8],
    ['a hyphen', '每村安排3-5家企业。', '3-5家', 3, 5],
    ['a tilde', '预计需要3~5天。', '3~5天', 3, 5],
    ['a repeated unit', '占比10%-20%。', '10%-20%', 10, 20],
    ['an approximate pair', '招聘两三个人。', '两三个', 2, 3],
  ])('reads %s', (_name, text, written, value, valueMax) => {
    expect(first(text)).toMatchObject({ text: written, value, valueMax, qualifier: 'range' });
  });

  it('gives the upper bound a base value too', () => {
    expect(first('投资2至3亿元。')).toMatchObject({ baseValue: 2e8, baseValueMax: 3e8 });
  });
});

describe('findFigures: fractions and multiples', () => {
  it.each([
    ['a fraction in characters', '能耗下降了四分之一。', 1 / 4, 'fraction'],
    ['a fraction in digits', '占全县的3分之1。', 1 / 3, 'fraction'],
    ['一半', '时限压缩至一半。', 0.5, 'fraction'],
    ['a multiple', '产量是去年的2.5倍。', 2.5, 'multiple'],
  ])('types %s apart from amounts', (_name, text, value, kind) => {
    expect(first(text)).toMatchObject({ value, kind });
  });

  it.each([
    ['一半', '时限压缩至一半。', 50],
    ['三分之二', '占全县的三分之二。', 66.6666666666667],
  ])('compares %s as a percentage, never as a bare 0.5', (_name, text, baseValue) => {
    expect(first(text)).toMatchObject({ unit: '', baseUnit: '%', unitKind: 'ratio', kind: 'fraction' });
    expect(first(text)?.baseValue).toBeCloseTo(baseValue, 10);
  });
});

describe('findFigures: signed readings', () => {
  it.each([
    ['a minus sign', '极端最低气温-12.4℃。', '-12.4℃', -12.4],
    ['零下 as a minus sign', '一月均温零下3℃。', '零下3℃', -3],
    ['no sign', '七月均温26.8℃。', '26.8℃', 26.8],
  ])('reads a temperature with %s', (_name, text, written, value) => {
    expect(first(text)).toMatchObject({ text: written, value, baseValue: value, unit: '℃' });
  });

  it('never reads a dash before other units as a sign', () => {
    expect(first('规模为30-50人。')).toMatchObject({ value: 30, valueMax: 50 });
  });
});

describe('findFigures: halves of a time unit or a share', () => {
  it.each([
    ['a bare 半 before a time word', '建设仅用了半年。', '半年', 0.5, '年'],
    ['半 inside 个…月', '工期为两个半月。', '两个半月', 2.5, '个月'],
    ['a trailing 半', '改造历时一年半，', '一年半', 1.5, '年'],
    ['半 before 个小时', '半个小时办结。', '半个小时', 0.5, '个小时'],
    ['a trailing 半 after a share', '占比提高一成半，', '一成半', 1.5, '成'],
  ])('reads %s', (_name, text, written, value, unit) => {
    expect(first(text)).toMatchObject({ text: written, value, unit });
  });

  it.each([
    ['halves of the calendar year', '上半年开工，下半年投产。'],
    ['nouns made with 半', '半数村民住在半径2里外的半岛上。'],
    ['a frequency', '每半年召开会议。'],
  ])('skips %s', (_name, text) => {
    expect(findFigures(text).filter((f) => f.text.includes('半'))).toEqual([]);
  });
});

describe('findFigures cost', () => {
  it('is the same for figures after a long stretch of text as for the figures alone', () => {
    // Each figure right after a closing ” looks back for its opening “: 1,000 of them after 1,000,000
    // characters with no “ must not search those characters once per figure.
    const ratio = measureAdditivity('甲'.repeat(1_000_000), '”2家，'.repeat(1_000), findFigures, 4);
    expect(ratio).toBeLessThan(4);
  });
});
