/**
 * Before → after pairs: "办理时限由12个工作日压缩至4个工作日" reports a change, so the later
 * figure points at the earlier one and the UI can show the reduction.
 */
import type { FigureKind, UnitKind } from '../../dataset/schema';

/** The slice of a figure this stage reads. */
export interface LinkableFigure {
  start: number;
  end: number;
  unitKind: UnitKind;
  kind: FigureKind;
}

// What stands between the two figures: 压缩至, 减少到, 提高到, 缩短为, or a bare 至 after 由/从.
const CHANGE_VERB = /(?:压缩|缩短|缩减|减少|降低|下降|提高|提升|增加|增长|上升|扩大|升|降|减|增|变)(?:了)?$/u;
const LINK_END = /(?:至|到|为|成)$/u;
const CLAUSE_BREAK = /[，。；！？,;!?]/u;
const FROM_MARK = /[由从]\p{Script=Han}{0,4}$/u;
const MAX_GAP = 8;

// 由1999年的19.4%提高到目前的47.3%: the point in time the after-value is read at stands between link and number.
const TIME_POINT_END = /(?:目前|现在|当前|去年|今年|上年|年底|年末|\d{2,4}年(?:底|末)?)的?$/u;

function isChange(text: string, earlier: LinkableFigure, later: LinkableFigure): boolean {
  const gap = text.slice(earlier.end, later.start).replace(TIME_POINT_END, '');
  if (gap.length > MAX_GAP || CLAUSE_BREAK.test(gap) || !LINK_END.test(gap)) return false;
  if (earlier.unitKind !== later.unitKind && later.kind !== 'fraction') return false;
  const verb = gap.replace(LINK_END, '');
  const lead = text.slice(Math.max(0, earlier.start - 6), earlier.start);
  return CHANGE_VERB.test(verb) || (verb === '' && FROM_MARK.test(lead));
}

/**
 * For each figure, the index of the figure it changed from, or null.
 * @example findPreviousIndexes('由12个工作日压缩至4个工作日', figures) // [null, 0]
 */
export function findPreviousIndexes(text: string, figures: readonly LinkableFigure[]): (number | null)[] {
  return figures.map((figure, index) => {
    const earlier = figures[index - 1];
    return earlier && isChange(text, earlier, figure) ? index - 1 : null;
  });
}
