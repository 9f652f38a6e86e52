import { findFigures } from '../figures/find-figures';
import type { FigureCandidate, ReportFault, ScriptedParagraph } from '../types';
import { checkFigure } from './check-figure';
import { describeError } from './describe-error';
import { quoteText } from './quote-text';

/**
 * The figure stage for one paragraph, with its faults contained: a figure that breaks an invariant
 * (an Infinity, a span that does not read true) is dropped and reported, the paragraph's other
 * figures stay; if the stage throws, the paragraph is kept without figures. Never throws.
 */
export function findSoundFigures(paragraph: ScriptedParagraph, report: ReportFault): FigureCandidate[] {
  let found: FigureCandidate[];
  try {
    found = findFigures(paragraph.text);
  } catch (error) {
    report({
      code: 'figures-failed',
      message: `internal error (a bug) reading its figures, so it is kept without them: ${describeError(error)}`,
      sourceOffset: paragraph.sourceStart,
    });
    return [];
  }
  const sound = found.map((figure, index) => {
    const problems = checkFigure(paragraph, figure, index, found.length);
    if (problems.length === 0) return true;
    report({
      code: 'figure-dropped',
      message: `figure ${quoteText(figure.text)} at ${figure.start} dropped: ${problems.join('; ')}`,
      sourceOffset: paragraph.sourceStart,
    });
    return false;
  });
  return sound.every(Boolean) ? found : keepSound(found, sound);
}

/** The sound figures, with before → after links renumbered (a link to a dropped figure is cut). */
function keepSound(found: readonly FigureCandidate[], sound: readonly boolean[]): FigureCandidate[] {
  const newIndex: (number | null)[] = [];
  let kept = 0;
  for (const ok of sound) newIndex.push(ok ? kept++ : null);
  return found
    .filter((_, i) => sound[i])
    .map((figure) => {
      const previousIndex = figure.previousIndex === null ? null : (newIndex[figure.previousIndex] ?? null);
      return previousIndex === figure.previousIndex ? figure : { ...figure, previousIndex };
    });
}
