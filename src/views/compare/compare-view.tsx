import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { DataTable } from '../../components/data-table';
import { ExportButtons } from '../../components/export-buttons';
import { useDataTable } from '../../components/use-data-table';
import type { ViewProps } from '../../lib/view-props';
import { selectChartedFigures } from '../../lib/select-review';
import { ClaimList } from './claim-list';
import { CompareChart } from './compare-chart';
import { createCompareColumns, createCompareExportColumns } from './compare-columns';
import { CompareControls } from './compare-controls';
import { IndicatorPicker } from './indicator-picker';
import { selectCompareModel } from './select-compare-model';
import { resolveSortChoice, toSortKeys } from './select-sort-choice';
import { WideTable } from './wide-table';

/**
 * Places side by side on one indicator, one aspect, unit and period, at one administrative level:
 * a dot chart, the same rows as a table, the claims behind a chosen row, and the wide table of every
 * indicator.
 */
export function CompareView({ index, state, figures: filtered, update, openFigure }: ViewProps) {
  const { t, language } = useI18n();
  // A figure marked wrong in review never reaches a chart, even when the review filter lists the wrong ones.
  const figures = useMemo(() => selectChartedFigures(filtered), [filtered]);
  const detailId = useId();
  const { indicator: chosenIndicator, aspect, unit: chosenUnit, period, level, rollup } = state;
  // Only the compare choices are dependencies: a new sort or an opened figure must not recompute the rows.
  const model = useMemo(
    () => selectCompareModel(index, figures, { indicator: chosenIndicator, aspect, unit: chosenUnit, period, level, rollup }),
    [index, figures, chosenIndicator, aspect, chosenUnit, period, level, rollup],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const { indicator } = model;
  const unit = model.unit ?? '';
  const kind = indicator?.dimension ?? 'count';
  const direction = indicator?.direction ?? null;
  const defaultSort = toSortKeys(direction === null ? 'largest' : 'best', direction);
  const columns = useMemo(() => createCompareColumns(t, unit, kind, (row) => setChosen(row.localityId)), [t, unit, kind]);
  const table = useDataTable({ rows: model.rows, columns, view: state, onViewChange: update, defaultSort, getRowId: (r) => r.localityId });
  const sorted = table.sortedRows;
  const chosenRow = model.rows.find((row) => row.localityId === chosen);
  const name = indicator ? (language === 'en' ? indicator.nameEn : indicator.nameZh) : '';
  const chartLabel = t('compare.chartLabel', { measure: name, unit });

  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compare.title')}</h2>
      <IndicatorPicker
        index={index}
        options={model.indicators}
        indicator={indicator?.id ?? null}
        onChange={(id) => update({ indicator: id, aspect: null, unit: null, period: null, level: null, rollup: false, sort: [] })}
      />
      {indicator === null ? (
        <p className="empty-state">{t('compare.noIndicators')}</p>
      ) : (
        <>
          <CompareControls model={model} sort={resolveSortChoice(state.sort.length > 0 ? state.sort : defaultSort, direction)} onChange={update} />
          <p className="hint">
            {[
              direction === null ? t('compare.noDirection') : t(`compare.direction.${direction}`, { name }),
              t('compare.rule'),
              model.leftOut.unplaced + model.leftOut.anecdotes > 0 ? t('compare.leftOut', model.leftOut) : '',
            ].filter((part) => part).join(' ')}
          </p>
          {model.rows.length === 0 ? (
            <p className="empty-state">{t('compare.none')}</p>
          ) : (
            <>
              <CompareChart rows={sorted} unit={unit} kind={kind} label={chartLabel} selected={chosen} detailId={detailId} onSelect={setChosen} openFigure={openFigure} />
              <section id={detailId} aria-live="polite" className="bar-figures">
                {chosenRow && (
                  <>
                    <h3>{t('compare.figuresOf', { locality: chosenRow.locality })}</h3>
                    <ClaimList index={index} row={chosenRow} unit={unit} kind={kind} openFigure={openFigure} />
                  </>
                )}
              </section>
              <div className="table-tools">
                <ExportButtons view="compare" table={() => ({ rows: sorted, columns: createCompareExportColumns(t, unit) })} />
              </div>
              <DataTable table={table} caption={chartLabel} />
            </>
          )}
          {model.level !== null && <WideTable index={index} state={state} figures={figures} level={model.level} />}
        </>
      )}
    </section>
  );
}
