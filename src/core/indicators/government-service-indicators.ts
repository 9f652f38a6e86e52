/**
 * Approval and government services, hotlines and grids, satisfaction and enterprise services: the
 * measures of 放管服, 营商环境, 政务服务/一网通办, 12345 and 网格化 reporting. Data only; see indicators.ts.
 */
import type { IndicatorDefinition } from './indicators';

/** Words that put a clause in a 12345 hotline report: its 办结率, 满意率 and 办理时间 are the hotline's. */
const HOTLINE_WORDS = ['12345', '热线', '工单', '来电', '诉求', '接诉'] as const;
// A relative cut (压缩60%) of a time limit is the cut-rate row's, by its unit kind.
const TIME_LIMITS = ['审批时限', '审批时间', '审批用时', '办理时限', '承诺时限', '办理时间'] as const;
const MATERIALS_CUT = ['精简申请材料', '申请材料精简', '精简材料', '减少申请材料', '材料精简', '压减材料', '压减申请材料', '减免材料', '免提交材料', '减少材料'] as const;

// The stock of enterprises (规上工业企业368家, 新登记市场主体1.12万户) is the shape of the local economy, not a
// service to it: those rows are `other`. A clause that serves the enterprises it counts (走访企业104家,
// 为57家企业提供上门服务, 包联规上企业115家) is enterprise service, so there the stock rows step aside.
const SERVING_ENTERPRISES = ['走访', '服务', '帮助', '帮扶', '包联', '包挂', '联系', '惠及', '对接', '担保', '提供', '配备', '上门'] as const;

// Filings done for a business or a project rather than for residents: 为企业代办, 重点项目帮办代办.
const SERVED_BUSINESSES = ['企业', '项目', '招商', '客商', '经营主体', '市场主体', '商户', '开办'] as const;

