import { describe, expect, it } from 'vitest';
import { classifyMetric } from '../../../src/core/figures/classify-metric';

describe('classifyMetric: the keyword nearest the head noun (the end) wins; broad service words only as a fallback', () => {
  it.each([
    ['群众满意率', '%', 'ratio', 'satisfaction_rate'],
    ['审批时间', '工作日', 'duration', 'approval_speed'],
    ['办结用时', '天', 'duration', 'approval_speed'],
    ['项目总投资', '元', 'money', 'investment'],
    ['公司产值', '元', 'money', 'output_revenue'],
    ['新增就业', '人', 'count', 'employment_income'],
    ['茶园', '亩', 'area', 'land_agriculture'],
    ['拆除违建', '处', 'count', 'environment_infrastructure'],
    ['党员', '人', 'count', 'party_organisation'],
    ['走访企业', '家', 'count', 'enterprise_service'],
    ['办事窗口', '个', 'count', 'service_volume'],
    ['在校学生', '人', 'count', 'education_social'],
    ['面积', '亩', 'area', 'land_agriculture'],
    ['金额', '元', 'money', 'investment'],
    ['数量', '个', 'count', 'other'],
    ['农村污水处理设施覆盖率', '%', 'ratio', 'environment_infrastructure'],
    ['改造老茶园', '亩', 'area', 'land_agriculture'],
    ['企业帮办服务', '次', 'count', 'enterprise_service'],
    ['医保参保人数', '人', 'count', 'education_social'],
    ['一般公共预算收入', '元', 'money', 'output_revenue'],
    ['社会消费品零售总额', '元', 'money', 'output_revenue'],
    ['门票平均价格', '元/人', 'money', 'other'],
    ['光伏项目年发电量', '千瓦时', 'energy', 'environment_infrastructure'],
    ['5G基站', '座', 'count', 'environment_infrastructure'],
    ['医护人员', '人', 'count', 'education_social'],
    ['城镇登记失业率', '%', 'ratio', 'employment_income'],
    // A place's standing facts (climate, altitude) are no measure of what its government did.
    ['年平均降水量', '毫米', 'length', 'other'],
    ['县境平均海拔', '米', 'length', 'other'],
    ['森林覆盖率', '%', 'ratio', 'environment_infrastructure'],
  ] as const)('puts %s (%s) in %s', (metric, baseUnit, unitKind, category) => {
    expect(classifyMetric(metric, baseUnit, unitKind)).toBe(category);
  });
});
