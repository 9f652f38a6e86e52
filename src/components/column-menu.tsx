import type { RowData } from '@tanstack/react-table';
import { useI18n } from '../app/i18n/i18n-context';
import type { DataTableInstance } from './use-data-table';

/** A disclosure listing every hideable column with a checkbox, named by its header text. */
export function ColumnMenu<Row extends RowData>({ table }: { table: DataTableInstance<Row> }) {
  const { t } = useI18n();
  return (
    <details className="column-menu">
      <summary>{t('table.columns')}</summary>
      <ul>
        {table
          .getAllLeafColumns()
          .filter((column) => column.getCanHide())
          .map((column) => (
            <li key={column.id}>
              <label>
                <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
                {typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id}
              </label>
            </li>
          ))}
      </ul>
    </details>
  );
}
