import type { Figure } from '../dataset/schema';
import type { DatasetIndex } from '../lib/create-dataset-index';

/** A short list of figures: each figure's text is a button opening its drill-down. */
export function FigureList({ index, figures, openFigure }: { index: DatasetIndex; figures: readonly Figure[]; openFigure: (id: string) => void }) {
  return (
    <ul className="figure-list">
      {figures.map((f) => (
        <li key={f.id}>
          <button type="button" className="link-button" onClick={() => openFigure(f.id)}>
            {f.text}
          </button>{' '}
          {f.metric} · {index.articles.get(f.articleId)?.title}
        </li>
      ))}
    </ul>
  );
}
