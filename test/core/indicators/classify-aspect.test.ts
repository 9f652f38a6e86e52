import { describe, expect, it } from 'vitest';
import { classifyAspect } from '../../../src/core/indicators/classify-aspect';
import { findFigures } from '../../../src/core/figures/find-figures';

/** The aspect of the figure written `figure` in `text`, read as the pipeline reads it. */
function aspectOf(text: string, figure: string) {
  const figures = findFigures(text);
  const index = figures.findIndex((f) => f.text === figure);
  const found = figures[index];
  if (found === undefined) throw new Error(`no figure ${figure} in ${text}`);
  return classifyAspect({ ...found, text, isBefore: figures.some((f) => f.previousIndex === index) });
}

describe('classifyAspect', () => {
  it.each([
    ['the value before a reform', '审批时限由原来的15个工作日压缩至7个工作日。', '15个工作日', 'before'],
    ['the value after it, a level', '审批时限由原来的15个工作日压缩至7个工作日。', '7个工作日', 'level'],
    ['a growth rate', '社会消费品零售总额同比增长8.5%。', '8.5%', 'change'],
    ['a fall in percentage points', '失业率比上年下降0.3个百分点。', '0.3个百分点', 'change'],
    ['a reduction in days', '办理时间减少3个工作日。', '3个工作日', 'change'],
    ['a cut by half', '审批时间压缩一半。', '一半', 'change'],
    ['a result after 增加到', '办件量增加到1.2万件。', '1.2万件', 'level'],
    ['a share of the whole', '即办件占全部办件的35%。', '35%', 'share'],
    ['占比', '第三产业占比65.5%。', '65.5%', 'share'],
    ['a multiple of another figure', '产量是去年的2.5倍。', '2.5倍', 'share'],
    ['a target', '力争到2025年森林覆盖率达到70%。', '70%', 'target'],
    ['a planned count', '拟建设交通设施项目4个。', '4个', 'target'],
    ['what was done in a sentence that named a plan', '计划总投资5亿元，目前已完成投资2亿元。', '2亿元', 'level'],
    ['a flow counted as its own measure', '新增就业2.8万人。', '2.8万人', 'level'],
    ['a level whose noun holds 规划 (a permit, not a plan)', '用地规划许可审批时间压缩至7个工作日。', '7个工作日', 'level'],
  ])('reads %s', (_name, text, figure, aspect) => {
    expect(aspectOf(text, figure).aspect).toBe(aspect);
  });

  it.each([
    ['下降', '能耗同比下降3%。', '3%', true],
    ['压缩', '审批时间压缩60%。', '60%', true],
    ['增长', '税收增长5%。', '5%', false],
  ])('says whether a change after %s is a fall', (_name, text, figure, decrease) => {
    expect(aspectOf(text, figure).decrease).toBe(decrease);
  });
});
