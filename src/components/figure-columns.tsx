import { createColumnHelper } from '@tanstack/react-table';
import type { Translate } from '../app/i18n/translate';
import type { FigureRow } from '../lib/select-figure-rows';
import type { CsvColumn } from '../lib/to-csv';
import { sortByNumber, sortByText, type DashboardFeatures } from './table-features';

const column = createColumnHelper<DashboardFeatures, FigureRow>();

/** What a figure row's buttons and links do. */
export interface FigureActions {
  openFigure: (id: string) => void;
  articleHref: (articleId: string) => string;
}

/** Columns of every figures table; each sorts, Chinese by pinyin and numbers by value. */
export function createFigureColumns(t: Translate, actions: FigureActions) {
  const category = (row: FigureRow) => t(`category.${row.category}`);
  const qualifier = (row: FigureRow) => t(`qualifier.${row.qualifier}`);
  return column.columns([
    column.accessor('locality', {
      header: t('column.locality'),
      sortFn: sortByText((r) => r.locality),
      cell: (info) => <span title={info.row.original.localityChain}>{info.getValue() || t('locality.unknown')}</span>,
    }),
    column.accessor('metric', { header: t('column.metric'), sortFn: sortByText((r) => r.metric) }),
    column.accessor('text', {
      header: t('column.text'),
      sortFn: sortByNumber((r) => r.value),
      sortDescFirst: true, // sorts by the number, so it starts with the largest like the other number column
      cell: (info) => (
        <button type="button" className="link-button" onClick={() => actions.openFigure(info.row.original.id)}>
          {info.getValue()}
        </button>
      ),
    }),
    column.accessor('unit', { header: t('column.unit'), sortFn: sortByText((r) => r.unit) }),
    column.accessor('baseValue', {
      header: t('column.baseValue'),
      sortFn: sortByNumber((r) => r.baseValue),
      cell: (info) => <span className="number">{info.row.original.display}</span>,
    }),
    column.accessor('qualifier', { header: t('column.qualifier'), sortFn: sortByText(qualifier), cell: (info) => qualifier(info.row.original) }),
    column.accessor('category', { header: t('column.category'), sortFn: sortByText(category), cell: (info) => category(info.row.original) }),
    column.accessor('articleTitle', {
      header: t('column.article'),
      sortFn: sortByText((r) => r.articleTitle),
      cell: (info) => <a href={actions.articleHref(info.row.original.articleId)}>{info.getValue()}</a>,
    }),
    column.accessor('sourceFile', { header: t('column.sourceFile'), sortFn: sortByText((r) => r.sourceFile) }),
  ]);
}

/** The CSV form of a figures table: every field, numbers plain, codes as text. */
export function createFigureCsvColumns(t: Translate): CsvColumn<FigureRow>[] {
  return [
    { header: 'id', kind: 'text', value: (r) => r.id },
    { header: t('column.locality'), kind: 'text', value: (r) => r.locality },
    { header: t('column.chain'), kind: 'text', value: (r) => r.localityChain },
    { header: t('column.localityCode'), kind: 'code', value: (r) => r.localityCode },
    { header: t('column.metric'), kind: 'text', value: (r) => r.metric },
    { header: t('column.text'), kind: 'text', value: (r) => r.text },
    { header: 'value', kind: 'number', value: (r) => r.value },
    { header: 'valueMax', kind: 'number', value: (r) => r.figure.valueMax },
    { header: t('column.unit'), kind: 'text', value: (r) => r.unit },
    { header: t('column.baseValue'), kind: 'number', value: (r) => r.baseValue },
    { header: 'baseValueMax', kind: 'number', value: (r) => r.baseValueMax },
    { header: t('column.baseUnit'), kind: 'text', value: (r) => r.baseUnit },
    { header: t('column.qualifier'), kind: 'text', value: (r) => r.qualifier },
    { header: t('column.category'), kind: 'text', value: (r) => r.category },
    { header: t('column.article'), kind: 'text', value: (r) => r.articleTitle },
    { header: t('column.sourceFile'), kind: 'text', value: (r) => r.sourceFile },
  ];
}
