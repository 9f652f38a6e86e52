import { REVIEW_MARKS, type ReviewFilter } from '../lib/select-review';

/** A figure's review status in a table cell: a mark and the status's name; nothing for an unreviewed figure. */
export function ReviewMark({ status, label, note }: { status: ReviewFilter; label: string; note: string }) {
  if (status === 'unreviewed') return <span className="visually-hidden">{label}</span>;
  return (
    <span className={`review-mark review-${status}`} title={note || undefined}>
      <span aria-hidden="true">{REVIEW_MARKS[status]} </span>
      {label}
    </span>
  );
}
