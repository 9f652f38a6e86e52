import { useId } from 'react';
import type { RowData } from '@tanstack/react-table';
import { useI18n } from '../app/i18n/i18n-context';
import type { DataTableInstance } from './use-data-table';

const PAGE_SIZES = [25, 50, 100, 500] as const;

/** Previous/next buttons, the page position and the page size of a data table. */
export function TablePager<Row extends RowData>({ table }: { table: DataTableInstance<Row> }) {
  const { t } = useI18n();
  const sizeId = useId();
  const { pageIndex, pageSize } = table.state.pagination;
  const pages = Math.max(1, table.getPageCount());
  return (
    <div className="table-pager">
      <button type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
        {t('table.previous')}
      </button>
      <span role="status">{t('table.page', { page: pageIndex + 1, pages, rows: table.getRowCount() })}</span>
      <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
        {t('table.next')}
      </button>
      <label htmlFor={sizeId}>{t('table.pageSize')}</label>
      <select id={sizeId} value={pageSize} onChange={(e) => table.setPageSize(Number(e.target.value))}>
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
    </div>
  );
}
