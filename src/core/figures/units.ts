/**
 * The unit lexicon: every unit and measure word a reported figure may carry, as data.
 * Add rows, not branches. Magnitude forms (万元, 亿元, 万平方米, 万人次 …) are derived, never listed.
 */
import type { UnitKind } from '../../dataset/schema';

interface BaseUnit {
  /** The base unit that localities are compared in. */
  unit: string;
  kind: UnitKind;
  /** Other written forms of the same unit, each with its factor to `unit` (1 unless given). */
  aliases?: readonly (string | readonly [written: string, factor: number])[];
  /** Forms only read after Arabic digits: 38方 is a volume, 三方 are parties to an agreement. */
  arabicOnly?: readonly string[];
  /** Every form is read only after Arabic digits: 37面锦旗 is a count, 一面/两面 open idioms. */
  digitsOnly?: boolean;
}

const MONEY: readonly BaseUnit[] = [
  { unit: '元', kind: 'money' },
  { unit: '美元', kind: 'money' },
  { unit: '欧元', kind: 'money' },
  { unit: '港元', kind: 'money' },
];

const MEASURES: readonly BaseUnit[] = [
  { unit: '亩', kind: 'area', aliases: ['畝'] },
  { unit: '平方米', kind: 'area', aliases: ['平米', '平方', '㎡', 'm²', 'm2'] },
  { unit: '平方公里', kind: 'area', aliases: ['平方千米', 'km²', 'km2'] },
  { unit: '公顷', kind: 'area' },
  { unit: '立方米', kind: 'volume', aliases: ['立方', 'm³', 'm3'], arabicOnly: ['方'] },
  { unit: '公里', kind: 'length', aliases: ['千米', 'km'] },
  { unit: '米', kind: 'length' },
  { unit: '毫米', kind: 'length', aliases: ['mm'] },
  { unit: '厘米', kind: 'length', aliases: ['cm'] },
  { unit: '吨', kind: 'weight' },
  { unit: '公斤', kind: 'weight', aliases: ['千克', 'kg'] },
  { unit: '斤', kind: 'weight' },
  { unit: '千瓦', kind: 'power', aliases: ['kW', 'KW', ['兆瓦', 1e3], ['MW', 1e3], ['GW', 1e6]] },
  { unit: '千瓦时', kind: 'energy', aliases: ['kWh', '度电'] },
  { unit: '千伏安', kind: 'power', aliases: ['kVA', ['兆伏安', 1e3], ['MVA', 1e3]] }, // transformer capacity
];

const TIMES: readonly BaseUnit[] = [
  { unit: '工作日', kind: 'duration', aliases: ['个工作日'] },
  { unit: '天', kind: 'duration', aliases: ['日'] },
  { unit: '小时', kind: 'duration', aliases: ['个小时'] },
  { unit: '分钟', kind: 'duration' },
  { unit: '秒', kind: 'duration', aliases: ['秒钟'] },
  { unit: '月', kind: 'duration', aliases: ['个月'] },
  { unit: '季度', kind: 'duration', aliases: ['个季度'] },
  { unit: '周', kind: 'duration', aliases: ['个星期', '星期'] },
  { unit: '年', kind: 'duration' },
  { unit: '岁', kind: 'duration', aliases: ['周岁'] },
];

/** Climate and quality readings: never scaled (no 万℃), and compared only with their own kind. */
const READINGS: readonly BaseUnit[] = [
  { unit: '℃', kind: 'temperature', aliases: ['°C', '摄氏度'] },
  { unit: '微克/立方米', kind: 'concentration', aliases: ['μg/m³', 'μg/m3', 'ug/m3', '微克每立方米', ['毫克/立方米', 1e3], ['mg/m³', 1e3], ['mg/m3', 1e3]] },
  { unit: '毫克/升', kind: 'concentration', aliases: ['mg/L', 'mg/l', '毫克每升'] },
];

// Tenths (三成 = 30%) and parts per thousand or ten thousand (千分之三, 万分之五) convert exactly, so they
// compare as percentages; percentage points stay apart (a change of a rate, not a rate).
const RATIOS: readonly BaseUnit[] = [
  { unit: '%', kind: 'ratio', aliases: ['％', '﹪', ['成', 10], ['‰', 0.1], ['‱', 0.01]] },
  { unit: '百分点', kind: 'ratio', aliases: ['个百分点'] },
  { unit: '倍', kind: 'multiple' },
];

/** Measure words, each its own base; people counted by 名/位 compare as 人. */
const COUNT_WORDS = [
  '个', '家', '项', '件', '次', '人次', '户', '条', '处', '台', '批', '批次', '所', '座', '间', '栋',
  '幢', '场', '场次', '期', '套', '辆', '支', '只', '头', '株', '棵', '张', '份', '本', '篇', '部', '艘',
  '架', '趟', '轮', '起', '宗', '笔', '例', '块', '种', '类', '组', '盏', '眼', '尾', '羽', '部门', '家庭', '标箱',
  '家次', '户次', '台次', '车次', '架次', '班次', '件次', '项次', '轮次', '亩次', '辆次', '艘次', '工日', '学时', '课时',
  '列', '匹', // trains (开行中欧班列486列) and horses
  '分', // points of a score (得分92.6分); written in Chinese numerals (十分, 三分) it is an adverb or a share: see exclusions
  '头只', // livestock counted together, large (头) and small (只)
] as const;
const COUNTS: readonly BaseUnit[] = [
  { unit: '人', kind: 'count', aliases: ['名', '位'] },
  ...COUNT_WORDS.map((unit) => ({ unit, kind: 'count' as const })),
  { unit: '面', kind: 'count', digitsOnly: true }, // 37面锦旗; 一面…一面 and 两面性 are no counts
];

