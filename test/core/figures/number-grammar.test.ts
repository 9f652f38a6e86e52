import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures/find-figures';

// The number forms of issue #10, each read wherever it stands in a sentence.
const texts = (text: string) => findFigures(text).map((f) => f.text);
const only = (text: string) => {
  const figures = findFigures(text);
  expect(figures).toHaveLength(1);
  return figures[0];
};

describe('findFigures: signed values', () => {
  it.each([
    ['负 before a percentage', '地区生产总值同比增长负3.9%。', '负3.9%', -3.9],
    ['a minus before a percentage', '工业投资增速为-22.2%，降幅收窄。', '-22.2%', -22.2],
    ['a minus after 增长', '社会消费品零售总额增长-1.5%。', '-1.5%', -1.5],
    ['a full-width minus', '出口额同比增长－6.8%。', '－6.8%', -6.8],
    ['a minus before percentage points', '比上年回落-0.6个百分点。', '-0.6个百分点', -0.6],
    ['a minus before money', '净利润为-350万元。', '-350万元', -350],
  ])('keeps the sign of %s', (_name, text, written, value) => {
    expect(only(text)).toMatchObject({ text: written, value });
  });

  it('keeps the base value signed too', () => {
    expect(only('利润总额为-1.2亿元。')).toMatchObject({ baseValue: -120_000_000, baseUnit: '元' });
  });

  it.each([
    ['a range of digits', '每户补助3-5万元。', 3, 5],
    ['a range of percentages', '增幅在5%-8%之间。', 5, null],
  ])('reads %s as no sign', (_name, text, value, valueMax) => {
    expect(findFigures(text)[0]).toMatchObject({ value, ...(valueMax === null ? {} : { valueMax }) });
  });

  it('leaves a dash inside a code or date alone', () => {
    expect(texts('截至2023-10月，编号2023-15项目')).toEqual([]);
  });
});

describe('findFigures: 几 and 余/多 before a magnitude', () => {
  it.each([
    ['十几 with a measure word', '建成十几个服务站。', '十几个', 10, '个', 'atLeast'],
    ['二十几 with a magnitude', '投入二十几万元。', '二十几万元', 20, '万元', 'atLeast'],
    ['一百零几 with a magnitude', '筹集一百零几万元。', '一百零几万元', 100, '万元', 'atLeast'],
    ['三十几 people', '来了三十几人。', '三十几人', 30, '人', 'atLeast'],
    ['十余 before 万', '募集十余万元。', '十余万元', 10, '万元', 'atLeast'],
    ['五百余 before 万', '落实五百余万元资金。', '五百余万元', 500, '万元', 'atLeast'],
    ['三十多 before 亿', '总投资三十多亿元。', '三十多亿元', 30, '亿元', 'atLeast'],
    ['digits, 万 then 余', '培训1万余人。', '1万余人', 1, '万人', 'atLeast'],
  ])('reads %s', (_name, text, written, value, unit, qualifier) => {
    expect(only(text)).toMatchObject({ text: written, value, unit, qualifier });
  });

  it('keeps the magnitude in the base value', () => {
    expect(only('投入二十几万元。')).toMatchObject({ baseValue: 200_000, baseUnit: '元' });
  });

  it.each([
    ['几 alone', '走访了几家企业。'],
    ['几十', '几十家企业参加。'],
    ['几乎', '几乎全部完成。'],
    ['几年来', '十几年来，村里变化很大。'],
  ])('reads no figure from %s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('findFigures: one number across several magnitudes', () => {
  it.each([
    ['万 then thousands in digits', '吸纳就业3万4000人。', '3万4000人', 34_000, '人'],
    ['万 then 千 in digits', '惠及25万6千户。', '25万6千户', 256_000, '户'],
    ['千零 then a magnitude kept for the unit', '投入2千零30万元。', '2千零30万元', 2030, '万元'],
    ['千零 then units', '参与群众1千零1人。', '1千零1人', 1001, '人'],
    ['亿 then 千万, kept whole as in characters', '总投资1亿2千万元。', '1亿2千万元', 120_000_000, '元'],
  ])('reads %s', (_name, text, written, value, unit) => {
    expect(only(text)).toMatchObject({ text: written, value, unit });
  });

  it('normalises the whole number', () => {
    expect(only('投入2千零30万元。')).toMatchObject({ baseValue: 20_300_000, baseUnit: '元' });
  });

  it('does not join a lower part that is not below the magnitude', () => {
    expect(texts('报名3万40000人')).not.toContain('3万40000人');
  });
});

describe('findFigures: tenths and parts per thousand', () => {
  it.each([
    ['成 as tenths', '三成企业实现增收。', '三成', 3, '成', 30, 'exact'],
    ['成 with 以上', '七成以上的村集体经济收入超过10万元。', '七成以上', 7, '成', 70, 'atLeast'],
    ['成 after digits', '约8成群众参与。', '约8成', 8, '成', 80, 'approx'],
    ['千分之', '发病率控制在千分之三以内。', '千分之三以内', 3, '‰', 0.3, 'atMost'],
    ['万分之', '事故率为万分之五。', '万分之五', 5, '‱', 0.05, 'exact'],
    ['个百分点 after Chinese numerals', '比上年提高四点五个百分点。', '四点五个百分点', 4.5, '个百分点', 4.5, 'exact'],
  ])('reads %s', (_name, text, written, value, unit, baseValue, qualifier) => {
    const figure = findFigures(text)[0];
    expect(figure).toMatchObject({ text: written, value, unit, baseValue, qualifier });
  });

  it('compares tenths and parts per thousand as percentages', () => {
    expect(findFigures('三成企业，千分之三，万分之五。').map((f) => f.baseUnit)).toEqual(['%', '%', '%']);
  });

  it.each([['一成不变'], ['建成三个'], ['八成是']])('reads %s as no share', (text) => {
    expect(findFigures(`工作${text}。`).some((f) => f.unit === '成')).toBe(false);
  });
});

describe('findFigures: units that hold a numeral character', () => {
  it.each([
    ['a 10千伏 line count', '新建10千伏线路35条。', ['35条']],
    ['a 35千伏 substation count', '建成35千伏变电站2座。', ['2座']],
    ['a 110千伏 class alone', '接入110千伏电网。', []],
    ['a voltage written in letters', '改造10kV线路12公里。', ['12公里']],
  ])('reads %s as no voltage figure', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('reads transformer capacity in 千伏安 as power', () => {
    expect(only('新增变压器容量8000千伏安。')).toMatchObject({ text: '8000千伏安', value: 8000, unitKind: 'power' });
  });
});
