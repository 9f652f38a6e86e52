import type { Indicator } from '../../dataset/schema';

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

/**
 * The indicator taxonomy: the measures Chinese local-government reform reporting uses, grouped by domain.
 * Built from what the genre writes (government work reports, 营商环境 and 放管服 reporting, statistical
 * bulletins), not from any one corpus. Add rows, never branches.
 */
export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'approval-time',
    nameZh: '审批时限',
    nameEn: 'Approval time limit',
    domain: 'approval_speed',
    dimension: 'duration',
    baseUnit: '工作日',
    additive: false,
    direction: 'down',
    cues: ['审批时限', '审批时间', '审批用时', '审批周期'],
  },
];

/** The taxonomy as the dataset lists it: every indicator without its cues, in table order. */
export function listIndicators(): Indicator[] {
  return INDICATORS.map(({ cues: _cues, excludes: _excludes, ...indicator }) => indicator);
}
