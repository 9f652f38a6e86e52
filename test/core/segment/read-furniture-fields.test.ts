import { describe, expect, it } from 'vitest';
import { readFurnitureFields } from '../../../src/core/segment/read-furniture-fields';

describe('readFurnitureFields', () => {
  it.each([
    ['塘厦镇_百度百科', '百度百科'],
    ['方志百科 · 眉山地方志数据库', '眉山地方志数据库'],
    ['中山日报 2024年03月12日 第A03版：要闻', '中山日报'],
  ])('reads the outlet of the masthead %j as %j', (text, outlet) => {
    expect(readFurnitureFields(text, 'masthead').outlet).toBe(outlet);
  });

  it('reads the account, not the author, of an original post’s line', () => {
    expect(readFurnitureFields('原创　沈佳怡　某镇发布　2024-08-02 17:30　浙江', 'publication').outlet).toBe('某镇发布');
    expect(readFurnitureFields('原创 某镇发布 2024-08-02 17:30', 'publication').outlet).toBe('某镇发布');
  });

  it('reads the paper of an e-paper’s masthead', () => {
    expect(readFurnitureFields('宣城日报电子版', 'masthead').outlet).toBe('宣城日报');
  });

  it('reads 来源 as the outlet of a publication line', () => {
    expect(readFurnitureFields('发布时间：2023-05-22 来源：人民网-湖北频道', 'publication').outlet).toBe('人民网-湖北频道');
  });
});
