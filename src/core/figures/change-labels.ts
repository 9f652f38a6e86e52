/**
 * Rates of change named only by their verb: in "受理业务1.2万件，同比增长8%" the 8% measures the
 * growth of the figure before it, so it takes that figure's label and category.
 */
import type { Category } from '../../dataset/schema';

/** The slice of a figure this stage reads and rewrites. */
export interface LabelledFigure {
  start: number;
  end: number;
  metric: string;
  category: Category;
}

// 同比增长, 比上年增长, 较去年下降, 环比提高, 增长: a comparison base and a change verb, nothing else.
const CHANGE_ONLY = /^(?:同比|环比|比上年|较上年|比去年|较去年|较年初|比年初|较上月|年均)?(?:增长|增加|提高|提升|上升|上涨|下降|减少|降低|回落|下滑|净增)(?:了)?$/u;
const SENTENCE_END = /[。；！？;!?]/u;

/**
 * Gives each change-only figure the label of the figure it follows in the same sentence.
 * @example resolveChangeLabels('办件1.2万件，同比增长8%', figures)[1].metric // '办件同比增长'
 */
export function resolveChangeLabels<F extends LabelledFigure>(text: string, figures: readonly F[]): F[] {
  const resolved: F[] = [];
  for (const figure of figures) {
    const subject = resolved.at(-1);
    const sameSentence = subject !== undefined && !SENTENCE_END.test(text.slice(subject.end, figure.start));
    resolved.push(sameSentence && CHANGE_ONLY.test(figure.metric)
      ? { ...figure, metric: `${subject.metric}${figure.metric}`, category: subject.category }
      : figure);
  }
  return resolved;
}
