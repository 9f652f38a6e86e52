import { REVIEW_STATUSES, type Figure, type ReviewStatus } from '../dataset/schema';
import type { DatasetIndex } from './create-dataset-index';

/** The review filter's choices: a status, or no decision yet. */
export const REVIEW_FILTERS = ['unreviewed', ...REVIEW_STATUSES] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

/** What the tables show beside a reviewed figure (with the status's name). */
export const REVIEW_MARKS: Readonly<Record<ReviewStatus, string>> = { correct: '✓', corrected: '✎', wrong: '✗', added: '＋' };

/** A figure's review status, `unreviewed` when no decision applies to it. */
export function selectReviewStatus(figure: Figure): ReviewFilter {
  return figure.review?.status ?? 'unreviewed';
}

/** How many of the figures have a review decision (a wrong one counts: it was checked). */
export function selectReviewProgress(figures: Iterable<Figure>): { reviewed: number; total: number } {
  let reviewed = 0;
  let total = 0;
  for (const figure of figures) {
    total++;
    if (figure.review) reviewed++;
  }
  return { reviewed, total };
}

/** Every figure of the dataset, those marked wrong included: what review progress counts. */
export function selectReviewableFigures(index: DatasetIndex): Figure[] {
  return [...index.figures.values()];
}

/** The figures a chart may show: never one marked wrong, whatever the filters let through. */
export function selectChartedFigures(figures: readonly Figure[]): readonly Figure[] {
  return figures.some((f) => f.review?.status === 'wrong') ? figures.filter((f) => f.review?.status !== 'wrong') : figures;
}

