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

  it('reads 来源 as the outlet of a publication line', () => {
    expect(readFurnitureFields('发布时间：2023-05-22 来源：人民网-湖北频道', 'publication').outlet).toBe('人民网-湖北频道');
  });
});