export const GOVERNMENT_SERVICE_INDICATORS = [
  // ── approval speed ──
  {
    id: 'approval-time', nameZh: '审批时限', nameEn: 'Approval time limit',
    domain: 'approval_speed', dimension: 'duration', baseUnit: '工作日', additive: false, direction: 'down',
    cues: ['审批时限', '审批时间', '审批用时', '审批周期', '审批时长', '审批办结时间', '审批耗时'],
  },
  {
    id: 'processing-time', nameZh: '办理时限', nameEn: 'Processing time limit (as promised)',
    domain: 'approval_speed', dimension: 'duration', baseUnit: '工作日', additive: false, direction: 'down',
    cues: ['办理时限', '承诺时限', '承诺办结时限', '办结时限', '法定时限', '办理时间', '办理用时', '办理时长', '办结时间', '办事时间', '承诺时间'],
    excludes: [...HOTLINE_WORDS],
  },
  {
    id: 'business-startup-time', nameZh: '企业开办时间', nameEn: 'Time to start a business',
    domain: 'approval_speed', dimension: 'duration', baseUnit: '工作日', additive: false, direction: 'down',
    cues: ['企业开办时间', '开办企业时间', '企业开办', '开办企业', '企业开办时限', '开办时间', '企业开办用时', '开办企业用时', '企业登记时间', '注册登记时间'],
  },
  {
    id: 'construction-approval-time', nameZh: '工程建设项目审批时间', nameEn: 'Construction project approval time',
    domain: 'approval_speed', dimension: 'duration', baseUnit: '工作日', additive: false, direction: 'down',
    // 从签约到开工仅用45天, 签约至落地由8个月缩短至4.5个月: how fast a signed project gets through its
    // approvals to the site — this reform's own headline, though it reads like investment news.
    cues: ['工程建设项目审批', '工程项目审批', '工程建设审批', '施工许可', '建筑许可', '拿地到开工', '项目审批时间', '项目审批时限', '项目审批用时',
      '签约到开工', '签约至开工', '签约到动工', '签约至动工', '签约到投产', '签约至投产', '签约到落地', '签约至落地', '落地时间', '落地周期', '前期时间'],
  },
  {
    // Projects that start work the day the land is handed over: a count of approvals done in advance.
    id: 'land-to-start-projects', nameZh: '拿地即开工项目', nameEn: 'Projects starting work on receiving the land',
    domain: 'approval_speed', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['拿地即开工', '拿地当天开工', '交地即开工', '拿地即开建', '拿地即发证', '拿地即动工', '交地即发证', '出让即开工', '供地即开工'],
  },
  {
    id: 'property-registration-time', nameZh: '不动产登记时间', nameEn: 'Property registration time',
    domain: 'approval_speed', dimension: 'duration', baseUnit: '工作日', additive: false, direction: 'down',
    cues: ['不动产登记', '不动产登记时间', '不动产办证', '不动产交易登记', '不动产权证', '办理不动产', '抵押登记', '不动产抵押登记'],
  },
  {
    id: 'time-limit-cut', nameZh: '审批时限压缩比例', nameEn: 'Cut in approval and processing time limits',
    domain: 'approval_speed', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: [...TIME_LIMITS, '压缩比例', '压缩率', '时限压缩', '压缩时限', '提速比例', '提速率', '审批提速', '时限压缩率'],
  },
  {
    // The share of a hall's cases settled on the spot describes its caseload, as 办件量 does: readers filed
    // it under service volume nine times in twelve over the keyed folders.
    id: 'instant-service-share', nameZh: '即办件比例', nameEn: 'Share of cases settled on the spot',
    domain: 'service_volume', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['即办件比例', '即办件占比', '即办率', '即办件', '即办事项占比', '即办事项', '即来即办', '当场办结率', '即办'],
  },
  {
    id: 'online-available-rate', nameZh: '网上可办率', nameEn: 'Share of services available online',
    domain: 'service_volume', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['网上可办率', '网办率', '网上可办', '网上办理率', '可网办率', '网上可办比例', '网上可办事项比例', '一网通办率', '网上办事', '网办'],
  },
  {
    id: 'full-online-rate', nameZh: '全程网办率', nameEn: 'Share of services handled fully online',
    domain: 'service_volume', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['全程网办率', '全程网办', '全流程网办', '全程网上办', '全程网上办理', '全流程网上办理', '不见面审批', '不见面办理', '全程电子化'],
  },
  {
    id: 'materials-cut', nameZh: '精简申请材料', nameEn: 'Application documents cut',
    domain: 'approval_speed', dimension: 'count', baseUnit: '份', additive: true, direction: 'up',
    cues: [...MATERIALS_CUT],
  },
  {
    id: 'materials-cut-rate', nameZh: '申请材料精简率', nameEn: 'Share of application documents cut',
    domain: 'approval_speed', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: [...MATERIALS_CUT, '材料精简率', '精简率', '材料压减率', '申请材料压减率'],
  },
  {
    // Per matter (申请材料由12份减至4份): a level of each service, never summed; the sum of cuts is materials-cut.
    id: 'required-documents', nameZh: '申请材料数', nameEn: 'Application documents required',
    domain: 'approval_speed', dimension: 'count', baseUnit: '份', additive: false, direction: 'down',
    cues: ['申请材料', '所需材料', '提交材料', '申报材料', '办事材料', '要件'],
  },
  {
    // Per matter (由5次减至1次): a level of each service, never summed.
    id: 'visits-required', nameZh: '跑动次数', nameEn: 'Trips to the office required',
    domain: 'approval_speed', dimension: 'count', baseUnit: '次', additive: false, direction: 'down',
    cues: ['跑动次数', '跑腿次数', '跑动', '跑腿', '往返次数', '跑路次数', '跑窗口'],
  },
  {
    id: 'approval-items-delegated', nameZh: '取消下放审批事项', nameEn: 'Approval items abolished or delegated',
    domain: 'approval_speed', dimension: 'count', baseUnit: '项', additive: true, direction: 'up',
    cues: ['取消下放', '取消和下放', '下放事项', '取消审批事项', '下放审批事项', '取消行政审批事项', '下放行政审批事项', '精简审批事项', '赋权事项', '承接事项', '下放权限'],
  },
  {
    id: 'procedure-steps', nameZh: '审批环节', nameEn: 'Procedural steps',
    domain: 'approval_speed', dimension: 'count', baseUnit: '个', additive: false, direction: 'down',
    cues: ['审批环节', '办理环节', '办事环节', '环节', '审批流程', '流程环节', '审批程序'],
  },

  // ── service volume: halls, hotlines, grids ──
  {
    // A hall's catalogue: the same matter is listed again in every hall, so sizes are never summed.
    id: 'service-items-in-hall', nameZh: '进驻事项', nameEn: 'Service items in the government service hall',
    domain: 'service_volume', dimension: 'count', baseUnit: '项', additive: false, direction: 'up',
    cues: ['进驻事项', '入驻事项', '进驻大厅事项', '集中办理事项', '可办事项', '政务服务事项', '服务事项'],
  },
  {
    id: 'departments-in-hall', nameZh: '进驻部门', nameEn: 'Departments stationed in the hall',
    domain: 'service_volume', dimension: 'count', baseUnit: '个', additive: false, direction: 'up',
    cues: ['进驻部门', '入驻部门', '进驻单位', '入驻单位', '进驻机构', '入驻机构'],
  },
  {
    id: 'service-windows', nameZh: '服务窗口数', nameEn: 'Service windows',
    domain: 'service_volume', dimension: 'count', baseUnit: '个', additive: true, direction: null,
    cues: ['窗口', '办事窗口', '服务窗口', '综合窗口', '综合受理窗口', '窗口数', '专窗', '业务窗口'],
  },
  {
    id: 'service-stations', nameZh: '便民服务中心（站）', nameEn: 'Service centres and stations',
    domain: 'service_volume', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['便民服务中心', '便民服务站', '便民服务点', '便民服务室', '政务服务站', '政务服务驿站', '服务驿站', '服务站点', '政务服务中心', '代办点'],
  },
  {
    // A catalogue of bundled life-event services (高效办成一件事): its size is a level, never summed.
    id: 'bundled-services', nameZh: '一件事一次办集成服务', nameEn: 'Bundled life-event services',
    domain: 'service_volume', dimension: 'count', baseUnit: '项', additive: false, direction: 'up',
    cues: ['一件事一次办', '高效办成一件事', '一件事', '集成服务', '集成服务事项', '主题服务', '主题服务事项', '集成套餐', '主题套餐', '套餐服务', '一类事'],
  },
  {
    id: 'cases-handled', nameZh: '办件量', nameEn: 'Cases handled',
    domain: 'service_volume', dimension: 'count', baseUnit: '件', additive: true, direction: null,
    cues: ['办件量', '办件', '网上办件', '办理业务', '受理业务', '办理业务量', '业务量', '办结件', '受理件', '受理办件', '办理件', '受理事项', '办结事项'],
    excludes: [...HOTLINE_WORDS],
  },
  {
    // Listed before hotline-closure-rate, which shares 办结率 and 按时办结率: a hotline clause drops this row.
    id: 'case-closure-rate', nameZh: '按期办结率', nameEn: 'On-time completion rate of cases',
    domain: 'approval_speed', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['办结率', '按期办结率', '按时办结率', '按期办结', '按时办结', '提前办结率'],
    excludes: [...HOTLINE_WORDS],
  },
  {
    id: 'hotline-tickets', nameZh: '12345热线工单量', nameEn: 'Hotline tickets received (12345)',
    domain: 'service_volume', dimension: 'count', baseUnit: '件', additive: true, direction: null,
    cues: ['12345', '12345热线', '工单', '热线工单', '受理工单', '热线受理', '来电', '接听来电', '热线来电', '诉求', '群众诉求', '受理诉求', '接诉即办', '派单', '转办工单', '来电来信'],
  },
  {
    // 按期办结率 reads as speed (closed within the time limit), as the seed keys and both fixture annotators have it.
    id: 'hotline-closure-rate', nameZh: '12345工单办结率', nameEn: 'Hotline ticket completion rate',
    domain: 'approval_speed', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['工单办结率', '热线办结率', '诉求办结率', '办结率', '按时办结率'],
  },
  {
    id: 'hotline-response-rate', nameZh: '热线响应率', nameEn: 'Hotline response rate',
    domain: 'service_volume', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['接通率', '响应率', '及时响应率', '按时响应率', '电话接通率', '来电接通率', '签收率', '及时签收率'],
  },
  {
    // Listed before resolution-rate, which shares 问题解决率: the problems an enterprise service collects
    // (收集各类问题386个，问题解决率91.2%); a hotline clause drops this row.
    id: 'enterprise-problem-resolution-rate', nameZh: '企业问题解决率', nameEn: 'Resolution rate of problems raised by enterprises',
    domain: 'enterprise_service', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['问题解决率', '企业问题解决率', '难题解决率', '问题办结率'],
    excludes: [...HOTLINE_WORDS, '群众', '居民', '村民'],
  },
  {
    id: 'resolution-rate', nameZh: '诉求解决率', nameEn: 'Resolution rate of complaints and problems',
    domain: 'service_volume', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['解决率', '问题解决率', '诉求解决率', '办理解决率', '实际解决率'],
  },
  {
    // A grid and its workers are the structure of grassroots governance, not services rendered: over the keyed
    // folders readers filed them under other (26) or party work (19), under service volume 3 times.
    id: 'grids', nameZh: '网格数', nameEn: 'Grid cells',
    domain: 'other', dimension: 'count', baseUnit: '个', additive: true, direction: null,
    cues: ['网格', '网格数', '划分网格', '基础网格', '综合网格', '专属网格', '微网格', '网格单元'],
    // 网格事件办结3380件, 网格员上报事件4326件: the cases a grid handles are its caseload, not the grid.
    excludes: ['事件', '工单', '诉求', '问题', '上报', '办结', '化解', '流转', '处置'],
  },
  {
    id: 'grid-workers', nameZh: '网格员', nameEn: 'Grid workers',
    domain: 'other', dimension: 'count', baseUnit: '人', additive: true, direction: null,
    cues: ['网格员', '专职网格员', '兼职网格员', '网格长', '网格管理员', '网格指导员', '楼栋长', '网格力量'],
  },
  {
    id: 'disputes-resolved', nameZh: '化解矛盾纠纷', nameEn: 'Disputes resolved',
    domain: 'service_volume', dimension: 'count', baseUnit: '件', additive: true, direction: 'up',
    cues: ['化解矛盾纠纷', '矛盾纠纷', '调处纠纷', '调解纠纷', '化解纠纷', '调处矛盾', '调解矛盾纠纷', '调解案件', '纠纷', '矛盾'],
  },
  {
    id: 'dispute-resolution-rate', nameZh: '矛盾纠纷化解率', nameEn: 'Dispute resolution rate',
    domain: 'service_volume', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['矛盾纠纷化解率', '纠纷化解率', '化解率', '调解成功率', '调处成功率', '化解成功率', '调解成功'],
  },
  {
    id: 'residents-visited', nameZh: '走访群众', nameEn: 'Households visited',
    domain: 'service_volume', dimension: 'count', baseUnit: '户', additive: true, direction: 'up',
    cues: ['走访群众', '走访农户', '入户走访', '走访居民', '走访户', '走访家庭', '走访', '入户', '遍访'],
  },
  {
    id: 'petitions', nameZh: '信访量', nameEn: 'Petitions received',
    domain: 'service_volume', dimension: 'count', baseUnit: '件', additive: true, direction: 'down',
    cues: ['信访', '信访件', '信访案件', '信访事项', '信访总量', '来信来访', '群众来访', '来访'],
  },

  // ── satisfaction ──
  {
    // Listed before hotline-satisfaction, which shares 满意率, 满意度 and 回访满意率: 差评回访 of a hall is the hall's.
    id: 'public-satisfaction', nameZh: '群众满意率', nameEn: 'Public satisfaction rate',
    domain: 'satisfaction_rate', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['满意率', '满意度', '群众满意率', '群众满意度', '群众满意', '办事满意度', '办事满意率', '服务满意度', '企业群众满意度', '回访满意率', '回访满意度'],
    excludes: [...HOTLINE_WORDS],
  },
  {
    id: 'hotline-satisfaction', nameZh: '12345热线满意率', nameEn: 'Hotline satisfaction rate',
    domain: 'satisfaction_rate', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['工单满意率', '热线满意率', '热线满意度', '来电满意率', '诉求满意率', '回访满意率', '回访满意度', '满意率', '满意度'],
  },
  {
    id: 'positive-review-rate', nameZh: '好评率', nameEn: 'Positive review rate',
    domain: 'satisfaction_rate', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['好评率', '好差评', '好评', '好评度', '评价好评率', '非常满意率'],
  },
  {
    id: 'bad-review-fix-rate', nameZh: '差评整改率', nameEn: 'Negative reviews rectified',
    domain: 'satisfaction_rate', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['差评整改率', '差评整改', '差评处置率', '差评回访整改率', '差评核实整改率'],
  },
  {
    id: 'enterprise-satisfaction', nameZh: '企业满意度', nameEn: 'Enterprise satisfaction',
    domain: 'satisfaction_rate', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['企业满意度', '企业满意率', '营商环境满意度', '市场主体满意度', '企业评价满意度', '企业获得感'],
  },
  {
    id: 'public-security-sense', nameZh: '群众安全感', nameEn: 'Public sense of security',
    domain: 'satisfaction_rate', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['安全感', '群众安全感', '安全感满意度', '群众安全感满意度', '安全感指数'],
  },

  // ── enterprise services ──
  {
    id: 'enterprises-visited', nameZh: '走访企业', nameEn: 'Enterprises visited',
    domain: 'enterprise_service', dimension: 'count', baseUnit: '家', additive: true, direction: 'up',
    cues: ['走访企业', '走访服务企业', '企业走访', '深入企业', '调研企业', '联系企业', '包联企业', '服务企业', '走访市场主体', '走访民营企业', '走访规上企业', '入企'],
  },
  {
    id: 'problems-collected', nameZh: '收集问题', nameEn: 'Problems collected from enterprises',
    domain: 'enterprise_service', dimension: 'count', baseUnit: '个', additive: true, direction: null,
    cues: ['收集问题', '收集企业问题', '梳理问题', '征集问题', '发现问题', '反映问题', '收集诉求', '企业诉求', '收集意见建议', '意见建议', '问题清单', '困难问题', '收集各类问题', '梳理各类问题', '问题诉求'],
  },
  {
    id: 'problems-solved', nameZh: '解决问题', nameEn: 'Problems solved for enterprises',
    domain: 'enterprise_service', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['解决问题', '解决企业问题', '解决难题', '解决企业难题', '协调解决', '帮助解决', '解决诉求', '解决企业诉求', '办结问题', '解决困难', '销号'],
  },
  {
    id: 'enterprise-task-forces', nameZh: '助企服务专班', nameEn: 'Task forces serving enterprises and industries',
    domain: 'enterprise_service', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['服务专班', '产业服务专班', '产业链服务专班', '企业服务专班', '助企专班', '助企服务队', '惠企服务队', '服务企业专班', '帮扶专班', '链长制专班'],
  },
  {
    id: 'support-funds', nameZh: '惠企资金', nameEn: 'Support funds paid to enterprises',
    domain: 'enterprise_service', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['惠企资金', '兑现惠企资金', '惠企政策资金', '惠企', '奖补资金', '兑现奖补', '产业扶持资金', '扶持资金', '兑现资金', '兑付资金', '政策兑现', '纾困资金'],
  },
  {
    id: 'tax-fee-cuts', nameZh: '减税降费', nameEn: 'Tax and fee cuts',
    domain: 'enterprise_service', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['减税降费', '新增减税降费', '减税', '降费', '减免税费', '减免税', '退税减税', '留抵退税', '退税', '缓税', '退减缓税费', '税费支持政策', '税费优惠'],
  },
  {
    // 新增市场主体 is a change of this stock (aspect `change`), not a measure of its own.
    id: 'market-entities', nameZh: '市场主体数', nameEn: 'Market entities',
    domain: 'other', dimension: 'count', baseUnit: '户', additive: true, direction: 'up',
    cues: ['市场主体', '新增市场主体', '新登记市场主体', '登记市场主体', '市场主体总量', '各类市场主体', '经营主体', '新增经营主体', '个体工商户'],
    excludes: [...SERVING_ENTERPRISES],
  },
  {
    id: 'enterprises', nameZh: '企业数', nameEn: 'Registered enterprises',
    domain: 'other', dimension: 'count', baseUnit: '家', additive: true, direction: 'up',
    cues: ['企业总数', '企业数', '企业户数', '新增企业', '新登记企业', '新设立企业', '新开办企业', '新办企业', '注册企业', '在册企业', '登记企业', '民营企业'],
    excludes: [...SERVING_ENTERPRISES],
  },
  {
    id: 'enterprises-above-scale', nameZh: '规上工业企业数', nameEn: 'Industrial enterprises above designated size',
    domain: 'other', dimension: 'count', baseUnit: '家', additive: true, direction: 'up',
    cues: ['规上工业企业', '规模以上工业企业', '规上企业', '规模以上企业', '新增规上企业', '入规企业', '升规企业', '小升规', '升规入统', '入统企业'],
    excludes: [...SERVING_ENTERPRISES],
  },
  {
    id: 'high-tech-enterprises', nameZh: '高新技术企业', nameEn: 'High-tech enterprises',
    domain: 'other', dimension: 'count', baseUnit: '家', additive: true, direction: 'up',
    cues: ['高新技术企业', '国家高新技术企业', '国家级高新技术企业', '高新企业', '高企'],
    excludes: [...SERVING_ENTERPRISES],
  },
  {
    id: 'financing', nameZh: '企业融资', nameEn: 'Financing and loans arranged for enterprises',
    domain: 'enterprise_service', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['融资', '融资金额', '融资额', '授信', '授信额度', '贷款', '发放贷款', '新增贷款', '普惠贷款', '放贷', '信贷', '信贷支持', '银企对接', '融资对接'],
  },
  {
    // Filings done for residents (为群众代办事项1.26万件, a village's 代办点) or for no one named are a service
    // hall's caseload; done for an enterprise or a project they are enterprise service: over the keyed folders
    // readers filed them so nearly without exception. Listed first, so it steps aside where a business is named.
    id: 'assisted-filings', nameZh: '帮办代办', nameEn: 'Filings done on behalf of applicants',
    domain: 'service_volume', dimension: 'count', baseUnit: '件', additive: true, direction: 'up',
    cues: ['帮办代办', '帮代办', '代办', '帮办', '代办服务', '全程代办', '代办事项', '领办', '为群众代办', '便民代办', '上门代办', '村级代办', '民生代办'],
    excludes: [...SERVED_BUSINESSES],
  },
  {
    id: 'enterprise-assisted-filings', nameZh: '企业帮办代办', nameEn: 'Filings done on behalf of enterprises and projects',
    domain: 'enterprise_service', dimension: 'count', baseUnit: '件', additive: true, direction: 'up',
    cues: ['企业帮办代办', '为企业代办', '企业代办', '项目代办', '项目帮办', '帮办代办', '帮代办', '代办', '帮办', '代办服务', '全程代办', '代办事项', '领办'],
  },
] as const satisfies readonly IndicatorDefinition[];