export const BASE_UNITS: readonly BaseUnit[] = [...MONEY, ...MEASURES, ...TIMES, ...READINGS, ...RATIOS, ...COUNTS];

/** Magnitude prefixes as written before a unit (1.4万人, 5千万元, 12.5万吨). */
export const MAGNITUDES: Readonly<Record<string, number>> = {
  百: 1e2, 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 万亿: 1e12,
};

/** Kinds that take a magnitude: 万元 and 万人, never 万% or 万工作日. */
const SCALABLE_KINDS = new Set<UnitKind>(['money', 'area', 'volume', 'length', 'weight', 'power', 'energy', 'count']);

/** One written form of a unit. `factor` turns the written value into `base` units. */
export interface UnitForm {
  written: string;
  base: string;
  factor: number;
  kind: UnitKind;
  arabicOnly: boolean;
}

function formsOf(base: BaseUnit): UnitForm[] {
  const written: [string, number, boolean][] = [
    [base.unit, 1, false],
    ...(base.aliases ?? []).map((a): [string, number, boolean] => (typeof a === 'string' ? [a, 1, false] : [a[0], a[1], false])),
    ...(base.arabicOnly ?? []).map((a): [string, number, boolean] => [a, 1, true]),
  ];
  const digitsOnly = base.digitsOnly === true;
  const bare = written.map(([w, factor, arabicOnly]) => ({ written: w, base: base.unit, factor, kind: base.kind, arabicOnly: arabicOnly || digitsOnly }));
  if (!SCALABLE_KINDS.has(base.kind)) return bare;
  const scaled = Object.entries(MAGNITUDES).flatMap(([prefix, magnitude]) =>
    // Chinese numerals keep 百/千 inside the number (三千人), so only digits take them as prefixes.
    bare.map((form) => ({ ...form, written: prefix + form.written, factor: form.factor * magnitude, arabicOnly: form.arabicOnly || !/[万亿]/u.test(prefix) })),
  );
  return [...bare, ...scaled];
}

/** A magnitude with no unit after it (人口1.5万): the base unit is unknown, so it stays empty. */
const BARE_MAGNITUDES: readonly UnitForm[] = ['千', '万', '十万', '百万', '千万', '亿', '万亿'].map((written) => ({
  written, base: '', factor: MAGNITUDES[written] ?? 1, kind: 'count', arabicOnly: written === '千',
}));

/** Every written form, longest first, so the reader prefers 平方公里 to 平方 and 人次 to 人. */
export const UNIT_FORMS: readonly UnitForm[] = [...BASE_UNITS.flatMap(formsOf), ...BARE_MAGNITUDES]
  .sort((a, b) => b.written.length - a.written.length);

/**
 * What a rate unit may be per (500吨/日, 45元/人, 2万立方米/天, 800元/亩): written → the base the
 * denominator is compared in. Only read after "/" so that 元人民币 or 吨级 never turn into rates.
 */
export const RATE_DENOMINATORS: Readonly<Record<string, string>> = {
  日: '日', 天: '日', d: '日', 年: '年', 月: '月', 周: '周', 小时: '小时', 时: '小时', h: '小时', 次: '次',
  人: '人', 人次: '人次', 户: '户', 床: '床', 亩: '亩', 公顷: '公顷', 平方米: '平方米', '㎡': '平方米', 平米: '平方米',
  吨: '吨', 公斤: '公斤', 千克: '公斤', kg: '公斤', 斤: '斤', 立方米: '立方米', 方: '立方米', 千瓦时: '千瓦时', 度: '千瓦时',
  件: '件', 辆: '辆', 台: '台', 套: '套', 间: '间', 头: '头', 只: '只', 株: '株', 公里: '公里', 千米: '公里', km: '公里',
};

/** Kinds a rate can be built on: 吨/日 and 元/人 yes; a percent or a temperature per day is no unit here. */
export const RATE_KINDS: ReadonlySet<UnitKind> = new Set<UnitKind>(['money', 'area', 'volume', 'length', 'weight', 'energy', 'count', 'duration']);

/**
 * Words that start like a unit but are not one: 98周年 is an anniversary, 3年级 a school grade,
 * 90年代 a decade, 2022年度 a year, 次日 "the next day". A figure never ends in them, unless a longer
 * unit is written there (千伏安 past 千伏).
 */
export const NON_UNIT_WORDS: readonly string[] = [
  '周年', '年级', '年代', '年度', '年底', '年初', '年末', '年中', '次日', '次年', '日电', '日讯',
  '人民', '名单', '期间', '天然', '天津', '时期', '个人所得', '个体', '个性', '个税', '元化', '元素', '元宵',
  '方面', '方式', '方案', '方向', '方位', '方法', '方针',
  '部件', '部分', '部署', '部位', '部队', '部长', '部委', // 零部件, 一部分: 部 opens a noun here
  '面积', '面向', '面对', '面临', '面貌', '面前', // 30面积 never; 面 counts flags and walls only
  '成员', '成立', '成为', '成果', '成效', '成本', '成绩', '成交', '成功', '成熟', '成片', '成型', '成都', // 成 as a verb or noun, not tenths
  '千伏', '伏', // 10千伏线路: a voltage class names the line, it is no amount (千伏安, longer, still reads)
];
