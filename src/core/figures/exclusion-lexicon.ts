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

/** Verbs that make N名/N位 after them a move in a ranking, not people: 排名上升5位, 前移3位. */
export const RANK_VERBS: readonly string[] = [
  '前移', '后移', '上升', '提升', '前进', '跃升', '跃居', '后退', '下降', '下滑', '位居', '位列', '排名', '排在', '名列',
];

/** Measure words that numbered slogans and heading lists use: 四个意识, 两项建设, 三条底线. */
export const SLOGAN_MEASURES: ReadonlySet<string> = new Set(['个', '项', '条', '种', '张', '支', '件']);

/**
 * Heads of numbered political formulas and heading enumerations: 两个维护, 四个自信, 三个意识,
 * 四个提升, 一个主题, 两项建设, 三个代表, 四个全面, 两个确立. Abstract nouns and verbs that a
 * literal count (三个调解小组, 两个村党支部) never takes.
 */
export const SLOGAN_HEADS: readonly string[] = [
  '维护', '自信', '意识', '提升', '主题', '建设', '改革', '代表', '全面', '确立', '确保', '坚持', '务必',
  '必须', '区分开来', '毫不动摇', '服从', '到位', '转变', '聚焦', '着力', '突破', '新突破', '优先', '表率',
  '不忘', '牢记', '结合', '攻坚', '行动', '战略', '理念', '原则', '作风', '提高', '强化', '推进', '看齐',
  '落实', '融合', '带头', '争当', '争做', '引领', '统筹', '高地', '责任', '规定', '基本点', '不', '方面', '层面',
];

/** Reign and era names before a year in characters: 洪武二年, 光绪三十四年, 民国十年. */
export const ERA_NAMES: readonly string[] = [
  '公元前', '公元', '民国', '洪武', '永乐', '宣德', '正统', '成化', '弘治', '正德', '嘉靖', '隆庆', '万历',
  '天启', '崇祯', '顺治', '康熙', '雍正', '乾隆', '嘉庆', '道光', '咸丰', '同治', '光绪', '宣统', '贞观',
  '开元', '天宝', '至元', '至正', '元丰', '熙宁', '绍兴', '淳熙', '大中', '景德',
];

/** Nouns after a duration that make it the name of a programme: 三年行动, 100天攻坚, 15分钟生活圈. */
export const PROGRAMME_NOUNS: readonly string[] = [
  '行动', '计划', '规划', '攻坚', '方案', '会战', '大会战', '生活圈', '服务圈', '便民圈', '经济圈', '交通圈',
  '通勤圈', '工程', '义务教育',
];

/** Suffixes after a numeral and measure word that make it a place name: 三台县, 九台区, 八所镇. */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set(['县', '市', '镇', '乡', '村', '区', '州', '旗', '屯', '寨', '庄']);

/** What follows N成 when it is an idiom (一成不变, 八成是 "most likely", 十成把握) rather than a share (三成企业, 七成以上). */
export const IDIOM_AFTER_SHARE = /^(?:不变|是|把握|的把握)/u;

/** Bullet marks that open a heading line: ◆两项建设 筑牢基层堡垒. */
export const BULLET_MARKS: ReadonlySet<string> = new Set([
  '◆', '◇', '■', '□', '●', '○', '▲', '△', '★', '☆', '▶', '►', '※', '◎', '→', '·', '•',
]);

/** Fixed terms with a numeral and a measure word that count nothing: 三次产业 (the tertiary structure). */
export const NUMBERED_TERMS: readonly string[] = ['三次产业', '一二三产业', '三个代表', '一国两制'];

/**
 * Words before N年前 that make it a point in time: the base of a comparison (较5年前, 比三年前, 与十年前相比)
 * or what a copula equates (是三年前的两倍, 为十年前的3倍).
 */
export const COMPARISON_MARKS: readonly string[] = ['较', '比', '与', '同', '和', '跟', '是', '为', '于'];

/**
 * Openers that make the span of time after them a time frame (近三年，…; 未来五年将…; 前4个月产值增长…, the
 * first months of the year), not time spent.
 */
export const TIME_FRAME_OPENERS: readonly string[] = ['近', '过去', '最近', '今后', '未来', '这', '此前', '在近', '在过去', '在这', '前'];

/** Words after a clause-opening span of time that make it "over that span": 十年来, 三年间, 五年里. */
export const TIME_FRAME_CLOSERS: readonly string[] = ['以来', '来', '间', '里', '中'];
