import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { FigureTable } from '../../components/figure-table';
import { selectFigureRows } from '../../lib/select-figure-rows';
import { hrefForView } from '../../lib/url-state';
import type { ViewProps } from '../../lib/view-props';

/** Every filtered figure as a sortable table; the sort lives in the URL. */
export function FiguresView({ index, state, figures, update, openFigure }: ViewProps) {
  const { t } = useI18n();
  const rows = useMemo(() => selectFigureRows(index, figures), [index, figures]);
  const actions = useMemo(
    () => ({ openFigure, articleHref: (id: string) => hrefForView(state, 'article', id), text: index.text }),
    [openFigure, state, index.text],
  );
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">{t('nav.figures')}</h2>
      <FigureTable
        rows={rows}
        view={state}
        onViewChange={update}
        actions={actions}
        exportName="figures"
        caption={t('nav.figures')}
      />
    </section>
  );
}
