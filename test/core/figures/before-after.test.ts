import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures/find-figures';

const links = (text: string) => findFigures(text).map((f) => [f.text, f.previousIndex]);

describe('findFigures: before → after', () => {
  it.each([
    ['由…压缩至', '审批时限由20个工作日压缩至8个工作日。', [['20个工作日', null], ['8个工作日', 0]]],
    ['从…提高到', '满意率从85%提高到99%。', [['85%', null], ['99%', 0]]],
    ['a change verb without 由', '办理时间10天缩短为3天。', [['10天', null], ['3天', 0]]],
    ['a reduction to a fraction', '时限由原来的12个工作日压缩至一半。', [['12个工作日', null], ['一半', 0]]],
  ])('links %s', (_name, text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it('gives the after-figure the metric of the before-figure', () => {
    const [before, after] = findFigures('开办时间由5个工作日压缩至1个工作日。');
    expect(after?.metric).toBe(before?.metric);
  });

  it.each([
    ['a list of facts', '走访企业30家，解决问题12个。'],
    ['different dimensions', '投资5亿元建成厂房8栋。'],
    ['a clause break between them', '原需18个工作日，现在至6个工作日。'],
  ])('does not link %s', (_name, text) => {
    expect(findFigures(text).every((f) => f.previousIndex === null)).toBe(true);
  });
});
