import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { categoryAxisWidth } from '../../lib/category-axis-width';

/** Figures per category of one place, as bars; the same numbers are shown in a table beside it. */
export function CategoryChart({ data, label }: { data: readonly { name: string; count: number }[]; label: string }) {
  return (
    <figure className="chart" aria-label={label}>
      <BarChart responsive style={{ width: '100%', height: 60 + data.length * 30 }} data={[...data]} layout="vertical" margin={{ left: 8, right: 24 }}>
        <CartesianGrid horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={categoryAxisWidth(data.map((d) => d.name))} />
        <Bar dataKey="count" fill="#2f6f9f" isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}
