import type { RowData } from '@tanstack/react-table';
import { useI18n } from '../app/i18n/i18n-context';
import type { DataTableInstance } from './use-data-table';
import { TablePager } from './table-pager';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const ARROWS = { asc: '▲', desc: '▼' } as const;

/**
 * A real <table>: <th> headers carry aria-sort, sortable headers are buttons (shift+click adds a
 * second key), and only the current page of rows is rendered.
 */
export function DataTable<Row extends RowData>({ table, caption }: { table: DataTableInstance<Row>; caption: string }) {
  const { t } = useI18n();
  const sorting = table.state.sorting;
  const rows = table.getRowModel().rows;
  return (
    <div className="data-table">
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const order = sorting.length > 1 && sorted ? header.column.getSortIndex() + 1 : null;
                  return (
                    <th key={header.id} scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}>
                      {header.column.getCanSort() ? (
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <span aria-hidden="true" className="sort-mark">
                            {sorted ? ARROWS[sorted] : '↕'}
                            {order !== null && <sub>{order}</sub>}
                          </span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="empty-state">{t('table.empty')}</p>}
      <TablePager table={table} />
    </div>
  );
}
