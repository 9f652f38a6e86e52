/**
 * Employment and income, social insurance, education, health, elderly care and social assistance:
 * the 民生 measures of work reports and bulletins. Data only; see indicators.ts.
 */
import type { IndicatorDefinition } from './indicators';

/** Words that make a bed, a facility or an insurance an elderly-care or pension one. */
const ELDERLY_WORDS = ['养老', '敬老', '老年', '幸福院', '福利院', '托养', '护理院'] as const;

export const LIVELIHOOD_INDICATORS = [
  // ── employment and income ──
  {
    // A flow the genre counts as a measure of its own: the year's figure is a level, not a change.
    id: 'urban-new-jobs', nameZh: '城镇新增就业', nameEn: 'New urban jobs',
    domain: 'employment_income', dimension: 'count', baseUnit: '人', additive: true, direction: 'up',
    cues: ['城镇新增就业', '新增城镇就业', '新增就业', '城镇就业', '实现就业', '带动就业', '吸纳就业', '解决就业', '安置就业', '就业'],
  },
  {
    id: 'job-posts', nameZh: '就业岗位', nameEn: 'Job vacancies offered',
    domain: 'employment_income', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['就业岗位', '提供就业岗位', '提供岗位', '招聘岗位', '用工岗位', '公益性岗位', '用工需求', '岗位'],
  },
  {
    id: 'unemployment-rate', nameZh: '城镇登记失业率', nameEn: 'Registered urban unemployment rate',
    domain: 'employment_income', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'down',
    cues: ['登记失业率', '城镇登记失业率', '失业率', '调查失业率', '城镇调查失业率'],
  },
  {
    id: 'disposable-income', nameZh: '居民人均可支配收入', nameEn: 'Per-capita disposable income of residents',
    domain: 'employment_income', dimension: 'money', baseUnit: '元', additive: false, direction: 'up',
    cues: ['人均可支配收入', '居民人均可支配收入', '全体居民人均可支配收入', '可支配收入', '居民收入', '人均收入'],
  },
  {
    id: 'urban-income', nameZh: '城镇居民人均可支配收入', nameEn: 'Per-capita disposable income of urban residents',
    domain: 'employment_income', dimension: 'money', baseUnit: '元', additive: false, direction: 'up',
    cues: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入', '城镇居民可支配收入', '城镇居民人均收入', '城镇居民收入'],
  },
  {
    id: 'rural-income', nameZh: '农村居民人均可支配收入', nameEn: 'Per-capita disposable income of rural residents',
    domain: 'employment_income', dimension: 'money', baseUnit: '元', additive: false, direction: 'up',
    cues: ['农村居民人均可支配收入', '农村常住居民人均可支配收入', '农民人均可支配收入', '农民人均纯收入', '农村居民人均收入', '农民人均收入', '农村居民收入', '农民收入'],
  },
  {
    id: 'skills-training', nameZh: '职业技能培训', nameEn: 'Vocational and skills training',
    domain: 'employment_income', dimension: 'count', baseUnit: '人次', additive: true, direction: 'up',
    cues: ['职业技能培训', '技能培训', '培训人次', '就业培训', '创业培训', '技能提升', '实用技术培训', '培训农民工', '培训劳动力', '培训人员', '开展培训', '培训'],
    excludes: ['党员', '党务', '干部', '党组织'],
  },
  {
    id: 'labour-transfer', nameZh: '农村劳动力转移就业', nameEn: 'Rural labour placed in work elsewhere',
    domain: 'employment_income', dimension: 'count', baseUnit: '人', additive: true, direction: 'up',
    cues: ['转移就业', '农村劳动力转移', '劳动力转移', '转移农村劳动力', '输出劳动力', '劳务输出', '外出务工', '务工人员', '务工', '劳务'],
  },
  {
    // Before 2020 a stock to reduce (贫困人口), since then people lifted out and monitored: no direction.
    id: 'poverty-lifted', nameZh: '脱贫人口', nameEn: 'People lifted out of poverty',
    domain: 'employment_income', dimension: 'count', baseUnit: '人', additive: true, direction: null,
    cues: ['脱贫人口', '脱贫', '减贫', '脱贫户', '贫困人口', '建档立卡贫困人口', '建档立卡', '贫困户', '贫困群众'],
  },
  {
    // Listed before medical-insured, which shares 参保 and 参保人数: a clause about 医保 drops this row.
    id: 'pension-insured', nameZh: '养老保险参保人数', nameEn: 'People insured for pensions',
    domain: 'employment_income', dimension: 'count', baseUnit: '人', additive: true, direction: 'up',
    cues: ['养老保险参保', '参加养老保险', '基本养老保险', '养老保险', '参保人数', '参保'],
    excludes: ['医保', '医疗'],
  },

  // ── education, health, elderly care, assistance ──
  {
    id: 'schools', nameZh: '中小学校数', nameEn: 'Primary and secondary schools',
    domain: 'education_social', dimension: 'count', baseUnit: '所', additive: true, direction: 'up',
    cues: ['学校', '中小学', '中小学校', '义务教育学校', '新建学校', '新建中小学', '改扩建学校', '学校数'],
  },
  {
    id: 'kindergartens', nameZh: '幼儿园', nameEn: 'Kindergartens',
    domain: 'education_social', dimension: 'count', baseUnit: '所', additive: true, direction: 'up',
    cues: ['幼儿园', '普惠性幼儿园', '公办幼儿园', '新建幼儿园', '改扩建幼儿园', '乡镇幼儿园'],
  },
  {
    id: 'school-places', nameZh: '学位', nameEn: 'School places',
    domain: 'education_social', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['学位', '新增学位', '增加学位', '学位数', '中小学学位', '幼儿园学位', '学前教育学位'],
  },
  {
    id: 'teachers', nameZh: '教师', nameEn: 'Teachers',
    domain: 'education_social', dimension: 'count', baseUnit: '人', additive: true, direction: 'up',
    cues: ['教师', '专任教师', '招聘教师', '新进教师', '特岗教师', '乡村教师', '教职工', '老师'],
  },
  {
    // Listed before elderly-care-beds, which shares 床位: a bed of a 敬老院 is an elderly-care bed.
    id: 'hospital-beds', nameZh: '医疗床位', nameEn: 'Hospital beds',
    domain: 'education_social', dimension: 'count', baseUnit: '张', additive: true, direction: 'up',
    cues: ['床位', '医院床位', '医疗床位', '病床', '卫生机构床位', '医疗卫生机构床位', '开放床位', '编制床位', '住院床位'],
    excludes: [...ELDERLY_WORDS],
  },
  {
    id: 'elderly-care-beds', nameZh: '养老床位', nameEn: 'Elderly-care beds',
    domain: 'education_social', dimension: 'count', baseUnit: '张', additive: true, direction: 'up',
    cues: ['养老床位', '养老机构床位', '养老服务床位', '护理型床位', '敬老院床位', '家庭养老床位', '床位'],
  },
  {
    id: 'elderly-care-facilities', nameZh: '养老服务设施', nameEn: 'Elderly-care facilities',
    domain: 'education_social', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['养老服务设施', '养老机构', '养老院', '敬老院', '养老服务中心', '居家养老服务中心', '养老服务站', '幸福院', '农村幸福院', '日间照料中心', '老年食堂', '长者食堂', '助餐点', '老年助餐点'],
  },
  {
    id: 'medical-insurance-rate', nameZh: '医保参保率', nameEn: 'Medical insurance coverage',
    domain: 'education_social', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['医保参保率', '基本医疗保险参保率', '城乡居民医保参保率', '医疗保险参保率', '医保覆盖率', '参保率'],
    excludes: ['养老保险'],
  },
  {
    id: 'medical-insured', nameZh: '医保参保人数', nameEn: 'People with medical insurance',
    domain: 'education_social', dimension: 'count', baseUnit: '人', additive: true, direction: 'up',
    cues: ['医保参保', '医疗保险参保', '参加医保', '基本医疗保险', '医疗保险', '医保', '参保人数', '参保'],
  },
  {
    id: 'family-doctor-rate', nameZh: '家庭医生签约率', nameEn: 'Family doctor contract coverage',
    domain: 'education_social', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['家庭医生签约率', '家庭医生签约服务率', '家庭医生签约覆盖率', '签约服务覆盖率', '家庭医生签约', '家庭医生', '签约率'],
  },
  {
    id: 'health-facilities', nameZh: '基层医疗卫生机构', nameEn: 'Primary health facilities',
    domain: 'education_social', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['基层医疗卫生机构', '医疗卫生机构', '卫生院', '乡镇卫生院', '卫生室', '村卫生室', '社区卫生服务中心', '社区卫生服务站', '卫生服务站', '卫生服务中心', '医院'],
  },
  {
    id: 'minimum-living-allowance', nameZh: '低保对象', nameEn: 'People on minimum living allowance',
    domain: 'education_social', dimension: 'count', baseUnit: '人', additive: true, direction: null,
    cues: ['低保', '城乡低保', '低保对象', '低保户', '低保人员', '纳入低保', '最低生活保障', '特困人员', '特困供养'],
  },
  {
    id: 'cultural-performances', nameZh: '文化惠民活动', nameEn: 'Public cultural performances and screenings',
    domain: 'education_social', dimension: 'count', baseUnit: '场', additive: true, direction: 'up',
    cues: ['文化惠民', '惠民演出', '文艺演出', '演出', '送戏下乡', '送文化下乡', '文化活动', '群众文化活动', '文艺活动', '电影放映', '放映电影', '公益电影'],
  },
  {
    id: 'livelihood-spending-share', nameZh: '民生支出占比', nameEn: 'Share of budget spent on livelihoods',
    domain: 'education_social', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['民生支出占比', '民生支出比重', '民生支出', '民生投入', '用于民生'],
  },
] as const satisfies readonly IndicatorDefinition[];
