/** Pixels per character of a tick label at recharts' default tick size; wide (Han) characters count one. */
const PIXELS_PER_WIDE_CHARACTER = 15;
const PIXELS_PER_NARROW_CHARACTER = 8;
/** Room between the longest label and the axis line, including the tick. */
const TICK_ROOM = 14;
const MIN_WIDTH = 48;
const MAX_WIDTH = 260;

/**
 * The width a vertical chart's category axis needs so its longest label is not clipped by the chart.
 * @example categoryAxisWidth(['某科技产业园区']) // 119
 */
export function categoryAxisWidth(labels: readonly string[]): number {
  const longest = Math.max(0, ...labels.map(labelWidth));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(longest) + TICK_ROOM));
}

function labelWidth(label: string): number {
  let width = 0;
  for (const char of label) width += char.charCodeAt(0) < 0x2000 ? PIXELS_PER_NARROW_CHARACTER : PIXELS_PER_WIDE_CHARACTER;
  return width;
}
