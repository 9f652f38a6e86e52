import { useCallback, useId, useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-context';
import { ExportButtons } from '../../components/export-buttons';
import { DataTable } from '../../components/data-table';
import { FigureList } from '../../components/figure-list';
import { useDataTable } from '../../components/use-data-table';
import { formatQualifiedValue, selectMagnitude } from '../../lib/format-number';
import type { ViewProps } from '../../lib/view-props';
import { CompareChart } from './compare-chart';
import { createCompareColumns, createCompareCsvColumns } from './compare-columns';
import { MeasurePicker } from './measure-picker';
import { selectComparison, selectMeasured, selectMeasures, selectUnits, type ComparisonBar } from './select-comparison';

const DEFAULT_SORT = [{ id: 'value', desc: true }];

/** Places side by side on one measure in one base unit: a bar chart and the same numbers as a table. */
export function CompareView({ index, state, figures, update, openFigure }: ViewProps) {
  const { t } = useI18n();
  const listId = useId();
  const measures = useMemo(() => selectMeasures(figures), [figures]);
  // By default the largest category other than the catch-all 'other'.
  const fallback = measures.filter((m) => m.metric === null).sort((a, b) => Number(a.category === 'other') - Number(b.category === 'other') || b.count - a.count);
  const measure = state.measure ?? fallback[0]?.key ?? null;
  const measured = useMemo(() => selectMeasured(figures, measure), [figures, measure]);
  const units = useMemo(() => selectUnits(measured), [measured]);
  const unit = state.unit !== null && units.some((u) => u.unit === state.unit) ? state.unit : (units[0]?.unit ?? '');
  const bars = useMemo(() => selectComparison(index, measured, unit), [index, measured, unit]);
  const [chosen, setChosen] = useState<string | null>(null);
  const select = useCallback(
    (bar: ComparisonBar) => {
      setChosen(bar.localityId);
      openFigure(bar.figure.id);
    },
    [openFigure],
  );
  const columns = useMemo(() => createCompareColumns(t, unit, select), [t, unit, select]);
  const table = useDataTable({
    rows: bars,
    columns,
    view: state,
    onViewChange: update,
    defaultSort: DEFAULT_SORT,
    getRowId: (bar) => bar.localityId,
  });
  const sorted = table.getSortedRowModel().rows.map((row) => row.original);
  const magnitude = selectMagnitude(Math.max(0, ...bars.map((b) => b.valueMax ?? b.value)), bars[0]?.unitKind ?? 'count');
  const measureName = measures.find((m) => m.key === measure);
  const measureLabel = measureName ? (measureName.metric ?? t(`category.${measureName.category}`)) : '';
  const chosenBar = bars.find((b) => b.localityId === chosen);

  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compare.title')}</h2>
      <MeasurePicker measures={measures} measure={measure} units={units} unit={unit} onChange={(patch) => update({ ...patch, sort: [] })} />
      {measure === null ? (
        <p className="empty-state">{t('compare.pick')}</p>
      ) : bars.length === 0 ? (
        <p className="empty-state">{t('compare.none')}</p>
      ) : (
        <>
          <p className="hint">{t('compare.rule')}</p>
          <CompareChart
            bars={sorted.map((b) => ({ locality: b.locality, value: (b.valueMax ?? b.value) / magnitude.factor, label: formatQualifiedValue({ ...b.figure, baseUnit: unit }) }))}
            magnitude={magnitude}
            unit={unit}
            label={t('compare.chartLabel', { measure: measureLabel, unit })}
            onSelect={(position) => {
              const bar = sorted[position];
              if (bar) select(bar);
            }}
          />
          <div className="table-tools">
            <ExportButtons view="compare" table={() => ({ columns: createCompareCsvColumns(t, unit), rows: sorted })} />
          </div>
          <DataTable table={table} caption={t('compare.chartLabel', { measure: measureLabel, unit })} />
        </>
      )}
      {chosenBar && (
        <section aria-labelledby={listId} className="bar-figures">
          <h3 id={listId}>{t('compare.figuresOf', { locality: chosenBar.locality })}</h3>
          <FigureList index={index} figures={chosenBar.figures} openFigure={openFigure} />
        </section>
      )}
    </section>
  );
}
