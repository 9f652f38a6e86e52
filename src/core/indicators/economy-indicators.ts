/**
 * Investment, projects, output and fiscal revenue: the measures of 政府工作报告, 统计公报 and
 * 项目建设/招商引资 news. Data only; see indicators.ts for how the rows are read.
 */
import type { IndicatorDefinition } from './indicators';

// A growth row shares its level's cues: the figure's unit kind (money or %) tells them apart.
const FIXED_ASSET_INVESTMENT = ['固定资产投资', '全社会固定资产投资', '固投', '固定资产投入'] as const;
const GDP = ['地区生产总值', '生产总值', 'GDP', '经济总量', '国内生产总值'] as const;
const BUDGET_REVENUE = ['一般公共预算收入', '地方一般公共预算收入', '公共预算收入', '预算收入', '地方财政收入', '地方级收入', '公共财政预算收入'] as const;
const RETAIL_SALES = ['社会消费品零售总额', '社零总额', '社零', '消费品零售总额', '零售总额', '零售额'] as const;

export const ECONOMY_INDICATORS = [
  // ── investment and projects ──
  {
    id: 'signed-projects', nameZh: '签约项目数', nameEn: 'Projects signed',
    domain: 'investment', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['签约项目', '签约落地项目', '集中签约项目', '招商签约项目', '新签约项目', '引进项目', '招引项目', '招商引资项目', '落地项目'],
  },
  {
    // Listed before signed-investment, which shares 总投资: in a clause about signing, 总投资 is the pledge.
    id: 'project-total-investment', nameZh: '项目总投资', nameEn: 'Total planned investment of projects',
    domain: 'investment', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['总投资', '项目总投资', '计划总投资', '投资总额', '概算总投资', '总投资额'],
    excludes: ['签约', '协议'],
  },
  {
    id: 'signed-investment', nameZh: '签约总投资', nameEn: 'Investment pledged in signed projects',
    domain: 'investment', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['签约总投资', '签约金额', '签约资金', '签约额', '签约投资', '协议投资', '协议总投资', '协议资金', '招商引资', '引资', '总投资'],
  },
  {
    id: 'projects-started', nameZh: '开工项目数', nameEn: 'Projects started',
    domain: 'investment', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['开工项目', '新开工项目', '集中开工项目', '开工建设项目', '新开工', '开复工项目'],
  },
  {
    id: 'projects-under-construction', nameZh: '在建项目数', nameEn: 'Projects under construction',
    domain: 'investment', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['在建项目', '续建项目', '在建工程', '在建重点项目'],
  },
  {
    id: 'projects-completed', nameZh: '竣工项目数', nameEn: 'Projects completed',
    domain: 'investment', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['竣工项目', '建成项目', '竣工投产项目', '投产项目', '建成投产', '竣工投产', '竣工'],
  },
  {
    id: 'key-projects', nameZh: '重点项目数', nameEn: 'Key projects',
    domain: 'investment', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['重点项目', '重大项目', '省重点项目', '市重点项目', '亿元以上项目', '重点建设项目', '重大产业项目'],
  },
  {
    id: 'investment-completed', nameZh: '完成投资', nameEn: 'Investment completed',
    domain: 'investment', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['完成投资', '累计完成投资', '完成年度投资', '完成投资额', '年度完成投资', '完成年度计划投资'],
  },
  {
    id: 'funds-in-place', nameZh: '到位资金', nameEn: 'Investment funds received',
    domain: 'investment', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['到位资金', '资金到位', '实际到位资金', '到位内资', '到资', '实际利用内资', '实际到位', '引进内资', '到账资金', '资金到账'],
  },
  {
    // Compared in 元: since 2021 the statistics report 实际使用外资 in RMB; a 美元 figure is money all the same.
    id: 'foreign-investment-used', nameZh: '实际使用外资', nameEn: 'Foreign capital actually used',
    domain: 'investment', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['实际使用外资', '实际利用外资', '利用外资', '使用外资', '外资到位', '外商直接投资', '外资'],
  },
  {
    id: 'fixed-asset-investment', nameZh: '固定资产投资', nameEn: 'Fixed-asset investment',
    domain: 'investment', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: [...FIXED_ASSET_INVESTMENT],
  },
  {
    id: 'fixed-asset-investment-growth', nameZh: '固定资产投资增速', nameEn: 'Fixed-asset investment growth',
    domain: 'investment', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: [...FIXED_ASSET_INVESTMENT, '固定资产投资增速', '固投增速', '投资增速'],
  },
  {
    id: 'funds-secured', nameZh: '争取上级资金', nameEn: 'Funds secured from higher levels of government',
    domain: 'investment', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['争取上级资金', '争取资金', '向上争取资金', '争取中央资金', '争取省级资金', '争取项目资金', '上级补助资金', '专项债券', '专项债', '争取债券资金'],
  },

  // ── output and fiscal ──
  {
    id: 'gdp', nameZh: '地区生产总值', nameEn: 'Gross regional product',
    domain: 'output_revenue', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: [...GDP],
  },
  {
    id: 'gdp-growth', nameZh: '地区生产总值增速', nameEn: 'Gross regional product growth',
    domain: 'output_revenue', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: [...GDP, 'GDP增速', '经济增速', '经济增长', '生产总值增速', '地区生产总值增速'],
    excludes: ['人均'],
  },
  {
    id: 'gdp-per-capita', nameZh: '人均地区生产总值', nameEn: 'Per-capita gross regional product',
    domain: 'output_revenue', dimension: 'money', baseUnit: '元', additive: false, direction: 'up',
    cues: ['人均地区生产总值', '人均生产总值', '人均GDP'],
  },
  {
    // The level of 规上工业增加值 is rarely printed below the province; its growth is the headline.
    id: 'industrial-value-added-growth', nameZh: '规上工业增加值增速', nameEn: 'Industrial value added growth (above designated size)',
    domain: 'output_revenue', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['规上工业增加值', '规模以上工业增加值', '工业增加值', '规上工业增加值增速', '工业增速', '规上工业增速', '规上工业'],
  },
  {
    id: 'industrial-output', nameZh: '工业总产值', nameEn: 'Gross industrial output',
    domain: 'output_revenue', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['工业总产值', '规上工业总产值', '规模以上工业总产值', '工业产值', '规上工业产值', '工业总产出'],
  },
  {
    id: 'output-value', nameZh: '产值', nameEn: 'Output value',
    domain: 'output_revenue', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['产值', '总产值', '年产值', '实现产值', '产业产值', '综合产值', '全产业链产值'],
  },
  {
    id: 'operating-revenue', nameZh: '营业收入', nameEn: 'Operating revenue and sales',
    domain: 'output_revenue', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['营业收入', '营收', '主营业务收入', '销售收入', '经营收入', '营业额', '销售额', '年销售额', '交易额', '成交额', '销售'],
  },
  {
    // 财政总收入 includes the taxes passed up to higher levels; the genre prints both side by side.
    id: 'fiscal-revenue', nameZh: '财政总收入', nameEn: 'Total fiscal revenue',
    domain: 'output_revenue', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['财政总收入', '财政收入', '财政收入总额'],
  },
  {
    id: 'public-budget-revenue', nameZh: '一般公共预算收入', nameEn: 'General public budget revenue',
    domain: 'output_revenue', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: [...BUDGET_REVENUE],
  },
  {
    id: 'public-budget-revenue-growth', nameZh: '一般公共预算收入增速', nameEn: 'General public budget revenue growth',
    domain: 'output_revenue', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: [...BUDGET_REVENUE, '一般公共预算收入增速', '财政收入增速'],
  },
  {
    id: 'tax-revenue', nameZh: '税收收入', nameEn: 'Tax revenue',
    domain: 'output_revenue', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['税收收入', '税收', '税收总额', '入库税收', '纳税额', '实缴税金', '缴纳税金', '上缴税金', '税金', '纳税', '实现税收', '贡献税收'],
  },
  {
    id: 'retail-sales', nameZh: '社会消费品零售总额', nameEn: 'Retail sales of consumer goods',
    domain: 'output_revenue', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: [...RETAIL_SALES],
  },
  {
    id: 'retail-sales-growth', nameZh: '社会消费品零售总额增速', nameEn: 'Retail sales growth',
    domain: 'output_revenue', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: [...RETAIL_SALES, '社零增速', '消费增速', '社会消费品零售总额增速'],
  },
  {
    id: 'foreign-trade', nameZh: '外贸进出口总额', nameEn: 'Foreign trade (imports and exports)',
    domain: 'output_revenue', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['进出口总额', '外贸进出口', '进出口', '外贸总额', '进出口额', '外贸进出口总额', '外贸'],
  },
  {
    id: 'exports', nameZh: '出口总额', nameEn: 'Exports',
    domain: 'output_revenue', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['出口', '出口额', '出口总额', '外贸出口', '出口创汇', '出口交货值'],
  },
  {
    id: 'tourism-revenue', nameZh: '旅游综合收入', nameEn: 'Tourism revenue',
    domain: 'output_revenue', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['旅游综合收入', '旅游收入', '旅游总收入', '旅游业总收入', '旅游消费', '旅游综合效益'],
  },
  {
    // Visits are people, not money: over the keyed folders careful readers filed 接待游客 under other more
    // often than under output (the revenue they bring is `tourism-revenue`).
    id: 'tourist-visits', nameZh: '接待游客人次', nameEn: 'Tourist visits',
    domain: 'other', dimension: 'count', baseUnit: '人次', additive: true, direction: 'up',
    cues: ['接待游客', '游客接待量', '旅游人次', '游客量', '游客人次', '接待旅游者', '游客', '旅游接待', '接待国内外游客', '客流量'],
  },
] as const satisfies readonly IndicatorDefinition[];
