import type { FigureCandidate, ScriptedParagraph } from '../types';

/**
 * The longest run of digits a figure may hold. A double is exact to 15 significant digits, and no
 * reported amount needs more; a longer run is a code, a layout accident or an attack (2,000,000 sevens
 * before 个 read as one number is Infinity), and its value could not be trusted to read back true.
 */
export const MAX_FIGURE_DIGITS = 15;
const TOO_MANY_DIGITS = new RegExp(`[0-9]{${MAX_FIGURE_DIGITS + 1}}`, 'u');

/**
 * Why a figure candidate cannot enter the dataset, [] when it can: the invariants `checkDataset`
 * holds the whole dataset to, checked for one figure so that a bad one costs itself, not its file.
 * `index` is the candidate's position among its paragraph's `count` candidates.
 * @example checkFigure(paragraph, { ...figure, value: Infinity }, 0, 1) // ['its value is not a finite number']
 */
export function checkFigure(paragraph: ScriptedParagraph, figure: FigureCandidate, index: number, count: number): string[] {
  const problems: string[] = [];
  if (TOO_MANY_DIGITS.test(figure.text)) {
    problems.push(`it holds a run of more than ${MAX_FIGURE_DIGITS} digits, longer than any reported figure`);
  }
  for (const field of ['value', 'baseValue'] as const) {
    if (!Number.isFinite(figure[field])) problems.push(`its ${field} is not a finite number`);
  }
  for (const [field, low] of [['valueMax', 'value'], ['baseValueMax', 'baseValue']] as const) {
    const high = figure[field];
    if (high !== null && !(Number.isFinite(high) && high >= figure[low])) problems.push(`its ${field} is not a finite number at or above its ${low}`);
  }
  const { start, end } = figure;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= paragraph.text.length)) {
    problems.push(`its span ${start}–${end} is outside the paragraph`);
  } else if (paragraph.text.slice(start, end) !== figure.text) {
    problems.push(`its span ${start}–${end} does not read its text`);
  } else {
    const originalStart = paragraph.toOriginal[start] ?? start;
    const originalEnd = paragraph.toOriginal[end] ?? end;
    if (!(originalStart <= originalEnd && originalEnd <= paragraph.original.length)) {
      problems.push(`its span maps outside the paragraph's original text`);
    }
  }
  const previous = figure.previousIndex;
  if (previous !== null && !(Number.isInteger(previous) && previous >= 0 && previous < count && previous !== index)) {
    problems.push(`its before-figure ${previous} is not another figure of the paragraph`);
  }
  return problems;
}

