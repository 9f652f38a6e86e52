import { describe, expect, it } from 'vitest';
import { classifyCategory, findArticleLeaning, findCategoryEvidence } from '../../../src/core/indicators/classify-category';

const evidence = (metric: string, clause = metric, paragraph = clause) => findCategoryEvidence({ metric, clause, paragraph, indicator: null });
const none = new Map();

describe('classifyCategory', () => {
  it.each([
    ['a satisfaction rate', '群众满意率', 'satisfaction_rate'],
    ['an approval time', '审批时间', 'approval_speed'],
    ['enterprises visited', '走访企业数', 'enterprise_service'],
    ['party members trained', '培训党员人次', 'party_organisation'],
    ['a budget revenue over a bare 收入', '一般公共预算收入', 'output_revenue'],
  ])('reads %s from its label', (_name, metric, category) => {
    expect(classifyCategory(evidence(metric), none, () => 'other')).toBe(category);
  });

  it('lets a figure that says little lean the way its article does', () => {
    const article = findArticleLeaning([evidence('党员示范岗数'), evidence('培训党员人次'), evidence('发展党员人数')]);
    expect(classifyCategory(evidence('检视问题数', '检视问题11个', '检视问题11个'), article, () => 'other')).toBe('party_organisation');
  });

  it('keeps a figure whose own words are clear to its own category in an article of another', () => {
    const article = findArticleLeaning([evidence('党员示范岗数'), evidence('培训党员人次')]);
    expect(classifyCategory(evidence('审批时间'), article, () => 'other')).toBe('approval_speed');
  });

  it('falls back when nothing speaks', () => {
    expect(classifyCategory(evidence('数量', '', ''), none, () => 'investment')).toBe('investment');
  });
});
