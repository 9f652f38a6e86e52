import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures/find-figures';

describe('findFigures: qualifiers', () => {
  it.each([
    ['近 as approx', '流转土地近2000亩。', '近2000亩', 'approx'],
    ['约 as approx', '腾退厂房约4500平米。', '约4500平米', 'approx'],
    ['左右 as approx', '参会代表150人左右。', '150人左右', 'approx'],
    ['余 as at least', '化解纠纷40余个。', '40余个', 'atLeast'],
    ['多 inside a magnitude', '投入2000多万元。', '2000多万元', 'atLeast'],
    ['余 inside a magnitude', '服务游客30余万人次。', '30余万人次', 'atLeast'],
    ['多 inside 个月', '历时3个多月。', '3个多月', 'atLeast'],
    ['多 closing a figure', '收获玉米6吨多，', '6吨多', 'atLeast'],
    ['超过 as at least', '组织演练超过50次。', '超过50次', 'atLeast'],
    ['突破 as at least', '营业额突破800万元。', '突破800万元', 'atLeast'],
    ['以上 as at least', '引进5亿元以上项目。', '5亿元以上', 'atLeast'],
    ['不到 as at most', '用时不到一年。', '不到一年', 'atMost'],
    ['内 after a duration as at most', '两天内完成搬迁。', '两天内', 'atMost'],
    ['最多 a verb away as at most', '最多经过三个环节。', '三个', 'atMost'],
    ['近 before a bare 万', '惠及近万名农户。', '近万名', 'approx'],
    ['余 after a bare 万', '吸引万余人观展。', '万余人', 'atLeast'],
    ['no qualifier as exact', '对接商户86家。', '86家', 'exact'],
    ['至少 further back than a short verb as no bound', '至少要把好质量关口再建成三个站点。', '三个', 'exact'],
  ])('reads %s', (_name, text, written, qualifier) => {
    expect(findFigures(text)[0]).toMatchObject({ text: written, qualifier });
  });

  it('keeps the number as written, never folding the qualifier into it', () => {
    expect(findFigures('服务游客30余万人次。')[0]).toMatchObject({ value: 30, unit: '万人次', baseValue: 300000 });
  });

  it('does not read 内 after a count as a bound', () => {
    expect(findFigures('辖区3个村内道路。')[0]).toMatchObject({ text: '3个', qualifier: 'exact' });
  });
});

describe('findFigures: 多 that opens a noun', () => {
  it('is no qualifier when it starts the noun after the unit (多功能)', () => {
    expect(findFigures('建成4个多功能活动室。')[0]).toMatchObject({ text: '4个', qualifier: 'exact' });
  });
});
