import { describe, expect, it } from 'vitest';
import { classifyCategory, findArticleLeaning, findCategoryEvidence } from '../../../src/core/indicators/classify-category';
import type { UnitKind } from '../../../src/dataset/schema';

const evidence = (metric: string, clause = metric, paragraph = clause, unitKind: UnitKind = 'count') =>
  findCategoryEvidence({ metric, clause, paragraph, indicator: null, unitKind, isProcedureTime: false });
const none = new Map();

describe('classifyCategory', () => {
  it.each([
    ['a satisfaction rate', '群众满意率', 'satisfaction_rate'],
    ['an approval time', '审批时间', 'approval_speed'],
    ['enterprises visited', '走访企业数', 'enterprise_service'],
    ['party members trained', '培训党员人次', 'party_organisation'],
    ['a budget revenue over a bare 收入', '一般公共预算收入', 'output_revenue'],
    ['the farm households a programme lifts as its income effect', '带动农户户数', 'employment_income'],
  ])('reads %s from its label', (_name, metric, category) => {
    expect(classifyCategory(evidence(metric), none, () => 'other')).toBe(category);
  });

  it('reads an indicator cue only for a figure of that indicator\'s unit kind: a registration time is approval, registrations counted are service volume', () => {
    const clause = '办理不动产登记业务2.1万件';
    expect(classifyCategory(evidence('办理不动产登记业务数', clause, clause, 'count'), none, () => 'other')).toBe('service_volume');
    expect(classifyCategory(evidence('不动产登记时间', '不动产登记时间压缩至1个工作日', '不动产登记时间压缩至1个工作日', 'duration'), none, () => 'other')).toBe('approval_speed');
  });

  it('lets a figure that says little lean the way its article does', () => {
    const article = findArticleLeaning([evidence('党员示范岗数'), evidence('培训党员人次'), evidence('发展党员人数')]);
    expect(classifyCategory(evidence('检视问题数', '检视问题11个', '检视问题11个'), article, () => 'other')).toBe('party_organisation');
  });

  it('keeps a figure whose own words are clear to its own category in an article of another', () => {
    const article = findArticleLeaning([evidence('党员示范岗数'), evidence('培训党员人次')]);
    expect(classifyCategory(evidence('审批时间'), article, () => 'other')).toBe('approval_speed');
  });

  it('reads a span of time whose words say little as how long a procedure takes', () => {
    const clause = '货车通关时间缩短至40分钟';
    const input = { metric: '货车通关时间', clause, paragraph: clause, indicator: null, unitKind: 'duration' as const };
    expect(classifyCategory(findCategoryEvidence({ ...input, isProcedureTime: true }), none, () => 'other')).toBe('approval_speed');
    expect(classifyCategory(findCategoryEvidence({ ...input, isProcedureTime: false }), none, () => 'other')).toBe('other');
  });

  it.each([
    ['a population', '常住人口', '全镇常住人口6.1万人'],
    ['a climate fact', '年平均气温', '年平均气温16.5℃'],
    ['an altitude', '平均海拔', '平均海拔1300米左右'],
    ['the villages a town governs', '行政村数', '辖8个行政村'],
  ])('reads %s as a standing fact of the place (other), not as work', (_name, metric, clause) => {
    expect(classifyCategory(evidence(metric, clause), none, () => 'investment')).toBe('other');
  });

  it('reads herds as farming by their unit, in a paragraph about party work, without the unit pulling the article', () => {
    const paragraph = '苏木党委推行党支部加合作社模式，党员中心户带动牧户，全苏木牲畜存栏28.6万头只。';
    const article = findArticleLeaning([evidence('党员中心户数', paragraph, paragraph), evidence('牲畜存栏', paragraph, paragraph)]);
    expect(classifyCategory(evidence('牲畜存栏', '全苏木牲畜存栏28.6万头只', paragraph), article, () => 'other', '头只')).toBe('land_agriculture');
    expect(classifyCategory(evidence('牲畜存栏', '全苏木牲畜存栏28.6万头只', paragraph), article, () => 'other')).toBe('party_organisation');
  });

  it('reads a territory in 平方公里 as a standing fact of the place', () => {
    expect(classifyCategory(evidence('总面积', '总面积约2460平方公里', '苏木党委推行党建引领，总面积约2460平方公里'), none, () => 'investment', '平方公里')).toBe('other');
  });

  it('falls back when nothing speaks', () => {
    expect(classifyCategory(evidence('数量', '', ''), none, () => 'investment')).toBe('investment');
  });
});
