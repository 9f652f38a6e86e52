import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { categoryAxisWidth } from '../../lib/category-axis-width';
import { useI18n } from '../../app/i18n/i18n-context';
import { CATEGORIES, type Category } from '../../dataset/schema';
import type { LocalityStack } from './select-overview';

// Twelve distinguishable hues, one per category, in CATEGORIES order.
const PALETTE = ['#2f6f9f', '#e07b39', '#3a9a5b', '#c0392b', '#8e6cbf', '#8c5a3c', '#d267a8', '#6b6b6b', '#b3a21f', '#1fa3b3', '#5c7cfa', '#a3a3a3'];

/** Stacked horizontal bars: figures per place, split by category. */
export function OverviewChart({ stacks, categories, label }: { stacks: readonly LocalityStack[]; categories: readonly Category[]; label: string }) {
  const { t } = useI18n();
  const data = stacks.map((s) => ({ locality: s.locality, ...s.counts }));
  return (
    <figure className="chart" aria-label={label}>
      <BarChart responsive style={{ width: '100%', height: 80 + stacks.length * 30 }} data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
        <CartesianGrid horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="locality" width={categoryAxisWidth(stacks.map((s) => s.locality))} />
        <Tooltip />
        <Legend />
        {categories.map((category) => (
          <Bar key={category} dataKey={category} name={t(`category.${category}`)} stackId="figures" isAnimationActive={false} fill={PALETTE[CATEGORIES.indexOf(category) % PALETTE.length]} />
        ))}
      </BarChart>
    </figure>
  );
}
