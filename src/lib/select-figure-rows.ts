import type { Category, Figure, Qualifier } from '../dataset/schema';
import { selectLocalityChain, type DatasetIndex } from './create-dataset-index';
import { formatQualifiedValue } from './format-number';
import { selectReviewStatus, type ReviewFilter } from './select-review';

/** One row of a figures table: the figure with the names it points to resolved. */
export interface FigureRow {
  id: string;
  figure: Figure;
  /** The place's own name, '' when the figure has no locality. */
  locality: string;
  /** 湖北省 › 十堰市 › 郧西县 */
  localityChain: string;
  localityCode: string | null;
  metric: string;
  text: string;
  value: number;
  unit: string;
  baseValue: number;
  baseValueMax: number | null;
  baseUnit: string;
  /** The normalised value for reading, exact: ≈2.8万件, 12,098件, 5–8亿元. */
  display: string;
  qualifier: Qualifier;
  category: Category;
  articleId: string;
  articleTitle: string;
  /** The article's publication date (ISO, to the precision printed), or null. */
  articleDate: string | null;
  /** The article's outlet as printed, or null. */
  articleOutlet: string | null;
  sourceFile: string;
  /** The review decision applied to the figure, `unreviewed` when none. */
  review: ReviewFilter;
  /** The reviewer's note, '' when none. */
  reviewNote: string;
}

export const CHAIN_SEPARATOR = ' › ';

// One row per figure and index, made once: a new filter picks rows again, it does not rebuild them
// (at 100,000 figures the place chains and number formatting alone took longer than the sort).
const rowsOfIndex = new WeakMap<DatasetIndex, WeakMap<Figure, FigureRow>>();
// The same figure list (the unfiltered one, found again when the filters are cleared) gets the same
// row array: the table keeps sort ranks per row array, so it need not rank 85,000 rows again.
const listsOfIndex = new WeakMap<DatasetIndex, WeakMap<readonly Figure[], FigureRow[]>>();

/**
 * Table rows for figures, in the order given. Built from the index alone: a row's sentence needs its
 * paragraph's chunk, so the table reads it per visible row (select-sentence.ts), never for every row.
 */
export function selectFigureRows(index: DatasetIndex, figures: readonly Figure[]): FigureRow[] {
  let made = rowsOfIndex.get(index);
  if (!made) rowsOfIndex.set(index, (made = new WeakMap()));
  const cache = made;
  let lists = listsOfIndex.get(index);
  if (!lists) listsOfIndex.set(index, (lists = new WeakMap()));
  const listed = lists.get(figures);
  if (listed) return listed;
  const rows = figures.map((figure) => {
    const known = cache.get(figure);
    if (known) return known;
    const row = toFigureRow(index, figure);
    cache.set(figure, row);
    return row;
  });
  lists.set(figures, rows);
  return rows;
}

function toFigureRow(index: DatasetIndex, figure: Figure): FigureRow {
  const locality = figure.localityId === null ? undefined : index.localities.get(figure.localityId);
  const article = index.articles.get(figure.articleId);
  return {
    id: figure.id,
    figure,
    locality: locality?.name ?? '',
    localityChain: selectLocalityChain(index, figure.localityId).join(CHAIN_SEPARATOR),
    localityCode: locality?.code ?? null,
    metric: figure.metric,
    text: figure.text,
    value: figure.value,
    unit: figure.unit,
    baseValue: figure.baseValue,
    baseValueMax: figure.baseValueMax,
    baseUnit: figure.baseUnit,
    display: formatQualifiedValue(figure),
    qualifier: figure.qualifier,
    category: figure.category,
    articleId: figure.articleId,
    articleTitle: article?.title ?? '',
    articleDate: article?.date ?? null,
    articleOutlet: article?.outlet ?? null,
    sourceFile: figure.sourceFile,
    review: selectReviewStatus(figure),
    reviewNote: figure.review?.note ?? '',
  };
}
