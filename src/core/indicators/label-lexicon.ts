/**
 * Words the label resolver reads. Data only.
 */
/**
 * Heads that name a measure only of something said before them: 新签约亿元以上项目45个，总投资261亿元 —
 * the 总投资 is the projects' total; 违建119处约6240平米 — the 面积 is the demolished buildings'.
 */
export const BARE_HEADS: ReadonlySet<string> = new Set([
  '金额', '面积', '体积', '长度', '重量', '功率', '电量', '总投资', '投资', '投资额', '计划投资', '协议投资', '总投资额', '产值', '年产值', '销售额',
  '营业收入', '营收', '收入', '成交额', '成交金额', '资金', '总面积', '占地', '占地面积', '建筑面积', '规模', '总量', '产量',
  '用地', '库容', '价值', '总额', '金额', '合同额',
]);

/** What a count is named by: 走访企业 → 走访企业数, 培训 (人次) → 培训人次. The first unit row that matches wins. */
export const COUNT_SUFFIXES: readonly (readonly [units: RegExp, suffix: string])[] = [
  [/^(?:人次|万人次)$/u, '人次'],
  [/^(?:户次|家次|件次)$/u, '次'],
  [/(?:次|场次|批次|轮次)$/u, '次数'],
  [/^(?:万|千)?(?:人|名|位)$/u, '人数'],
  [/^(?:万|千)?户$/u, '户数'],
];

/** Label endings that already name a count or a rate: no suffix after them. */
export const COUNTED_ENDINGS = /(?:数|量|数量|人次|次数|总数|率|比例|占比|人数|户数|件数|规模|总量|得分|分值|评分)$/u;

/** Words a lead may end in that belong to the sentence, not the measure: 局机关党支部与42个进驻单位. */
export const DANGLING_ENDINGS = /[与和及对为向给把在从由让使被]$/u;

/** The lead kept before the noun after a measure word: a verb (走访, 新建, 培育), not a clause or a stray character. */
export const MIN_VERB_LEAD = 2;
export const MAX_VERB_LEAD = 4;

/**
 * Verbs that open the predicate after a counted noun (9个村实现了产业全覆盖, 520人实现就近就业): the count
 * is of the nouns the predicate holds for, and the label says so (实现产业全覆盖的村).
 */
export const PREDICATE_VERBS = /^(?:实现|完成|接入|参与|参加|入驻|进驻|获得|获评|入选|纳入|享受|受益|覆盖|签约|落户|开工|竣工|投产|建成|达标|通过|超过|从事|加入)/u;
/** Words inside such a predicate that say nothing of it: 了, 全部, 均, 都, 已. */
export const PREDICATE_FILLERS = /了|全部|均|都|已经|已/gu;
export const MAX_PREDICATE = 10;

/** 比全县平均水平高出18%: the standard of a comparison and which way the gap goes. */
// 同比, 环比, 比上年 are changes over time (change-labels.ts reads them); 比重 and 比例 are shares.
export const COMPARISON_LEAD = /(?:(?<![同环对相])比(?![重例上去年])|较(?![上去年])|高于|低于|超过|超出|领先于?)(?<than>[^，。；、,;]{1,12}?)(?:(?<average>的?平均水平|的?平均值|的?平均)(?<verb>高出|多出|高了?|低了?|多了?|少了?|快了?|慢了?)?|(?<bare>高出|多出|低了?|少了?|高了?|多了?))(?:约|近)?$/u;
export const LOWER_VERBS = /^(?:低|少|慢)/u;
/** Words before the standard that only say it is near: 比相邻的田州镇, 比邻近的祥云县. */
export const NEAR_WORDS = /^(?:相邻的?|邻近的?|周边的?|同期的?)/u;

/** Particles right after a place that belong to it, not to the measure: 镇里组建…, 区内新建…. */
export const AFTER_PLACE = /^[里内]/u;
/** A street's office written after it (钟楼街道办已办件600多件, 某街道办事处): part of the place. */
export const STREET_OFFICE = /^(?:办事处|办)/u;

/** Nouns for people a label may end in: 人员, 网格员, 党员, 群众, 村民 — counted in 人, they take 数. */
export const PEOPLE_ENDINGS = /(?:人员|员|者|人|群众|居民|村民|农民|干部|学生|教师|医生|人才|职工|工人|家庭|青年|劳动力|骨干|志愿者|代表)$/u;

/** 3642平米的七堰社区工厂, 总投资6.8亿元的智能家电产业园: the noun a figure's 的 qualifies is what it measures. */
export const NOUN_AFTER_OF = /^的(?<noun>[\p{Script=Han}]{2,10}?)(?=[，。；、,;！？!?（(]|等|落地|开工|建成|投产|竣工|正式|已|将|于|在|是|$)/u;
/** 一座总投资…: the count of the thing before its measure is no part of the label. */
export const LEADING_COUNT = /^[一二两三四五六七八九十\d]+[座个家项处栋间条所批]/u;
/** Nouns after 的 that name no thing measured: 5亿元的目标, 98%的水平. */
export const ABSTRACT_NOUNS = /^(?:目标|任务|水平|规模|成绩|佳绩|好成绩|基础|记录|高位|历史|增长|增幅|承诺|要求|标准|比例|比重|份额|速度|幅度)/u;

/** 立项只用了一周, 仅用6个工作日: time spent doing something, named 用时. */
export const TIME_SPENT_LEAD = /(?:用了|仅用|只用|耗时|历时|花了|用时)$/u;
export const TIME_ENDINGS = /(?:时间|时限|用时|历时|耗时|周期|时长|期限|工期)$/u;
