import { describe, expect, it } from 'vitest';
import { parseUnit } from '../../../src/core/figures/parse-unit';

describe('parseUnit', () => {
  it.each([
    ['money with a magnitude', '35亿元', 2, '亿元', '元', 1e8, 'money'],
    ['people with a magnitude', '1.4万人', 3, '万人', '人', 1e4, 'count'],
    ['square metres written short', '2750平米', 4, '平米', '平方米', 1, 'area'],
    ['square kilometres before square metres', '2145平方公里', 4, '平方公里', '平方公里', 1, 'area'],
    ['a volume with magnitude', '15万立方', 2, '万立方', '立方米', 1e4, 'volume'],
    ['tonnes', '12.5万吨', 4, '万吨', '吨', 1e4, 'weight'],
    ['megawatts in kilowatts', '50MW', 2, 'MW', '千瓦', 1e3, 'power'],
    ['working days', '4个工作日', 1, '个工作日', '工作日', 1, 'duration'],
    ['months', '3个月', 1, '个月', '月', 1, 'duration'],
    ['person-times before persons', '318人次', 3, '人次', '人次', 1, 'count'],
    ['enterprise-times with a magnitude', '2.3万家次', 3, '万家次', '家次', 1e4, 'count'],
    ['名 counted as people', '16名', 2, '名', '人', 1, 'count'],
    ['percentage points', '2个百分点', 1, '个百分点', '百分点', 1, 'ratio'],
    ['full-width percent', '98.6％', 4, '％', '%', 1, 'ratio'],
    ['multiples', '4倍', 1, '倍', '倍', 1, 'multiple'],
    ['a bare magnitude', '人口1.5万', 5, '万', '', 1e4, 'count'],
    ['vehicle-times before vehicles', '1.1万辆次', 3, '万辆次', '辆次', 1e4, 'count'],
    ['flags counted by 面 after digits', '37面', 2, '面', '面', 1, 'count'],
    ['a rate per day', '500吨/日', 3, '吨/日', '吨/日', 1, 'weight'],
    ['a rate per day written with 天, compared per 日', '2万立方米/天', 1, '万立方米/天', '立方米/日', 1e4, 'volume'],
    ['a price per person', '45元/人', 2, '元/人', '元/人', 1, 'money'],
    ['a rate with two denominators', '200元/人/月', 3, '元/人/月', '元/人/月', 1, 'money'],
  ])('reads %s', (_name, text, at, written, base, factor, kind) => {
    expect(parseUnit(text, at, 'arabic')?.form).toMatchObject({ written, base, factor, kind });
  });

  it('reads 方 as a volume after digits only', () => {
    expect(parseUnit('45方', 2, 'arabic')?.form.base).toBe('立方米');
    expect(parseUnit('三方', 1, 'chinese')).toBeNull();
  });

  it.each([
    ['a slash that opens no denominator', '3吨/年度计划', 1, '吨'],
    ['a slash before a word that goes on', '45元/人民币', 2, '元'],
    ['a percent per year', '5%/年', 1, '%'],
  ])('reads only the unit before %s', (_name, text, at, written) => {
    expect(parseUnit(text, at, 'arabic')?.form.written).toBe(written);
  });

  it('reads 面 after digits only (一面…一面 is no count)', () => {
    expect(parseUnit('一面', 1, 'chinese')).toBeNull();
  });

  it.each([['an anniversary', '60周年', 2], ['a school grade', '3年级', 1], ['a decade', '90年代', 2], ['aspects', '3方面', 1], ['an area noun', '30面积', 2]])(
    'does not read %s as a unit',
    (_name, text, at) => {
      expect(parseUnit(text, at, 'arabic')).toBeNull();
    },
  );
});
