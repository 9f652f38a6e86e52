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
  ])('labels by %s', (_name, text, metric) => {
    expect(findFigures(text).at(-1)?.metric).toBe(metric);
  });
});
