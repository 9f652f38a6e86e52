/**
 * Categories: which part of local government work a figure reports on, decided from its metric
 * label and unit by a keyword lexicon. The first row with a matching keyword wins, so the more
 * specific categories (满意率 before 企业) come first.
 */
import type { Category, UnitKind } from '../../dataset/schema';
import { createWordIndex, scanWords } from '../text/create-word-index';

/**
 * Ordered rows: category, keywords in the metric, and units that imply it. A `generic` row names
 * broad heads (服务, 问题, 办理) and is only used when no specific row matches.
 */
export const CATEGORY_RULES: readonly { category: Category; keywords: readonly string[]; units?: readonly string[]; generic?: boolean }[] = [
  { category: 'satisfaction_rate', keywords: ['满意', '好评', '差评', '认可度', '评价'] },
  { category: 'approval_speed', keywords: ['审批', '时限', '办结', '批复', '立项', '提速', '压缩', '办理时间', '开工时间', '承诺时间'], units: ['工作日'] },
  { category: 'party_organisation', keywords: ['党', '支部', '书记', '民主生活会', '组织生活会', '谈心', '主题教育', '学习研讨', '检视', '红旗', '示范岗', '服务之星', '志愿'] },
  { category: 'education_social', keywords: ['学校', '学生', '教师', '教育', '校', '医疗', '医院', '卫生', '儿童', '老人', '文化', '体育', '低保', '救助',
    '医保', '参保', '医药', '就医', '报销', '患者', '病种', '学位', '教学', '入学', '幼儿园', '中小学', '床位',
    '医护', '门诊', '诊疗', '护士', '医生', '医师', '演出', '观众', '文艺', '演练', '民生'] },
  // 带动农户3100户, 惠及农户25万户: the households a programme lifts are its income effect, whatever it grows.
  { category: 'employment_income', keywords: ['就业', '增收', '收入', '工资', '养老', '社保', '贫困', '脱贫', '务工', '分红', '创业', '招聘', '人均', '户均', '劳务', '人才', '失业',
    '带动农户', '惠及农户', '受益农户', '带动群众', '带动村民', '带动农民', '带贫', '联农带农'] },
  { category: 'output_revenue', keywords: ['产值', '营收', '营业收入', '销售', '订单', '利润', '税收', '产量', '收益', '生产总值', 'GDP', '产能', '出口', '交易额', '成交',
    '预算收入', '财政收入', '税收收入', '综合收入', '旅游收入', '经营收入', '零售', '消费品', '进出口', '外贸', '增加值', '营业额'] },
  { category: 'investment', keywords: ['投资', '签约', '招商', '项目', '开工', '续建', '在建', '资金', '融资'] },
  { category: 'land_agriculture', keywords: ['耕地', '种植', '茶', '果', '蔬菜', '基地', '农', '土地', '复垦', '粮', '养殖', '村', '林'], units: ['亩', '公顷'] },
  { category: 'environment_infrastructure', keywords: ['违建', '拆除', '道路', '公路', '绿化', '污水', '垃圾', '设施', '停车', '厂房', '大棚', '渣土', '管网', '改造', '工厂', '环境', '排放', '能耗', '电站', '桥',
    '厕', '电梯', '充电', '公园', '步道', '楼栋', '锅炉', '公交', '航线', '机场', '空气', '水质', '森林', '生态', '造林', '污染',
    '发电', '装机', '电量', '用电', '供电', '光伏', '风电', '能源', '标准煤', '二氧化碳', '减排', '节能', '基站', '5G', '宽带',
    '出入口', '高速', '里程'], units: ['公里', '立方米', '千瓦', '千瓦时', '平方公里', '微克/立方米', '毫克/升'] },
  { category: 'enterprise_service', keywords: ['企业', '帮办', '代办', '走访', '包联', '营商', '市场主体', '观察员', '指标', '商户', '个体', '经营主体', '客商', '金融机构'] },
  // Prices and fares are no investment, though they are money: 门票平均价格45元/人. A place's standing facts
  // — its people, its climate and relief, the villages it governs — report no work of government.
  { category: 'other', keywords: ['价格', '票价', '门票', '单价', '均价', '人口', '海拔', '气温', '降水', '无霜', '行政村', '村民组', '村民小组', '居民小组'] },
  { category: 'service_volume', generic: true, keywords: ['办件', '窗口', '事项', '接待', '咨询', '工单', '服务', '便民', '业务', '政务', '群众', '办理', '建议', '问题', '招投标', '采购', '热线',
    '诉求', '坐席', '接通', '响应', '纠纷', '网格', '证书', '证明', '跑腿'] },
];

