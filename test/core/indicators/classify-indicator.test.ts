import { describe, expect, it } from 'vitest';
import { classifyIndicator } from '../../../src/core/indicators/classify-indicator';

const idOf = (metric: string, clause: string, unitKind: Parameters<typeof classifyIndicator>[0]['unitKind']) =>
  classifyIndicator({ metric, clause, unitKind })?.id ?? null;

describe('classifyIndicator', () => {
  it.each([
    ['an approval time from its label', '审批时间', '审批时间压缩至7个工作日', 'duration', 'approval-time'],
    ['enterprises visited', '走访企业数', '走访企业104家', 'count', 'enterprises-visited'],
    ['a closure rate in a hotline clause', '办结率', '12345热线按时办结率98%', 'ratio', 'hotline-closure-rate'],
    ['a closure rate elsewhere', '办结率', '便民服务中心办结率98%', 'ratio', 'case-closure-rate'],
    ['the cut of a time limit, by its unit kind', '审批时限压缩', '审批时限压缩60%', 'ratio', 'time-limit-cut'],
    ['the time from signing a project to starting work as its approval time', '从签约到开工用时', '从签约到开工只用了45天', 'duration', 'construction-approval-time'],
    ['a harvest weighed in tonnes as farm produce', '茶叶产量', '全县茶叶产量1.35万吨', 'weight', 'farm-produce-output'],
    ['projects started on receiving their land', '实现拿地即开工的项目数', '全区共有38个项目实现拿地即开工', 'count', 'land-to-start-projects'],
    ['land restored against erosion, not the eroded land', '治理水土流失面积', '累计治理水土流失面积超过120万亩', 'area', 'soil-erosion-control'],
    ['the eroded land itself', '水土流失面积', '全县水土流失面积达146.2万亩', 'area', 'soil-erosion-area'],
    ['desert land restored', '治理沙化土地', '治理沙化土地3.2万亩', 'area', 'desertification-control'],
    ['farmland returned to forest', '退耕还林还草', '完成退耕还林还草2100亩', 'area', 'farmland-returned-to-forest'],
    ['the resolution rate of problems an enterprise service collected', '问题解决率', '收集各类问题386个，问题解决率91.2%', 'ratio', 'enterprise-problem-resolution-rate'],
    ['the resolution rate of a hotline’s complaints', '问题解决率', '12345热线问题解决率95%', 'ratio', 'resolution-rate'],
    ['task forces serving an industry', '组建产业服务专班数', '组建产业服务专班9个', 'count', 'enterprise-task-forces'],
  ])('finds %s', (_name, metric, clause, unitKind, id) => {
    expect(idOf(metric, clause, unitKind as 'count')).toBe(id);
  });

  it('reads the clause when the label names little', () => {
    expect(idOf('面积', '新建高标准农田面积3.1万亩', 'area')).toBe(idOf('高标准农田面积', '', 'area'));
  });

  it('keeps to the label when it names its own noun', () => {
    expect(idOf('惠及居民户数', '改造老旧小区5个，惠及居民2100户', 'count')).not.toBe(idOf('老旧小区改造', '', 'count'));
  });

  it('files filings done for residents as a hall’s caseload and those for enterprises as enterprise service', () => {
    expect(idOf('为群众代办事项数', '网格员为群众代办事项1.26万件', 'count')).toBe('assisted-filings');
    expect(idOf('代办事项数', '今年以来代办事项960件', 'count')).toBe('assisted-filings');
    expect(idOf('为企业代办帮办事项数', '为企业代办帮办事项420件', 'count')).toBe('enterprise-assisted-filings');
  });

  it('counts grids and their workers, but not the cases a grid handles', () => {
    expect(idOf('划分网格数', '全镇划分网格36个', 'count')).toBe('grids');
    expect(idOf('网格事件办结数', '网格事件办结3380件', 'count')).toBeNull();
  });

  it('counts the stock of enterprises, unless the clause serves them, before or after the figure', () => {
    expect(idOf('规上工业企业数', '全县有规上工业企业186家', 'count')).toBe('enterprises-above-scale');
    expect(idOf('规上企业数', '分包联系规上企业115家', 'count')).toBeNull();
    const served = classifyIndicator({
      metric: '重点企业数', clause: '先后为某公司等12家重点企业', wholeClause: '先后为某公司等12家重点企业提供帮代办服务80次', unitKind: 'count',
    });
    expect(served).toBeNull();
  });

  it.each([
    ['a measure of another dimension', '审批时间', '审批时间压缩60%', 'count'],
    ['nothing the taxonomy names', '画扇数', '生产画扇420万把', 'count'],
  ])('returns null for %s', (_name, metric, clause, unitKind) => {
    expect(idOf(metric, clause, unitKind as 'count')).toBeNull();
  });
});
