/**
 * Party building (党建) and the recurring work measures that belong to no one sector: volunteering,
 * events, publicity, inspections, population. Data only; see indicators.ts.
 */
import type { IndicatorDefinition } from './indicators';

export const COMMUNITY_INDICATORS = [
  // ── party building ──
  {
    id: 'party-organisations', nameZh: '党组织数', nameEn: 'Party organisations',
    domain: 'party_organisation', dimension: 'count', baseUnit: '个', additive: true, direction: null,
    cues: ['党组织', '基层党组织', '新建党组织', '成立党组织', '两新党组织', '非公党组织', '党委', '党总支', '党支部', '联合党支部', '功能型党支部', '党小组', '支部'],
  },
  {
    id: 'party-members', nameZh: '党员数', nameEn: 'Party members',
    domain: 'party_organisation', dimension: 'count', baseUnit: '人', additive: true, direction: null,
    cues: ['党员', '党员人数', '党员总数', '共产党员', '在册党员', '农村党员', '流动党员', '党员干部'],
  },
  {
    id: 'members-recruited', nameZh: '发展党员', nameEn: 'New party members recruited',
    domain: 'party_organisation', dimension: 'count', baseUnit: '人', additive: true, direction: 'up',
    cues: ['发展党员', '新发展党员', '吸收党员', '新党员', '入党'],
  },
  {
    id: 'members-trained', nameZh: '培训党员', nameEn: 'Party members and cadres trained',
    domain: 'party_organisation', dimension: 'count', baseUnit: '人次', additive: true, direction: 'up',
    cues: ['培训党员', '党员培训', '培训党员干部', '党员干部培训', '党员教育培训', '轮训党员', '集中轮训', '轮训', '培训党务工作者', '培训干部', '干部培训', '培训基层干部'],
  },
  {
    id: 'party-activities', nameZh: '主题党日和组织生活', nameEn: 'Party days, lectures and organisational meetings',
    domain: 'party_organisation', dimension: 'count', baseUnit: '次', additive: true, direction: 'up',
    cues: ['主题党日', '主题党日活动', '党日活动', '组织生活', '组织生活会', '民主生活会', '三会一课', '支部活动', '党课', '专题党课', '讲党课', '微党课'],
  },
  {
    id: 'party-members-reporting', nameZh: '在职党员到社区报到', nameEn: 'Serving party members reporting to communities',
    domain: 'party_organisation', dimension: 'count', baseUnit: '人', additive: true, direction: 'up',
    cues: ['在职党员报到', '党员报到', '到社区报到', '进社区报到', '双报到', '报到', '下沉党员', '下沉'],
  },
  {
    id: 'village-first-secretaries', nameZh: '驻村第一书记和工作队员', nameEn: 'First secretaries and work-team members stationed in villages',
    domain: 'party_organisation', dimension: 'count', baseUnit: '人', additive: true, direction: null,
    cues: ['驻村第一书记', '第一书记', '驻村工作队', '驻村工作队员', '工作队员', '驻村干部', '选派干部'],
  },
  {
    id: 'party-service-centres', nameZh: '党群服务中心', nameEn: 'Party-masses service centres',
    domain: 'party_organisation', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['党群服务中心', '党群服务站', '党群服务驿站', '党群活动中心', '党员活动室', '党建阵地', '党建示范点', '红色驿站'],
  },

  // ── other recurring measures ──
  {
    id: 'volunteers', nameZh: '志愿者', nameEn: 'Volunteers',
    domain: 'other', dimension: 'count', baseUnit: '人', additive: true, direction: 'up',
    cues: ['志愿者', '注册志愿者', '志愿者人数', '青年志愿者', '党员志愿者', '志愿服务队员'],
  },
  {
    id: 'volunteer-activities', nameZh: '志愿服务活动', nameEn: 'Volunteer service activities',
    domain: 'other', dimension: 'count', baseUnit: '次', additive: true, direction: 'up',
    cues: ['志愿服务', '志愿服务活动', '志愿活动', '志愿服务项目'],
  },
  {
    id: 'events-held', nameZh: '活动场次', nameEn: 'Events held',
    domain: 'other', dimension: 'count', baseUnit: '场', additive: true, direction: 'up',
    cues: ['活动场次', '活动', '开展活动', '举办活动', '组织活动', '主题活动', '专题活动', '系列活动', '各类活动'],
  },
  {
    id: 'publicity-events', nameZh: '宣传活动', nameEn: 'Publicity and outreach sessions',
    domain: 'other', dimension: 'count', baseUnit: '场', additive: true, direction: 'up',
    cues: ['宣传活动', '集中宣传', '普法宣传', '宣传教育', '宣讲', '宣讲活动', '宣讲会', '专题宣讲', '宣传'],
  },
  {
    id: 'publicity-materials', nameZh: '发放宣传资料', nameEn: 'Publicity materials handed out',
    domain: 'other', dimension: 'count', baseUnit: '份', additive: true, direction: 'up',
    cues: ['宣传资料', '发放宣传资料', '宣传册', '宣传手册', '宣传单', '宣传页', '宣传折页', '宣传品', '明白纸', '发放资料'],
  },
  {
    id: 'inspections', nameZh: '检查次数', nameEn: 'Inspections',
    domain: 'other', dimension: 'count', baseUnit: '次', additive: true, direction: null,
    cues: ['检查', '监督检查', '执法检查', '安全检查', '检查企业', '检查场所', '督查', '督导', '巡查', '排查', '抽查', '暗访'],
  },
  {
    id: 'hazards-fixed', nameZh: '整改隐患', nameEn: 'Safety hazards found and fixed',
    domain: 'other', dimension: 'count', baseUnit: '处', additive: true, direction: 'up',
    cues: ['隐患', '安全隐患', '风险隐患', '问题隐患', '整改隐患', '排查隐患', '消除隐患', '整改问题'],
  },
  {
    id: 'resident-population', nameZh: '常住人口', nameEn: 'Resident population',
    domain: 'other', dimension: 'count', baseUnit: '人', additive: true, direction: null,
    cues: ['常住人口', '户籍人口', '总人口', '人口'],
  },
  {
    id: 'urbanisation-rate', nameZh: '城镇化率', nameEn: 'Urbanisation rate',
    domain: 'other', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['城镇化率', '常住人口城镇化率', '户籍人口城镇化率'],
  },
] as const satisfies readonly IndicatorDefinition[];
