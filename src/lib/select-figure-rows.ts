import type { Category, Figure, Qualifier } from '../dataset/schema';
import { selectLocalityChain, type DatasetIndex } from './create-dataset-index';
import { formatQualifiedValue } from './format-number';

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
  /** The normalised value for reading: ≈2.8万件, 5–8亿元. */
  display: string;
  qualifier: Qualifier;
  category: Category;
  articleId: string;
  articleTitle: string;
  sourceFile: string;
}

export const CHAIN_SEPARATOR = ' › ';

/** Table rows for figures, in the order given. */
export function selectFigureRows(index: DatasetIndex, figures: readonly Figure[]): FigureRow[] {
  return figures.map((figure) => {
    const locality = figure.localityId === null ? undefined : index.localities.get(figure.localityId);
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
      articleTitle: index.articles.get(figure.articleId)?.title ?? '',
      sourceFile: figure.sourceFile,
    };
  });
}
