import { createColumnHelper } from '@tanstack/react-table';
import type { Translate } from '../app/i18n/translate';
import type { ParagraphStore } from '../lib/create-paragraph-store';
import { rememberEach } from '../lib/remember-each';
import type { FigureRow } from '../lib/select-figure-rows';
import { ReviewMark } from './review-mark';
import { SentenceCell } from './sentence-cell';
import { sortByText, sortByUnitThenNumber, type DashboardFeatures } from './table-features';

const column = createColumnHelper<DashboardFeatures, FigureRow>();

/** What a figure row's buttons and links do. */
export interface FigureActions {
  openFigure: (id: string) => void;
  articleHref: (articleId: string) => string;
  /** Where the sentence column reads its text. */
  text: ParagraphStore;
}

/**
 * Columns the figures table starts without; the column menu turns them on. The sentence is among
 * them because it is the one column that needs paragraph text: hidden, a page costs no chunk fetch.
 */
export const FIGURE_COLUMNS_HIDDEN = ['sentence', 'unit', 'sourceFile', 'id'] as const;

// Normalised values compare only within one base unit: 3亿元 is not "more" than 12,098件.
const byNormalisedValue = sortByUnitThenNumber<FigureRow>((r) => r.baseUnit, (r) => r.baseValue);

/** Columns of every figures table, in display order; each sorts, Chinese by pinyin and numbers by value. */
export function createFigureColumns(t: Translate, actions: FigureActions) {
  const none = t('value.none');
  // Each label looked up once per value: a sort reads one for each of 85,000 rows, and a lookup
  // through t() (a key built, placeholders replaced) took 20–30 ms of every rank of these columns.
  const categoryLabel = rememberEach((value: FigureRow['category']) => t(`category.${value}`));
  const qualifierLabel = rememberEach((value: FigureRow['qualifier']) => t(`qualifier.${value}`));
  const reviewLabel = rememberEach((value: FigureRow['review']) => t(`review.status.${value}`));
  const category = (row: FigureRow) => categoryLabel(row.category);
  const qualifier = (row: FigureRow) => qualifierLabel(row.qualifier);
  const review = (row: FigureRow) => reviewLabel(row.review);
  const clipped = (text: string) => <span className="clip" title={text}>{text}</span>;
  return column.columns([
    column.accessor('locality', {
      header: t('column.locality'),
      sortFn: sortByText((r) => r.locality),
      cell: (info) => <span title={info.row.original.localityChain}>{info.getValue() || t('locality.unknown')}</span>,
    }),
    column.accessor('metric', { header: t('column.metric'), sortFn: sortByText((r) => r.metric) }),
    column.accessor('text', {
      header: t('column.text'),
      sortFn: byNormalisedValue,
      sortDescFirst: true, // sorts by the number, so it starts with the largest like the other number column
      cell: (info) => (
        <button type="button" className="link-button" onClick={() => actions.openFigure(info.row.original.id)}>
          {info.getValue()}
        </button>
      ),
    }),
    column.accessor('review', {
      header: t('column.review'),
      sortFn: sortByText(review),
      cell: (info) => <ReviewMark status={info.getValue()} label={review(info.row.original)} note={info.row.original.reviewNote} />,
    }),
    column.accessor('baseValue', {
      header: t('column.baseValue'),
      sortFn: byNormalisedValue,
      cell: (info) => <span className="number">{info.row.original.display}</span>,
    }),
    column.accessor('qualifier', { header: t('column.qualifier'), sortFn: sortByText(qualifier), cell: (info) => qualifier(info.row.original) }),
    column.accessor('category', { header: t('column.category'), sortFn: sortByText(category), cell: (info) => category(info.row.original) }),
    // Not sortable: sorting by sentence would need the text of every figure, every chunk of the dataset.
    column.display({ id: 'sentence', header: t('column.sentence'), cell: (info) => <SentenceCell text={actions.text} figure={info.row.original.figure} /> }),
    column.accessor('articleTitle', {
      header: t('column.article'),
      sortFn: sortByText((r) => r.articleTitle),
      cell: (info) => (
        <a className="clip" title={info.getValue()} href={actions.articleHref(info.row.original.articleId)}>
          {info.getValue()}
        </a>
      ),
    }),
    column.accessor((r) => r.articleDate ?? '', { id: 'date', header: t('column.date'), sortFn: sortByText((r) => r.articleDate ?? ''), cell: (info) => info.getValue() || none }),
    column.accessor((r) => r.articleOutlet ?? '', { id: 'outlet', header: t('column.outlet'), sortFn: sortByText((r) => r.articleOutlet ?? ''), cell: (info) => info.getValue() || none }),
    column.accessor('localityChain', { header: t('column.chain'), sortFn: sortByText((r) => r.localityChain), cell: (info) => clipped(info.getValue()) }),
    column.accessor((r) => r.localityCode ?? '', { id: 'code', header: t('column.localityCode'), sortFn: sortByText((r) => r.localityCode ?? '') }),
    column.accessor('unit', { header: t('column.unit'), sortFn: sortByText((r) => r.unit) }),
    column.accessor('sourceFile', { header: t('column.sourceFile'), sortFn: sortByText((r) => r.sourceFile) }),
    column.accessor('id', { header: t('column.id'), sortFn: sortByText((r) => r.id) }),
  ]);
}
