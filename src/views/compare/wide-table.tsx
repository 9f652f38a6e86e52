import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { ExportButtons } from '../../components/export-buttons';
import { ShowMoreButton, useShownCount } from '../../components/show-more';
import type { Figure, LocalityLevel } from '../../dataset/schema';
import type { DatasetIndex } from '../../lib/create-dataset-index';
import { hrefForView, type UrlState } from '../../lib/url-state';
import { formatRowPeriod, formatRowValue } from './format-compared';
import { selectWideTable } from './select-wide-table';
import { createWideExportColumns, formatIndicatorName } from './wide-export-columns';

/**
 * The locality × indicator table: the places of the chosen level as rows, every indicator any of them
 * reports as a column, each cell the place's latest level with its period; exported whole, rendered a
 * hundred rows at a time (a level can hold thousands of places at benchmark scale).
 */
export function WideTable({
  index,
  state,
  figures,
  level,
}: {
  index: DatasetIndex;
  state: UrlState;
  figures: readonly Figure[];
  level: LocalityLevel;
}) {
  const { t, language } = useI18n();
  const { columns, rows } = useMemo(
    () => selectWideTable(index, figures, { level, period: state.period, rollUp: state.rollup }),
    [index, figures, level, state.period, state.rollup],
  );
  const caption = t('wide.title', { level: t(`level.${level}`) });
  const [shown, more] = useShownCount(rows.length, rows);
  return (
    <section aria-labelledby="wide-title" className="wide-table">
      <h3 id="wide-title">{caption}</h3>
      <p className="hint">{t('wide.rule')}</p>
      <div className="table-tools">
        <ExportButtons view="compare-wide" table={() => ({ rows, columns: createWideExportColumns(t, language, columns) })} />
      </div>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('column.locality')}</th>
              {columns.map((column) => (
                <th scope="col" key={column.indicator.id}>
                  {t('wide.value', { name: formatIndicatorName(column, language), unit: column.unit })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((row) => (
              <tr key={row.localityId}>
                <th scope="row">
                  <a href={hrefForView(state, 'locality', row.localityId)} title={row.chain}>
                    {row.locality}
                  </a>
                </th>
                {columns.map((column) => {
                  const cell = row.cells.get(column.indicator.id);
                  return (
                    <td key={column.indicator.id}>
                      {cell && (
                        <>
                          <span className="number">{formatRowValue(cell, column.unit, column.indicator.dimension)}</span>
                          <span className="cell-period">{formatRowPeriod(t, cell)}</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMoreButton shown={shown} total={rows.length} onMore={more} />
    </section>
  );
}
