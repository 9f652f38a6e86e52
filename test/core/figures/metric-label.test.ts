import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures/find-figures';

describe('findFigures: metric labels', () => {
  it.each([
    ['the subject before the number', '园区总产值35亿元。', '园区总产值'],
    ['the noun after a measure word', '设置120个服务窗口。', '服务窗口'],
    ['a subject without its filler', '目前，累计完成投资8亿元。', '完成投资'],
    ['a subject without its link verb', '群众满意率达99.2%。', '群众满意率'],
    ['a list item after 、', '建设道路项目4个、桥梁项目2个。', '桥梁项目'],
    ['the noun cut before its verb', '引进18家企业落户园区。', '企业'],
    ['the dimension when the text names nothing', '，约3000平米。', '面积'],
    ['a subject without its leading date', '2021年粮食产量12万吨。', '粮食产量'],
    ['a subject without its leading month', '，5月份全市用电量达3亿千瓦时。', '全市用电量'],
    ['a subject opening with a number that is no date', '，5G基站覆盖率达到98%。', '5G基站覆盖率'],
    ['a subject without its earlier base', '工期由原来的9个月缩短至6个月。', '工期'],
    ['a growth rate after the figure it compares', '营业收入3.1亿元，同比增长12%。', '营业收入同比增长'],
    ['a growth rate with its own subject', '产值3亿元，出口额同比增长5%。', '出口额同比增长'],
  ])('labels by %s', (_name, text, metric) => {
    expect(findFigures(text).at(-1)?.metric).toBe(metric);
  });
});
