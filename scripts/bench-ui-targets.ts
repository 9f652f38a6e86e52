import type { UiMeasure } from './measure-ui';

/**
 * What each kind of interaction must stay under at 10,000 articles (issue 12): the first screen within
 * 2 s, a sort or a filter within 100 ms (a reader sees no wait), a drill-down or an article within 200 ms.
 * The figures table is a first screen too; the article reader is held to the drill-down's target.
 */
export const UI_TARGETS_MS: Readonly<Record<UiMeasure['kind'], number>> = {
  firstChart: 2000,
  figuresTable: 2000,
  sort: 100,
  filter: 100,
  drillDown: 200,
  article: 200,
};
/** The JavaScript before the first screen, gzip (the same budget as `npm run size`). */
export const FIRST_LOAD_BUDGET_BYTES = 200 * 1024;

export interface UiResult {
  name: string;
  value: number;
  unit: 'ms' | 'kB';
  target: number;
  pass: boolean;
}

export interface UiReport {
  articles: number;
  date: string;
  cores: number;
  /** Journeys made; each measure is its median over them. */
  runs: number;
  heapBytes: number;
  firstLoadBytes: number;
  results: UiResult[];
  seconds: number;
}

/** Each measure against its target, and the first-load JavaScript against its budget. */
export function checkUiTargets(measures: readonly UiMeasure[], firstLoadBytes: number): UiResult[] {
  return [
    ...measures.map((m) => ({ name: m.name, value: Math.round(m.ms), unit: 'ms' as const, target: UI_TARGETS_MS[m.kind], pass: m.ms < UI_TARGETS_MS[m.kind] })),
    { name: 'first-load JS (gzip)', value: Math.round(firstLoadBytes / 102.4) / 10, unit: 'kB', target: FIRST_LOAD_BUDGET_BYTES / 1024, pass: firstLoadBytes <= FIRST_LOAD_BUDGET_BYTES },
  ];
}

/** The report as a table for a person: one line per measure, PASS or MISS, then the heap. */
export function formatUiReport(report: UiReport): string {
  const width = Math.max(...report.results.map((r) => r.name.length));
  const lines = report.results.map((r) => {
    const comparison = r.unit === 'kB' ? `≤ ${r.target} kB` : `< ${r.target} ms`;
    return `${r.name.padEnd(width)}  ${`${r.value} ${r.unit}`.padStart(10)}  ${comparison.padEnd(10)}  ${r.pass ? 'PASS' : 'MISS'}`;
  });
  return [
    `bench:ui — ${report.articles} articles, ${report.cores} cores, ${report.date.slice(0, 10)}, median of ${report.runs} journey(s)`,
    ...lines,
    `JS heap after the journey (after GC): ${(report.heapBytes / 1024 / 1024).toFixed(1)} MB`,
    `${report.results.filter((r) => r.pass).length}/${report.results.length} targets hold; run took ${report.seconds.toFixed(0)} s`,
  ].join('\n');
}
