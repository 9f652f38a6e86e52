/**
 * Categories: which part of local government work a figure reports on, decided from its metric
 * label and unit by a keyword lexicon. The first row with a matching keyword wins, so the more
 * specific categories (满意率 before 企业) come first.
 */
import type { Category, UnitKind } from '../../dataset/schema';

/** Ordered rows: category, keywords in the metric, and unit kinds or units that imply it. */
export const CATEGORY_RULES: readonly { category: Category; keywords: readonly string[]; units?: readonly string[] }[] = [
  { category: 'satisfaction_rate', keywords: ['满意', '好评', '认可度'] },
  { category: 'approval_speed', keywords: ['审批', '时限', '办结', '批复', '立项', '提速', '压缩', '办理时间', '开工时间', '承诺时间'], units: ['工作日'] },
  { category: 'party_organisation', keywords: ['党', '支部', '书记', '民主生活会', '组织生活会', '谈心', '主题教育', '学习研讨', '检视', '红旗', '示范岗', '服务之星', '志愿'] },
  { category: 'education_social', keywords: ['学校', '学生', '教师', '教育', '校', '医疗', '医院', '卫生', '儿童', '老人', '文化', '体育', '低保', '救助'] },
  { category: 'employment_income', keywords: ['就业', '增收', '收入', '工资', '养老', '社保', '贫困', '脱贫', '务工', '分红', '创业', '招聘', '人均', '户均', '劳务', '人才'] },
  { category: 'output_revenue', keywords: ['产值', '营收', '营业收入', '销售', '订单', '利润', '税收', '产量', '收益', '生产总值', 'GDP', '产能', '出口', '交易额', '成交'] },
  { category: 'investment', keywords: ['投资', '签约', '招商', '项目', '开工', '续建', '在建', '资金', '融资'] },
  { category: 'land_agriculture', keywords: ['耕地', '种植', '茶', '果', '蔬菜', '基地', '农', '土地', '复垦', '粮', '养殖', '村', '林'], units: ['亩', '公顷'] },
  { category: 'environment_infrastructure', keywords: ['违建', '拆除', '道路', '公路', '绿化', '污水', '垃圾', '设施', '停车', '厂房', '大棚', '渣土', '管网', '改造', '工厂', '环境', '排放', '能耗', '电站', '桥'], units: ['公里', '立方米', '千瓦', '千瓦时', '平方公里', '微克/立方米', '毫克/升'] },
  { category: 'enterprise_service', keywords: ['企业', '帮办', '代办', '走访', '包联', '营商', '市场主体', '观察员', '指标', '商户', '个体'] },
  { category: 'service_volume', keywords: ['办件', '窗口', '事项', '接待', '咨询', '工单', '服务', '便民', '业务', '政务', '群众', '办理', '建议', '问题', '招投标', '采购', '热线'] },
];

/**
 * Picks the category of a figure from its metric label, base unit and unit kind.
 * @example classifyMetric('群众满意率', '%', 'ratio') // 'satisfaction_rate'
 */
export function classifyMetric(metric: string, baseUnit: string, unitKind: UnitKind): Category {
  const byKeyword = CATEGORY_RULES.find((rule) => rule.keywords.some((k) => metric.includes(k)));
  if (byKeyword) return byKeyword.category;
  const byUnit = CATEGORY_RULES.find((rule) => rule.units?.includes(baseUnit));
  if (byUnit) return byUnit.category;
  return unitKind === 'money' ? 'investment' : 'other';
}
