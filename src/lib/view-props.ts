import type { Figure } from '../dataset/schema';
import type { DatasetIndex } from './create-dataset-index';
import type { UrlState } from './url-state';
import type { ReviewActions, ReviewState } from './use-review';

/** What the app hands every view: the data, the filtered figures and the ways to change the URL. */
export interface ViewProps {
  index: DatasetIndex;
  state: UrlState;
  /** The figures passing the filters, in dataset order. */
  figures: readonly Figure[];
  /** The search text in simplified characters. */
  query: string;
  update: (patch: Partial<UrlState>, mode?: 'push' | 'replace') => void;
  openFigure: (id: string) => void;
  /** The review of the dataset and what a reviewer can do (the article view adds selected words as figures); a view shown on its own has none. */
  review?: ReviewState;
  reviewActions?: ReviewActions;
}
