import type { Translate } from '../../app/i18n/translate';
import type { Language } from '../../app/i18n/messages';
import type { ExportColumn } from '../../lib/export-column';
import { formatRowPeriod } from './format-compared';
import type { ComparisonRow } from './select-comparison';
import type { WideColumn, WideRow } from './select-wide-table';

/** An indicator's name in the UI's language. */
export function formatIndicatorName(column: WideColumn, language: Language): string {
  return language === 'en' ? column.indicator.nameEn : column.indicator.nameZh;
}

/**
 * The wide table as exported for R or Stata: the place, its chain and code, then per indicator its
 * value as a number in the base unit (named in the header), how exact it is and its period.
 */
export function createWideExportColumns(t: Translate, language: Language, columns: readonly WideColumn[]): ExportColumn<WideRow>[] {
  const perIndicator = columns.flatMap((column): ExportColumn<WideRow>[] => {
    const name = formatIndicatorName(column, language);
    const cell = (row: WideRow): ComparisonRow | undefined => row.cells.get(column.indicator.id);
    return [
      { header: t('wide.value', { name, unit: column.unit }), kind: 'number', value: (r) => cell(r)?.value ?? null },
      { header: t('wide.qualifier', { name }), kind: 'text', value: (r) => formatCellQualifier(t, cell(r)) },
      { header: t('wide.period', { name }), kind: 'text', value: (r) => mapCell(cell(r), (c) => formatRowPeriod(t, c)) },
    ];
  });
  return [
    { header: t('column.locality'), kind: 'text', value: (r) => r.locality },
    { header: t('column.chain'), kind: 'text', value: (r) => r.chain },
    { header: t('column.localityCode'), kind: 'code', value: (r) => r.code },
    ...perIndicator,
  ];
}

function mapCell(cell: ComparisonRow | undefined, read: (cell: ComparisonRow) => string): string | null {
  return cell ? read(cell) : null;
}

/** 确数, 约数 …; a range names its upper bound, a sum says so: 区间（至 8）, 确数；下级合计（3）. */
function formatCellQualifier(t: Translate, cell: ComparisonRow | undefined): string | null {
  return mapCell(cell, (c) => formatQualifier(t, c));
}

function formatQualifier(t: Translate, cell: ComparisonRow): string {
  const qualifier = cell.valueMax === null ? t(`qualifier.${cell.qualifier}`) : t('wide.rangeTo', { qualifier: t('qualifier.range'), max: cell.valueMax });
  return cell.shown === null ? `${qualifier}；${t('compare.rolledUp', { count: cell.parts.length })}` : qualifier;
}
