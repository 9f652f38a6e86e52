/**
 * Which indicator of the taxonomy a figure reports, read as indicators.ts documents (point 7): only
 * indicators of the figure's unit kind are candidates; one whose `excludes` occur in the clause drops
 * out; the longest cue found wins, in the figure's label first, then in the words of its clause; on a
 * tie the row listed first.
 */
import type { UnitKind } from '../../dataset/schema';
import { UNIT_KIND_LABELS } from '../figures/metric-lexicon';
import { createWordIndex, findWordsIn, type WordIndex } from '../text/create-word-index';
import { INDICATORS, type IndicatorDefinition } from './indicators';
import { BARE_HEADS } from './label-lexicon';

/** What the classifier reads of a figure. */
export interface IndicatorInput {
  /** The figure's metric label: 审批时间, 走访企业数. */
  metric: string;
  /** The words of the figure's clause up to and just after it: 全区审批时间由15个工作日压缩至7个工作日. */
  clause: string;
  /**
   * The whole clause, where an exclusion may stand after the figure as well as before it (为…等12家重点企业
   * 提供帮代办服务: what is done for the enterprises comes last); the clause above when not given.
   */
  wholeClause?: string;
  unitKind: UnitKind;
}

interface Cue {
  cue: string;
  row: number;
}

// Per unit kind, every cue with its row, longest first: the first one found is the longest. The cues
// of a kind are indexed, so a text is read once for all of them rather than once per cue.
const CUES_BY_KIND = new Map<UnitKind, Cue[]>();
INDICATORS.forEach((definition: IndicatorDefinition, row) => {
  const cues = CUES_BY_KIND.get(definition.dimension) ?? [];
  for (const cue of definition.cues) cues.push({ cue, row });
  CUES_BY_KIND.set(definition.dimension, cues);
});
for (const cues of CUES_BY_KIND.values()) cues.sort((a, b) => b.cue.length - a.cue.length || a.row - b.row);
const CUE_INDEX_BY_KIND = new Map([...CUES_BY_KIND].map(([kind, cues]) => [kind, createWordIndex(cues.map((c) => c.cue))]));

function isExcluded(definition: IndicatorDefinition, clause: string): boolean {
  return (definition.excludes ?? []).some((word) => clause.includes(word));
}

function findInText(text: string, cues: readonly Cue[], index: WordIndex, clause: string): IndicatorDefinition | null {
  if (text === '') return null;
  for (const position of findWordsIn(index, text)) {
    const definition = INDICATORS[(cues[position] as Cue).row] as IndicatorDefinition;
    if (!isExcluded(definition, clause)) return definition;
  }
  return null;
}

// 惠及居民2100户 in a sentence on 老旧小区改造: a label that names its own noun is not the clause's measure.
// Only a label that names little (面积, 总投资, a stray verb) borrows the clause's words.
const GENERIC_LABELS: ReadonlySet<string> = new Set([...Object.values(UNIT_KIND_LABELS), ...BARE_HEADS]);
const namesLittle = (metric: string): boolean => metric.length <= 2 || GENERIC_LABELS.has(metric);

/**
 * The indicator a figure reports, or null when none of its unit kind is named.
 * @example classifyIndicator({ metric: '审批时间', clause: '审批时间压缩至7个工作日', unitKind: 'duration' })?.id // 'approval-time'
 */
export function classifyIndicator(input: IndicatorInput): IndicatorDefinition | null {
  const cues = CUES_BY_KIND.get(input.unitKind);
  const index = CUE_INDEX_BY_KIND.get(input.unitKind);
  if (cues === undefined || index === undefined) return null;
  const excluding = input.wholeClause ?? input.clause;
  const named = findInText(input.metric, cues, index, excluding);
  if (named !== null || !namesLittle(input.metric)) return named;
  return findInText(input.clause, cues, index, excluding);
}
