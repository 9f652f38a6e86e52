import { useI18n } from '../../app/i18n/i18n-context';
import type { Category } from '../../dataset/schema';
import type { LocalityStack } from './select-overview';

/** The chart's numbers for every place of the level, folded away: own figures beside those with sub-places. */
export function OverviewTable({
  stacks,
  categories,
  caption,
  hrefOf,
}: {
  stacks: readonly LocalityStack[];
  categories: readonly Category[];
  caption: string;
  hrefOf: (localityId: string) => string;
}) {
  const { t } = useI18n();
  return (
    <details>
      <summary>{t('overview.chartTable', { count: stacks.length })}</summary>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('column.locality')}</th>
              <th scope="col">{t('column.figuresWithin')}</th>
              <th scope="col">{t('column.figuresOwn')}</th>
              {categories.map((c) => (
                <th scope="col" key={c}>
                  {t(`category.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stacks.map((s) => (
              <tr key={s.localityId}>
                <th scope="row">
                  <a href={hrefOf(s.localityId)} title={s.chain}>
                    {s.locality}
                  </a>
                </th>
                <td>{s.total}</td>
                <td>{s.own}</td>
                {categories.map((c) => (
                  <td key={c}>{s.counts[c]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
