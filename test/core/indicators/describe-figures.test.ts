import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/core/locality/gazetteer';
import { runPipeline } from '../../../src/core/pipeline';
import type { Figure } from '../../../src/dataset/schema';
import { loadGazetteer } from '../../../scripts/load-gazetteer';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

function figuresOf(text: string): Figure[] {
  return runPipeline([{ file: 'a.txt', text, encoding: 'utf-8', bytes: text.length }], gazetteer).figures;
}
const byText = (figures: readonly Figure[], text: string): Figure => {
  const figure = figures.find((f) => f.text === text);
  if (figure === undefined) throw new Error(`no figure ${text} in ${figures.map((f) => f.text).join(' ')}`);
  return figure;
};

describe('describeFigures: a change reports on what its measure reports on', () => {
  it('gives a growth rate written right after a count of cases the count\'s category', () => {
    const figures = figuresOf('衢州市柯城区政务服务中心去年办理审批事项3862件，同比增长17.5%。承诺时限压缩至3个工作日。');
    expect(byText(figures, '3862件').category).toBe('service_volume');
    expect(byText(figures, '17.5%').category).toBe(byText(figures, '3862件').category);
  });

  it('leaves a change alone when a sentence break stands between it and the figure before', () => {
    const figures = figuresOf('衢州市柯城区今年新建改建农村公路86公里。全区地区生产总值同比增长6.5%。');
    expect(byText(figures, '6.5%').category).toBe('output_revenue');
  });
});

describe('describeFigures: a count of work done is no time', () => {
  it.each([
    ['cases settled in an approval report', '衢州市柯城区深化审批改革，审批时限压缩至3个工作日，网格事件办结3380件。', '3380件'],
    ['certificates issued', '柯城区深化审批制度改革，累计发放行业综合许可证1.2万余张。', '1.2万余张'],
    ['person-visits through a port', '东宁口岸审批提速，一季度出入境人员5.4万人次。', '5.4万人次'],
  ])('files %s as service volume', (_, text, figure) => {
    expect(byText(figuresOf(text), figure).category).toBe('service_volume');
  });

  it('keeps the approval time of the same report under approval speed', () => {
    const figures = figuresOf('衢州市柯城区深化审批改革，审批时限压缩至3个工作日，网格事件办结3380件。');
    expect(byText(figures, '3个工作日').category).toBe('approval_speed');
  });
});
