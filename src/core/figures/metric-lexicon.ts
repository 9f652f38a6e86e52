/**
 * Words the metric labeller trims or stops at. Data only.
 */
import type { UnitKind } from '../../dataset/schema';

/** Openers that carry no meaning of their own: 其中, 累计, 今年以来. Stripped from the label's start. */
export const FILLERS_BEFORE: readonly string[] = [
  '截至目前', '今年以来', '去年以来', '其中', '共计', '累计', '合计', '先后', '目前', '今年', '去年', '全年',
  '同时', '此外', '另外', '据介绍', '据统计', '已经', '已', '并', '还', '又', '均', '共', '都', '将', '为', '在',
  '拟', '全省', '全市', '全州', '全县', '全区', '全镇', '全乡', '全村', '全街道', '全旗', '全盟', '该省', '该市', '该州',
  '该县', '该区', '该镇', '该乡', '该村', '该旗', '该街道', '本市', '本县', '本区', '本镇', '力争', '有', '的', '但', '而', '使得', '使', '让', '该局', '该所', '该院', '该委', '该',
  // 这个总投资18亿元的项目: a demonstrative points at the thing, it does not name it.
  '这个', '这些', '这项', '这批', '此',
];

/** Verbs and links between a label and its number: 总投资达, 增加到, 压缩至. Stripped from the end. */
export const LINKS_BEFORE: readonly string[] = [
  '达到', '达', '为', '是', '有', '共', '计', '约', '近', '超过', '突破', '逾', '合计', '累计', '增至', '减至',
  '压缩至', '压缩到', '缩短至', '缩短为', '提高到', '提高至', '提升至', '提升到', '增加到', '增长到', '回升到',
  '上升到', '下降到', '降至', '至', '到', '了', '的', '由原来的', '由', '从', '仅用', '只用', '用了', '不到',
  '不足', '超', '已', '已经', '分别', '等', '由原来', '由过去', '从原来', '从过去', '原来', '过去', '稳定在', '保持在',
  '控制在', '做到', '均', '均达到', '在', '可达', '将达', '平均', '由平均', '从平均',
  '只', '仅', '才', '就', // 立项只用了一周: an adverb before the time spent
  '减少到', '减少至', '减少为', '增加至', '降低到', '降低至', '下降至', '提高为', '扩大到', '扩大至', '整合为', '精简为', '精简到',
  '保持', '稳定', '维持在', '维持', // 满意率保持100%: a rate held, not a rate of holding
];

/** Where the before-figure was measured (由法定的20个工作日, 由2020年的18%): dropped with its 由/从. */
export const BEFORE_POINT = /(?:由|从)(?:法定|原来|过去|原先|以前|此前|改革前|去年|上年|年初|(?:\d{2,4}|[〇零一二三四五六七八九]{2,4})年(?:底|末|初)?)?$/u;

/** Where the noun after a measure word ends: 35个新项目全部投产 → 新项目. */
export const STOPS_AFTER: readonly string[] = [
  '的', '等', '和', '及', '与', '实现', '全部', '获', '被', '提供', '通过', '带动', '参与', '进行', '开展',
  '完成', '顺利', '正', '已', '均', '都', '将', '在', '于', '从', '向', '为', '是', '有', '让', '使', '把',
  '对', '给', '召开', '成为', '入驻', '落', '延伸', '共', '累计', '合计', '总', '其中', '中', '参加', '参与', '组成',
  '签订', '到', '同步', '集中', '覆盖', '全覆盖', '纳入', '获得', '受益', '陆续', '分布', '进驻', '入选', '建成',
  '投入', '投用', '运营', '实施', '推行', '享受', '列入', '约', '近', '可',
  '大的', '小的', '长的', '高的', '重的', '多的', // 5台行车大的长达52米: an adjective and 的 start a predicate
];

/** Nouns that hold a stop word (服务中心, 中学, 总站, 合作社): a stop inside them does not end the noun. */
export const NOUNS_HOLDING_STOPS: readonly string[] = [
  '中心', '中学', '中药', '中医', '总站', '总部', '总院', '合作社', '有限公司', '在线',
  '进驻单位', '进驻部门', '入驻单位', '入驻企业', '入驻部门', '入驻商户', // 42个进驻单位: a verb that names the noun
];

/** A one-character size word after 的 and the dimension it names: 行车大的长达52米 → 行车长度. */
export const DIMENSION_WORDS: Readonly<Record<string, string>> = { 长: '长度', 宽: '宽度', 高: '高度', 深: '深度', 重: '重量' };

/**
 * Verbs that open a programme rather than name a measure (打造15分钟便民服务区, 坚持每两周学习): when the
 * words before a number are only one of these, the noun after the number is what the figure is about.
 */
export const PROGRAMME_VERBS: readonly string[] = [
  '打造', '坚持', '构建', '建设', '推行', '推进', '实施', '开展', '建立', '形成', '创建', '落实', '实行', '推广',
];

/** Label endings that only look like a link at their end: 人均 keeps its 均. */
export const KEPT_ENDINGS: readonly string[] = ['人均', '户均', '亩均', '年均', '日均', '月均'];

/**
 * Verbs that open a predicate right after a measure word: in 材料从2860份减少到1720份 or 窗口由68个整合为36个
 * no noun follows the number, so the label is the subject before it.
 */
export const VERBS_AFTER: readonly string[] = [
  '减少', '减至', '减到', '减为', '降为', '降至', '降到', '降低', '下降', '增加', '增至', '增到', '增长', '提高', '提升',
  '提至', '整合', '合并', '精简', '压缩', '压减', '缩短', '缩减', '扩大', '变为', '调整', '优化', '上升', '达到', '以上',
];

/**
 * Verbs that only say a figure exists (实现产值, 建成基站, 现有医护人员): the label is what follows them.
 * 完成 stays: 完成投资 is the statistical term.
 */
export const EMPTY_VERBS: readonly string[] = ['实现', '建成', '现有', '拥有', '共有', '设有', '下设', '辖有', '辖'];

/** Markers that move the object before the verb (把比例提高到, 将可办率提高到): the label follows them. */
export const OBJECT_MARKERS: readonly string[] = ['将', '把'];

/** Heads too general to stand alone after 的: 占预算支出的比重 keeps its owner (预算支出比重). */
export const GENERIC_HEADS: readonly string[] = ['比重', '比例', '占比', '份额', '总数', '数量', '规模', '水平'];

/** Nouns that open with 在 (在校学生, 在建项目): a leading 在 here is no preposition to strip. */
export const WORDS_WITH_ZAI: readonly string[] = [
  '在校', '在职', '在岗', '在编', '在册', '在建', '在线', '在读', '在押', '在手', '在营', '在库', '在园', '在院', '在途', '在保',
];

/** Nouns that open with 有 (有效投资, 有机肥): a leading 有 here is no verb to strip. */
export const WORDS_WITH_YOU: readonly string[] = ['有效', '有机', '有线', '有色', '有关', '有限', '有害', '有序', '有偿', '有形'];

/** A fallback label when the text names nothing: the dimension itself. */
export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  money: '金额', area: '面积', volume: '体积', length: '长度', weight: '重量', power: '功率', energy: '电量',
  duration: '时长', count: '数量', ratio: '比例', multiple: '倍数', fraction: '比例',
  temperature: '温度', concentration: '浓度',
};
