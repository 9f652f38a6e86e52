/**
 * Words the aspect classifier reads. Data only.
 */

/** Verbs and nouns that make the number after them a change of the measure: 增长8.5%, 降幅3%, 压缩60%. */
export const CHANGE_VERBS: readonly string[] = [
  '增长', '增加', '提高', '提升', '上升', '上涨', '增幅', '增速', '增长率', '递增', '提速', '扩大',
  '下降', '减少', '降低', '回落', '下滑', '下跌', '降幅', '压缩', '缩短', '缩减', '精简', '压减', '减轻', '节省',
];

/** The change verbs that say the measure fell: a change after them is negative (下降3% → −3%). */
export const DECREASE_VERBS: readonly string[] = [
  '下降', '减少', '降低', '回落', '下滑', '下跌', '降幅', '压缩', '缩短', '缩减', '精简', '压减', '减轻', '节省',
];

/** Links after a change verb that make the number its result, a level: 提高到, 压缩至, 缩短为, 降为. */
export const RESULT_LINKS: readonly string[] = ['到', '至', '为', '成'];

/** Words in a sentence that make its figures planned rather than achieved: 计划, 力争, 到2025年. */
export const TARGET_CUES: readonly string[] = [
  '计划', '力争', '争取', '目标', '预计', '预期', '拟', '确保', '到20', '至20', '将达到', '将实现', '年底前', '预定',
];

/** Words in a figure's own clause that say it is achieved, whatever the sentence planned: 已, 完成, 累计. */
export const ACHIEVED_MARKS = /已|完成|实现了|累计|目前|截至|现有|共有/u;
