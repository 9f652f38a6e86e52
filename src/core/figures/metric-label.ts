/**
 * Metric labels: the short phrase naming what a figure counts — the subject before the number
 * (总投资8亿元 → 总投资) or the noun after a measure word (新设60个便民窗口 → 便民窗口).
 */
import type { UnitKind } from '../../dataset/schema';
import { FILLERS_BEFORE, LINKS_BEFORE, STOPS_AFTER, UNIT_KIND_LABELS } from './metric-lexicon';

/** Where the figure sits and what limits the look-back. */
export interface LabelSpan {
  start: number;
  end: number;
  unitKind: UnitKind;
  /** End of the previous figure in the paragraph, so labels never reach across figures. */
  floor: number;
}

const BOUNDARY = /[，。；：、！？,;:!?（）()“”‘’《》【】\s…—]/u;
const MAX_BEFORE = 16;
const MAX_AFTER = 8;
const HAN_RUN = /^\p{Script=Han}+/u;
// Every part is optional but each needs its date word, so a number opening a name (5G基站) stays.
const LEADING_DATE = /^(?:\d+年)?(?:\d+月份?)?(?:\d+日)?/u;

function stripRepeated(text: string, words: readonly string[], fromStart: boolean): string {
  let current = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of words) {
      if (fromStart ? current.startsWith(word) : current.endsWith(word)) {
        current = fromStart ? current.slice(word.length) : current.slice(0, -word.length);
        changed = current !== '';
      }
    }
  }
  return current;
}

function labelBefore(text: string, span: LabelSpan): string {
  let from = span.start;
  while (from > span.floor && !BOUNDARY.test(text[from - 1] ?? '')) from--;
  const lead = stripRepeated(stripRepeated(text.slice(from, span.start), LINKS_BEFORE, false), FILLERS_BEFORE, true);
  // 2022年地区生产总值 → 地区生产总值, 5月份用电量 → 用电量: a leading date is when, not what.
  return lead.replace(LEADING_DATE, '').slice(-MAX_BEFORE);
}

function labelAfter(text: string, span: LabelSpan): string {
  if (span.unitKind !== 'count') return '';
  const run = HAN_RUN.exec(text.slice(span.end, span.end + 2 * MAX_AFTER))?.[0] ?? '';
  let cut = run.length;
  for (const stop of STOPS_AFTER) {
    const at = run.indexOf(stop);
    if (at >= 0 && at < cut) cut = at;
  }
  return run.slice(0, Math.min(cut, MAX_AFTER));
}

/**
 * Names what a figure measures, in a few characters of simplified Chinese.
 * @example findMetricLabel('新设60个便民窗口', { start: 2, end: 5, unitKind: 'count', floor: 0 }) // '便民窗口'
 */
export function findMetricLabel(text: string, span: LabelSpan): string {
  const after = labelAfter(text, span);
  if (after !== '') return after;
  const before = labelBefore(text, span);
  return before.length >= 2 ? before : UNIT_KIND_LABELS[span.unitKind];
}
