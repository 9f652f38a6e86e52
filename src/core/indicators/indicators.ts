/**
 * The indicator taxonomy: the measures Chinese local-government reform reporting uses, as data.
 * Built from what the genre writes (政府工作报告, 统计公报, 营商环境 and 放管服 reporting, 政务服务 and
 * 12345 summaries, 网格化, 乡村振兴, 生态环保, 民生 and 党建 reporting), not from any one corpus.
 * The rows live in one data file per group of domains; this file composes them. Add rows, never branches.
 *
 * How the rows are meant to be read:
 *
 * 1. Level, before and change are one indicator. The figure's `aspect` says which: 由15个工作日压缩至7个
 *    工作日 and 减少8个工作日 are all `approval-time` (before 15, level 7, change −8).
 * 2. Growth rates. Every figure of an indicator has its `dimension`, so a relative change (增长8.5%,
 *    压缩60%) of a money, count or duration measure cannot carry that measure's id. Where the genre names
 *    the rate as a measure in its own right there is a row of its own, dimension `ratio`, sharing the
 *    level's cues: the 统计公报 headline rates (`gdp-growth`, `industrial-value-added-growth`,
 *    `fixed-asset-investment-growth`, `retail-sales-growth`, `public-budget-revenue-growth`) and the 放管服
 *    cut rates (`time-limit-cut`, `materials-cut-rate`). A figure of such a row has aspect `change` (or
 *    `target`: GDP增长6%左右). Any other relative change (办件量增长30%) has no indicator. A change of a
 *    rate in 百分点 is a change of the rate itself (dimension `ratio` either way).
 * 3. Flows. 新增 of a stock the table has (市场主体, 企业, 党组织) is a change of that stock; a flow the
 *    genre counts as its own measure (城镇新增就业, 发展党员, 签约项目, 开工项目) is the measure, and the
 *    year's figure is its level.
 * 4. Units. `baseUnit` is a base unit of `dimension` in the unit lexicon (src/core/figures/units.ts):
 *    工作日 for approval and processing times, 天 for counts of days, 元 for all money, 亩 for farm and
 *    site land, 平方米 for floor space and green space. Counts take the usual measure word of the
 *    counted thing (家 enterprises, 个 projects, 人 people, 件 cases, 项 items); figures of one count
 *    indicator compare whatever their measure word.
 * 5. Additive: amounts and counts of things may be summed up the hierarchy. Rates, durations,
 *    per-capita values, concentrations, a hall's catalogue (进驻事项, 进驻部门) and per-matter levels
 *    (跑动次数, 审批环节, 申请材料) are never summed.
 * 6. Direction: `up` or `down` where the genre treats more or less as better; null for structures and
 *    demand (窗口, 网格, 党组织, 12345 工单量, 办件量, 人口).
 * 7. Cues and overlaps. A classifier reads the cues in a figure's label (then its clause); the longest
 *    matching cue wins, so a cue inside another indicator's longer cue is no conflict (办结率 ⊂ 工单办结率).
 *    Only indicators of the figure's unit kind are candidates, so two indicators of different dimensions
 *    may share cues (固定资产投资 in 亿元 is the level, in % the growth). Two indicators of one dimension
 *    share a cue only when the one listed first has `excludes` naming a word of the other's own cues:
 *    an indicator whose excludes occur in the clause drops out, and of the rest the first in table order
 *    wins (办结率 in a 12345 clause is `hotline-closure-rate`, elsewhere `case-closure-rate`).
 */
import type { Indicator } from '../../dataset/schema';
import { COMMUNITY_INDICATORS } from './community-indicators';
import { ECONOMY_INDICATORS } from './economy-indicators';
import { GOVERNMENT_SERVICE_INDICATORS } from './government-service-indicators';
import { LIVELIHOOD_INDICATORS } from './livelihood-indicators';
import { RURAL_ENVIRONMENT_INDICATORS } from './rural-environment-indicators';

/**
 * One measure of the taxonomy, with the words that name it. The dataset lists the `Indicator` part;
 * the cues stay in the core, where `classifyIndicator` reads them.
 */
export interface IndicatorDefinition extends Indicator {
  /** Words that name the measure in a figure's label or clause (审批时限, 审批时间, 审批用时); the longest match wins. */
  cues: readonly string[];
  /** Words that, in the same clause, say it is another measure (办理时限 of a hotline is not an approval time). */
  excludes?: readonly string[];
}

/** Every indicator, in table order (the order that settles a shared cue, see point 7 above). */
export const INDICATORS = [
  ...ECONOMY_INDICATORS,
  ...GOVERNMENT_SERVICE_INDICATORS,
  ...LIVELIHOOD_INDICATORS,
  ...RURAL_ENVIRONMENT_INDICATORS,
  ...COMMUNITY_INDICATORS,
] as const satisfies readonly IndicatorDefinition[];

/** The id of an indicator of the table: a typo in code that names one is a type error. */
export type IndicatorId = (typeof INDICATORS)[number]['id'];

/** The taxonomy as the dataset lists it: every indicator without its cues, in table order. */
export function listIndicators(): Indicator[] {
  return INDICATORS.map((definition: IndicatorDefinition) => {
    const { cues: _cues, excludes: _excludes, ...indicator } = definition;
    return indicator;
  });
}
