import { createColumnHelper } from '@tanstack/react-table';
import type { Translate } from '../../app/i18n/translate';
import { sortByNumber, sortByText, type DashboardFeatures } from '../../components/table-features';
import type { Category } from '../../dataset/schema';
import type { ExportColumn } from '../../lib/export-column';
import type { LocalityRow } from './select-locality-rows';

const column = createColumnHelper<DashboardFeatures, LocalityRow>();

/** Name (a link to the place), chain, level, code, total and one count column per category. */
export function createLocalityColumns(t: Translate, categories: readonly Category[], href: (id: string) => string) {
  return column.columns([
    column.accessor('name', {
      header: t('column.locality'),
      sortFn: sortByText((r) => r.name),
      cell: (info) => <a href={href(info.row.original.id)}>{info.getValue()}</a>,
    }),
    column.accessor('chain', { header: t('column.chain'), sortFn: sortByText((r) => r.chain) }),
    column.accessor('level', { header: t('column.level'), sortFn: sortByNumber((r) => r.levelRank), cell: (info) => t(`level.${info.getValue()}`) }),
    column.accessor((r) => r.code ?? '', { id: 'code', header: t('column.localityCode'), sortFn: sortByText((r) => r.code ?? '') }),
    column.accessor('total', { header: t('column.figures'), sortFn: sortByNumber((r) => r.total) }),
    ...categories.map((category) =>
      column.accessor((r) => r.counts[category], {
        id: `category_${category}`,
        header: t(`category.${category}`),
        sortFn: sortByNumber((r) => r.counts[category]),
      }),
    ),
  ]);
}

/** What each column of the localities table exports, by column id; levels in the UI's language. */
export function createLocalityExportParts(t: Translate, categories: readonly Category[]): Record<string, ExportColumn<LocalityRow>[]> {
  return {
    name: [{ header: t('column.locality'), kind: 'text', value: (r) => r.name }],
    chain: [{ header: t('column.chain'), kind: 'text', value: (r) => r.chain }],
    level: [{ header: t('column.level'), kind: 'text', value: (r) => t(`level.${r.level}`) }],
    code: [{ header: t('column.localityCode'), kind: 'code', value: (r) => r.code }],
    total: [{ header: t('column.figures'), kind: 'number', value: (r) => r.total }],
    ...Object.fromEntries(
      categories.map((c) => [`category_${c}`, [{ header: t(`category.${c}`), kind: 'number', value: (r: LocalityRow) => r.counts[c] }]]),
    ),
  };
}
