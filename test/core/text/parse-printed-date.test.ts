import { describe, expect, it } from 'vitest';
import { findPrintedDates, parsePrintedDate } from '../../../src/core/text/parse-printed-date';

describe('parsePrintedDate', () => {
  it.each([
    ['an ISO date and time', '发布时间：2022-09-01 08:15:00', '2022-09-01'],
    ['a date with slashes', '发表于 2022/9/1', '2022-09-01'],
    ['a date with dots', '日期：2022.09.01', '2022-09-01'],
    ['a date in 年月日', '某州日报 2022年09月01日 第B02版', '2022-09-01'],
    ['a date in Chinese numerals', '二〇二二年九月一日', '2022-09-01'],
    ['a day in Chinese numerals with tens', '二〇二二年十二月二十八日', '2022-12-28'],
    ['a year and month only', '2022年9月 总第88期', '2022-09'],
    ['a year and month in Chinese numerals', '二〇二二年九月', '2022-09'],
    ['a year only', '2022年第12期', '2022'],
    ['a date with spaces inside', '2022 年 9 月 1 日', '2022-09-01'],
  ])('reads %s', (_case, text, iso) => {
    expect(parsePrintedDate(text)?.iso).toBe(iso);
  });

  it.each([
    ['a month and day alone (no year: no publication date)', '新华社某地9月1日电'],
    ['a telephone number', '电话：0769-22830000'],
    ['the far end of a span of years', '2021-2025年规划'],
    ['an impossible month', '2022年13月5日'],
    ['no date at all', '某县审批时限压缩至5个工作日'],
  ])('finds no dated year in %s', (_case, text) => {
    expect(parsePrintedDate(text)).toBeNull();
  });

  it('keeps a month and day as such, with its span', () => {
    expect(findPrintedDates('新华社某地9月1日电')).toEqual([{ iso: '--09-01', precision: 'month-day', start: 5, end: 9 }]);
  });

  it('reads the more precise form where two overlap, and every date in order', () => {
    expect(findPrintedDates('2022年9月1日 第3版 2022年10月').map((d) => d.iso)).toEqual(['2022-09-01', '2022-10']);
  });
});
