import { describe, expect, it } from 'vitest';
import { findPeriod } from '../../../src/core/indicators/find-period';

const periodOf = (text: string, figure: string, date: string | null = null, year: number | null = null) => findPeriod(text, text.indexOf(figure), { date, year });

describe('findPeriod', () => {
  it.each([
    ['a year', '2022年，全县完成投资12亿元。', '12亿元', null, '2022', '2022'],
    ['a span of months', '2021年1-7月，全县完成投资12亿元。', '12亿元', null, '2021-01', '2021-07'],
    ['months written 至', '2023年1至9月，税收增长5%。', '5%', null, '2023-01', '2023-09'],
    ['a quarter of this year', '今年一季度，全市签约项目45个。', '45个', '2023-05-22', '2023-01', '2023-03'],
    ['the first three quarters', '前三季度，税收增长5%。', '5%', '2022-10-20', '2022-01', '2022-09'],
    ['a half year', '2023年上半年，完成产值5亿元。', '5亿元', null, '2023-01', '2023-06'],
    ['last year', '去年，地区生产总值增长8.5%。', '8.5%', '2024-01-10', '2023', '2023'],
    ['this year so far', '今年，全县新增就业2300人。', '2300人', '2024-07-09', '2024-01', '2024-07-09'],
    ['today, for 目前', '目前全镇有民宿820家。', '820家', '2024-06-18', '2024-06-18', '2024-06-18'],
    ['since a five-year plan began', '“十四五”以来，治理水土流失面积320平方公里。', '320平方公里', '2023-06-05', '2021', '2023-06-05'],
    ['the last three years', '近三年，累计培训2.1万人次。', '2.1万人次', '2023-05-22', '2021', '2023'],
    ['since a year', '2019年以来，共建成基站320个。', '320个', '2023-05-22', '2019', '2023-05-22'],
    ['until now', '截至目前，已走访企业104家。', '104家', '2023-05-22', null, '2023-05-22'],
    ['until the end of a month', '截至10月底，办件量达12098件。', '12098件', '2023-11-02', null, '2023-10'],
    ['a five-year plan', '“十四五”期间，计划投资50亿元。', '50亿元', null, '2021', '2025'],
    ['a day', '2022年4月20日，签约项目12个。', '12个', null, '2022-04-20', '2022-04-20'],
    ['a target year', '到2025年，森林覆盖率达到70%。', '70%', null, '2025', '2025'],
    ['a frame opening the paragraph, for a later sentence', '2022年，全县新增就业2300人。城镇登记失业率为3.1%。', '3.1%', null, '2022', '2022'],
  ])('reads %s', (_name, text, figure, date, start, end) => {
    expect(periodOf(text, figure, date)).toMatchObject({ start, end });
  });

  it('reads 全年 of the year the title speaks of, not of the day the page was printed', () => {
    expect(periodOf('全年实现地区生产总值628.4亿元。', '628.4亿元', '2024-03-01', 2023)).toMatchObject({ start: '2023', end: '2023' });
  });

  it('gives 近年来 its words and no bounds', () => {
    expect(periodOf('近年来，全镇建成温室1260座。', '1260座', '2024-01-01')).toEqual({ text: '近年来', start: null, end: null });
  });

  it('keeps the words of the period', () => {
    expect(periodOf('2021年1-7月，全县完成投资12亿元。', '12亿元')?.text).toBe('2021年1-7月');
  });

  it.each([
    ['no time word', '审批时间压缩至7个工作日。', '7个工作日'],
    ['a comparison base (比上年)', '全县税收比上年增长8%。', '8%'],
    ['a time word inside an earlier sentence', '全县发展提速，今年成效明显。审批时间压缩至7个工作日。', '7个工作日'],
  ])('returns null for %s', (_name, text, figure) => {
    expect(periodOf(text, figure, '2023-05-22')).toBeNull();
  });

  it('leaves the bounds of a relative period open when the article has no date', () => {
    expect(periodOf('今年一季度，全市签约项目45个。', '45个', null)).toMatchObject({ start: null, end: null });
  });
});
