/**
 * Word lists the exclusion rules read. Data only: extend a list rather than adding a branch.
 */

/** Words before a bare N日 that make it time spent rather than a day of the month: 压缩至5日. */
export const DURATION_CUES: readonly string[] = [
  '用时', '历时', '耗时', '用了', '仅用', '只用', '需要', '只需', '仅需', '需', '压缩至', '压缩到', '缩短至',
  '缩短到', '缩短为', '缩减至', '减至', '降至', '时限', '时间', '期限', '提前', '延长', '连续', '为期', '长达',
  '历经', '经过', '不超过', '每',
];

/** Nouns after N期 that make it a phase of a project (二期项目), not a count of sessions. */
export const EDITION_NOUNS: readonly string[] = ['工程', '项目', '建设', '厂房', '用地', '开发', '扩建', '改造'];

/** Units that make 前N… a rank: 前三名, 前10位. */
export const RANK_UNITS: ReadonlySet<string> = new Set(['名', '位']);

/** Measure words that numbered slogans and heading lists use: 四个意识, 两项建设, 三条底线. */
export const SLOGAN_MEASURES: ReadonlySet<string> = new Set(['个', '项', '条', '种', '张', '支', '件']);

/**
 * Heads of numbered political formulas and heading enumerations: 两个维护, 四个自信, 三个意识,
 * 四个提升, 一个主题, 两项建设, 三个代表, 四个全面, 两个确立. Abstract nouns and verbs that a
 * literal count (三个工作机构, 两个党支部) never takes.
 */
export const SLOGAN_HEADS: readonly string[] = [
  '维护', '自信', '意识', '提升', '主题', '建设', '改革', '代表', '全面', '确立', '确保', '坚持', '务必',
  '必须', '区分开来', '毫不动摇', '服从', '到位', '转变', '聚焦', '着力', '突破', '新突破', '优先', '表率',
  '不忘', '牢记', '结合', '攻坚', '行动', '战略', '理念', '原则', '作风', '提高', '强化', '推进', '看齐',
  '落实', '融合', '带头', '争当', '争做', '引领', '统筹', '高地',
];

/** Bullet marks that open a heading line: ◆一个主题 党建激发活力. */
export const BULLET_MARKS: ReadonlySet<string> = new Set([
  '◆', '◇', '■', '□', '●', '○', '▲', '△', '★', '☆', '▶', '►', '※', '◎', '→', '·', '•',
]);
