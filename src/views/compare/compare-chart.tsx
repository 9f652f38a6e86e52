import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { categoryAxisWidth } from '../../lib/category-axis-width';
import type { Magnitude } from '../../lib/format-number';

/** One bar as drawn: the place, its value in the chart's magnitude and the label written beside it. */
export interface ChartBar {
  locality: string;
  value: number;
  label: string;
}

/** Horizontal bars, one per place, in the order given; clicking a bar reports its position. */
export function CompareChart({
  bars,
  magnitude,
  unit,
  label,
  onSelect,
}: {
  bars: readonly ChartBar[];
  magnitude: Magnitude;
  unit: string;
  label: string;
  onSelect: (position: number) => void;
}) {
  const height = 60 + bars.length * 36;
  return (
    <figure className="chart" aria-label={label}>
      <BarChart responsive style={{ width: '100%', height }} data={[...bars]} layout="vertical" margin={{ left: 8, right: 96 }}>
        <CartesianGrid horizontal={false} />
        {/* preserveStartEnd keeps 0 and the top and drops only overlapping ticks between (a phone once showed two). */}
        <XAxis type="number" unit={magnitude.prefix + unit} tickCount={5} interval="preserveStartEnd" tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="locality" width={categoryAxisWidth(bars.map((bar) => bar.locality))} />
        <Bar dataKey="value" fill="#2f6f9f" cursor="pointer" isAnimationActive={false} onClick={(_bar, position) => onSelect(position)}>
          <LabelList dataKey="label" position="right" />
        </Bar>
      </BarChart>
    </figure>
  );
}
