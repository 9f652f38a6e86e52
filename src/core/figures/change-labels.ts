/**
 * Labels borrowed from the figure before: a rate of change named only by its verb ("受理业务1.2万件，
 * 同比增长8%" — the 8% measures the growth of the figure before it), and the later items of a bare
 * list ("收入分别达到3.2万元、1.6万元") that name nothing themselves.
 */
import type { Category } from '../../dataset/schema';
import { UNIT_KIND_LABELS } from './metric-lexicon';

/** The slice of a figure this stage reads and rewrites. */
export interface LabelledFigure {
  start: number;
  end: number;
  metric: string;
  category: Category;
}

// 同比增长, 比上年增长, 较去年下降, 分别增长, 精简: a comparison base and a change verb, nothing else.
const CHANGE_ONLY = /^(?<each>分别)?(?:按可比价格?计算)?(?:同比|环比|比上年|较上年|比去年|较去年|较年初|比年初|较上月|年均)?(?:增长|增加|提高|提升|上升|上涨|下降|减少|降低|回落|下滑|净增|精简|压缩|压减|缩短)(?:了)?$/u;
const SENTENCE_END = /[。；！？;!?]/u;
// 32560元、16480元 and 4.6%和6.9%: nothing but a list mark between two figures.
const LIST_MARK = /^[、和及与]$/u;
const FALLBACK_LABELS: ReadonlySet<string> = new Set(Object.values(UNIT_KIND_LABELS));

function borrowLabel<F extends LabelledFigure>(text: string, subject: F | undefined, figure: F): F {
  if (subject === undefined || SENTENCE_END.test(text.slice(subject.end, figure.start))) return figure;
  if (FALLBACK_LABELS.has(figure.metric) && LIST_MARK.test(text.slice(subject.end, figure.start))) {
    return { ...figure, metric: subject.metric, category: subject.category };
  }
  const change = CHANGE_ONLY.exec(figure.metric);
  if (change === null) return figure;
  const verb = figure.metric.slice(change.groups?.['each']?.length ?? 0);
  return { ...figure, metric: `${subject.metric}${verb}`, category: subject.category };
}

/**
 * Gives each change-only or unnamed list figure the label of the figure it follows in the same sentence.
 * @example resolveChangeLabels('办件1.2万件，同比增长8%', figures)[1].metric // '办件同比增长'
 */
export function resolveChangeLabels<F extends LabelledFigure>(text: string, figures: readonly F[]): F[] {
  const resolved: F[] = [];
  for (const figure of figures) resolved.push(borrowLabel(text, resolved.at(-1), figure));
  return resolved;
}
