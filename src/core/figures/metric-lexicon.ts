/**
 * Words the metric labeller trims or stops at. Data only.
 */
import type { UnitKind } from '../../dataset/schema';

/** Openers that carry no meaning of their own: 其中, 累计, 今年以来. Stripped from the label's start. */
export const FILLERS_BEFORE: readonly string[] = [
  '截至目前', '今年以来', '去年以来', '其中', '共计', '累计', '合计', '先后', '目前', '今年', '去年', '全年',
  '同时', '此外', '另外', '据介绍', '据统计', '已经', '已', '并', '还', '又', '均', '共', '都', '将', '为', '在',
  '拟', '全省', '全市', '全州', '全县', '全区', '全镇', '全乡', '全村', '全街道',
];

/** Verbs and links between a label and its number: 总投资达, 增加到, 压缩至. Stripped from the end. */
export const LINKS_BEFORE: readonly string[] = [
  '达到', '达', '为', '是', '有', '共', '计', '约', '近', '超过', '突破', '逾', '合计', '累计', '增至', '减至',
  '压缩至', '压缩到', '缩短至', '缩短为', '提高到', '提高至', '提升至', '提升到', '增加到', '增长到', '回升到',
  '上升到', '下降到', '降至', '至', '到', '了', '的', '由原来的', '由', '从', '仅用', '只用', '用了', '不到',
  '不足', '超', '已', '已经', '分别', '等', '由原来', '由过去', '从原来', '从过去', '原来', '过去', '稳定在', '保持在',
  '控制在', '做到', '均', '均达到',
];

/** Where the noun after a measure word ends: 35个新项目全部投产 → 新项目. */
export const STOPS_AFTER: readonly string[] = [
  '的', '等', '和', '及', '与', '实现', '全部', '获', '被', '提供', '通过', '带动', '参与', '进行', '开展',
  '完成', '顺利', '正', '已', '均', '都', '将', '在', '于', '从', '向', '为', '是', '有', '让', '使', '把',
  '对', '给', '召开', '成为', '入驻', '落', '延伸', '共', '累计', '合计', '总', '其中', '中', '参加', '参与', '组成',
  '签订', '到',
];

/** A fallback label when the text names nothing: the dimension itself. */
export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  money: '金额', area: '面积', volume: '体积', length: '长度', weight: '重量', power: '功率', energy: '电量',
  duration: '时长', count: '数量', ratio: '比例', multiple: '倍数', fraction: '比例',
  temperature: '温度', concentration: '浓度',
};
