import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures/find-figures';

describe('findFigures: qualifiers', () => {
  it.each([
    ['近 as approx', '复垦土地近3000亩。', '近3000亩', 'approx'],
    ['约 as approx', '拆除违建约6240平米。', '约6240平米', 'approx'],
    ['左右 as approx', '在校学生430人左右。', '430人左右', 'approx'],
    ['余 as at least', '解决问题20余个。', '20余个', 'atLeast'],
    ['多 inside a magnitude', '价值1000多万元。', '1000多万元', 'atLeast'],
    ['余 inside a magnitude', '接待咨询20余万人次。', '20余万人次', 'atLeast'],
    ['多 inside 个月', '历时3个多月。', '3个多月', 'atLeast'],
    ['超过 as at least', '开展活动超过20次。', '超过20次', 'atLeast'],
    ['突破 as at least', '销售额突破400万元。', '突破400万元', 'atLeast'],
    ['以上 as at least', '建设10亿元以上项目。', '10亿元以上', 'atLeast'],
    ['不到 as at most', '用时不到一年。', '不到一年', 'atMost'],
    ['内 after a duration as at most', '在一天内完成清场。', '一天内', 'atMost'],
    ['最多 a verb away as at most', '最多经过三个环节。', '三个', 'atMost'],
    ['no qualifier as exact', '走访企业104家。', '104家', 'exact'],
  ])('reads %s', (_name, text, written, qualifier) => {
    expect(findFigures(text)[0]).toMatchObject({ text: written, qualifier });
  });

  it('keeps the number as written, never folding the qualifier into it', () => {
    expect(findFigures('接待咨询20余万人次。')[0]).toMatchObject({ value: 20, unit: '万人次', baseValue: 200000 });
  });

  it('does not read 内 after a count as a bound', () => {
    expect(findFigures('辖区3个村内道路。')[0]).toMatchObject({ text: '3个', qualifier: 'exact' });
  });
});
