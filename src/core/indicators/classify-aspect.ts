/**
 * Aspects: how a figure's number relates to its measure — the level (审批时限7个工作日), the value
 * before a change (由15个工作日…), a change (增长8.5%, 减少3个工作日, 压缩一半), a share (占全市的35%)
 * or a target (力争…达到70%). Read from the words before the figure in its clause and sentence.
 */
import type { Aspect, FigureKind, UnitKind } from '../../dataset/schema';
import { CLAUSE_END, findClause, SENTENCE_END } from '../text/find-clause';
import { ACHIEVED_MARKS, CHANGE_VERBS, DECREASE_VERBS, RESULT_LINKS, TARGET_CUES } from './aspect-lexicon';

/** What the classifier reads of a figure. */
export interface AspectInput {
  text: string;
  start: number;
  end: number;
  unit: string;
  unitKind: UnitKind;
  kind: FigureKind;
  /** True when a later figure of the paragraph changed from this one (由X压缩至Y: X). */
  isBefore: boolean;
}

/** An aspect, and for a change whether the text says the measure fell (下降, 减少, 压缩). */
export interface AspectReading {
  aspect: Aspect;
  decrease: boolean;
}


// 由原来的15个工作日, 从过去平均4.6个: the value a change started from.
const FROM_BEFORE = /[由从](?:原来|过去|原先|以前|此前|改革前|法定|平均|最初|最长|最多)*(?:的)?(?:平均)?$/u;
// 占全市的35%, 占比65.5%, 占GDP比重达42%: a part of a whole.
const SHARE_BEFORE = /占(?:[^，,。；;]{0,14}?(?:的)?(?:比重|比例)?)?(?:为|达|达到|约|近|超过)?$|(?:占比|比重|比例)(?:为|达|达到|约|近|超过)?$/u;
// Words that may stand between a verb and its number: 增长了8%, 提高约3个百分点, 减少近一半, 增长达8%.
const APPROXIMATOR = /(?:了|约|近|超过|逾|近乎|将近|接近|分别)+$/u;
const REACHES = /(?:达到|达)$/u;

const clauseBefore = (text: string, start: number, stop: RegExp): string => text.slice(findClause(text, start, start, stop).from, start);

const endsWithAny = (text: string, words: readonly string[]): string | undefined => words.find((w) => text.endsWith(w));

/** The change verb that governs the number directly (增长8%, 下降了2.3个百分点), or undefined. */
function findChangeVerb(lead: string): string | undefined {
  const bare = lead.replace(APPROXIMATOR, '');
  if (endsWithAny(bare, RESULT_LINKS) !== undefined) return undefined; // 提高到, 压缩至: the result, a level
  return endsWithAny(bare.replace(REACHES, '').replace(APPROXIMATOR, ''), CHANGE_VERBS);
}

/**
 * Classifies the aspect of one figure.
 * @example classifyAspect({ text: '同比增长8.5%', start: 4, end: 8, unit: '%', unitKind: 'ratio', kind: 'quantity', isBefore: false }) // { aspect: 'change', decrease: false }
 */
export function classifyAspect(input: AspectInput): AspectReading {
  const clause = clauseBefore(input.text, input.start, CLAUSE_END);
  const sentence = clauseBefore(input.text, input.start, SENTENCE_END);
  if (input.isBefore || FROM_BEFORE.test(clause.replace(APPROXIMATOR, ''))) return { aspect: 'before', decrease: false };
  const verb = findChangeVerb(clause);
  if (verb !== undefined || input.unit.endsWith('百分点')) {
    return { aspect: 'change', decrease: verb !== undefined && DECREASE_VERBS.some((v) => verb.endsWith(v)) };
  }
  if (SHARE_BEFORE.test(clause) || input.kind === 'fraction' || input.kind === 'multiple') return { aspect: 'share', decrease: false };
  // 计划总投资5亿元，目前已完成2亿元: a plan named earlier in the sentence, but this clause reports what was done.
  const planned = TARGET_CUES.some((cue) => clause.includes(cue)) || (TARGET_CUES.some((cue) => sentence.includes(cue)) && !ACHIEVED_MARKS.test(clause));
  if (planned) return { aspect: 'target', decrease: false };
  return { aspect: 'level', decrease: false };
}