type CategoryRule = (typeof CATEGORY_RULES)[number];
interface RuleMatch { end: number; length: number }

// Every row's keywords in one index, so a metric is read once rather than searched once per keyword.
const RULE_KEYWORDS = CATEGORY_RULES.flatMap((rule, row) => rule.keywords.map((word) => ({ word, row })));
const RULE_KEYWORD_INDEX = createWordIndex(RULE_KEYWORDS.map((keyword) => keyword.word));

/**
 * Per row, where its keyword that ends last in the metric ends (-1: none), and the longest keyword
 * ending there (预算收入 over 收入): the later a keyword ends, the nearer it is to the head noun.
 */
function findRuleMatches(metric: string): RuleMatch[] {
  const matches = CATEGORY_RULES.map((): RuleMatch => ({ end: -1, length: 0 }));
  for (const position of RULE_KEYWORD_INDEX.empty) considerMatch(matches, position, metric.length);
  scanWords(RULE_KEYWORD_INDEX, metric, (position, at) => considerMatch(matches, position, at + (RULE_KEYWORDS[position]?.word.length ?? 0)));
  return matches;
}

// A module function, not a closure made per metric: under tsx (keepNames) each named closure costs an
// Object.defineProperty call every time it is made.
function considerMatch(matches: RuleMatch[], position: number, end: number): void {
  const { word, row } = RULE_KEYWORDS[position] as { word: string; row: number };
  const match = matches[row] as RuleMatch;
  if (end > match.end) [match.end, match.length] = [end, word.length];
  else if (end === match.end && end > 0 && word.length > match.length) match.length = word.length;
}

const rowsWhere = (generic: boolean): number[] => CATEGORY_RULES.flatMap((rule, row) => ((rule.generic === true) === generic ? [row] : []));
const SPECIFIC_ROWS = rowsWhere(false);
const GENERIC_ROWS = rowsWhere(true);

// Chinese noun phrases are head-final: 农村生活污水处理设施覆盖率 is about 设施, 改造茶园 about 茶园.
// So the keyword that ends last wins; on a tie, the longer keyword (一般公共预算收入 is 预算收入, not
// 收入), then the earlier (more specific) row.
function findHeadRule(matches: readonly RuleMatch[], rows: readonly number[]): CategoryRule | undefined {
  let best: { rule: CategoryRule; end: number; length: number } | undefined;
  for (const row of rows) {
    const { end, length } = matches[row] as RuleMatch;
    if (end > 0 && (!best || end > best.end || (end === best.end && length > best.length))) best = { rule: CATEGORY_RULES[row] as CategoryRule, end, length };
  }
  return best?.rule;
}

/**
 * Picks the category of a figure from its metric label, base unit and unit kind.
 * @example classifyMetric('群众满意率', '%', 'ratio') // 'satisfaction_rate'
 */
export function classifyMetric(metric: string, baseUnit: string, unitKind: UnitKind): Category {
  const matches = findRuleMatches(metric);
  const byKeyword = findHeadRule(matches, SPECIFIC_ROWS) ?? findHeadRule(matches, GENERIC_ROWS);
  if (byKeyword) return byKeyword.category;
  const byUnit = CATEGORY_RULES.find((rule) => rule.units?.includes(baseUnit));
  if (byUnit) return byUnit.category;
  return unitKind === 'money' ? 'investment' : 'other';
}
