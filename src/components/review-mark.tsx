import { REVIEW_MARKS, type ReviewFilter } from '../lib/select-review';

/**
 * A figure's review status: a mark and the status's name. An unreviewed figure shows nothing (in a
 * table cell its status is still read out, so the column reads whole; a list leaves it out).
 */
export function ReviewMark({ status, label, note, inList = false }: { status: ReviewFilter; label: string; note: string; inList?: boolean }) {
  if (status === 'unreviewed') return inList ? null : <span className="visually-hidden">{label}</span>;
  return (
    <span className={`review-mark review-${status}`} title={note || undefined}>
      <span aria-hidden="true">{REVIEW_MARKS[status]} </span>
      {label}
    </span>
  );
}
