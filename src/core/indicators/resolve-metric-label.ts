/**
 * Metric labels in context: the name of what a figure measures, in whole words, once the places of its
 * clause are known. The words before the number start after the last place the clause names (五村镇今年
 * 芒果种植面积 → 芒果种植面积); a count takes its verb and its noun (走访了104家企业 → 走访企业数); a bare
 * head borrows its object from the count before it (项目45个，总投资261亿元 → 项目总投资); a change or a
 * comparison borrows the measure it changes (种植户人均收入1.1万元，比全县平均水平高出18%).
 */
import { resolveChangeLabels } from '../figures/change-labels';
import { findLabelParts } from '../figures/metric-label';
import { UNIT_KIND_LABELS } from '../figures/metric-lexicon';
import { CLAUSE_END, SENTENCE_END } from '../text/find-clause';
import type { FigureCandidate, PlaceSpan } from '../types';
import {
  ABSTRACT_NOUNS, AFTER_PLACE, BARE_HEADS, STREET_OFFICE, LEADING_COUNT, NOUN_AFTER_OF, TIME_ENDINGS, TIME_SPENT_LEAD, COMPARISON_LEAD, COUNT_SUFFIXES, COUNTED_ENDINGS, DANGLING_ENDINGS, LOWER_VERBS, MAX_PREDICATE, MAX_VERB_LEAD,
  MIN_VERB_LEAD, NEAR_WORDS, PEOPLE_ENDINGS, PREDICATE_FILLERS, PREDICATE_VERBS,
} from './label-lexicon';

// 在建10亿元以上项目4个, 纳入调度的5亿元以上重大项目38个: a threshold right before a noun is part of the
// lead of the count after it, not a figure that ends the lead.
const THRESHOLD = /(?:以上|以下|及以上|及以下)$/u;
const NOUN_AFTER_THRESHOLD = /^[\p{Script=Han}“”]{2,}$/u;

/** Where the lead before a figure may start: after the previous figure and after the last place of its clause. */
function findFloor(text: string, figure: FigureCandidate, previous: FigureCandidate | undefined, places: readonly PlaceSpan[]): number {
  const modifies = previous !== undefined && THRESHOLD.test(previous.text) && NOUN_AFTER_THRESHOLD.test(text.slice(previous.end, figure.start));
  const previousEnd = previous === undefined || modifies ? 0 : previous.end;
  let clauseStart = figure.start;
  while (clauseStart > previousEnd && !CLAUSE_END.test(text[clauseStart - 1] ?? '')) clauseStart--;
  const place = places.filter((p) => p.end <= figure.start && p.end > clauseStart).at(-1);
  if (place === undefined || place.end <= previousEnd) return previousEnd;
  const after = text.slice(place.end, figure.start);
  const office = text.slice(place.end - 2, place.end) === '街道' ? STREET_OFFICE.exec(after)?.[0].length ?? 0 : 0;
  if (office > 0) return place.end + office;
  return AFTER_PLACE.test(after) ? place.end + 1 : place.end;
}

/** 9个村实现了产业全覆盖 → 实现产业全覆盖的村: the predicate after a counted noun, when one follows it. */
function predicateAfter(text: string, figure: FigureCandidate, noun: string): string {
  const from = figure.end + noun.length;
  let to = from;
  while (to < text.length && to - from < MAX_PREDICATE && !CLAUSE_END.test(text[to] ?? '')) to++;
  const rest = text.slice(from, to).replace(PREDICATE_FILLERS, '');
  const closed = to >= text.length || CLAUSE_END.test(text[to] ?? '');
  return closed && PREDICATE_VERBS.test(rest) ? rest : '';
}

/** 3642平米的七堰社区工厂 → 七堰社区工厂面积; 总投资6.8亿元的智能家电产业园 → 智能家电产业园总投资. */
function ofNounAfter(text: string, figure: FigureCandidate, lead: string): string | null {
  if (figure.unitKind === 'count') return null;
  const before = lead.replace(LEADING_COUNT, '');
  const noun = NOUN_AFTER_OF.exec(text.slice(figure.end, figure.end + 12))?.groups?.['noun'];
  if (noun === undefined || ABSTRACT_NOUNS.test(noun)) return null;
  const generic = before.length < 2 || BARE_HEADS.has(before) || before === UNIT_KIND_LABELS[figure.unitKind];
  if (!generic && before.length > MAX_VERB_LEAD && text[figure.start - 1] !== '的') return null;
  return `${noun}${BARE_HEADS.has(before) ? before : UNIT_KIND_LABELS[figure.unitKind]}`;
}

/** 立项只用了一周 → 立项用时: the time something took says so. */
function asTimeSpent(text: string, figure: FigureCandidate, label: string): string {
  if (figure.unitKind !== 'duration' || !TIME_SPENT_LEAD.test(text.slice(Math.max(0, figure.start - 3), figure.start))) return label;
  if (label === UNIT_KIND_LABELS.duration) return '用时';
  return TIME_ENDINGS.test(label) ? label : `${label}用时`;
}

function baseLabel(text: string, figure: FigureCandidate, floor: number): string {
  const label = readBaseLabel(text, figure, floor);
  return asTimeSpent(text, figure, label);
}

function readBaseLabel(text: string, figure: FigureCandidate, floor: number): string {
  const { before, after } = findLabelParts(text, { start: figure.start, end: figure.end, unitKind: figure.unitKind, floor });
  const qualified = ofNounAfter(text, figure, before);
  if (qualified !== null) return qualified;
  const noun = figure.unitKind === 'count' ? (after !== '' ? after : /^[\p{Script=Han}]{0,2}/u.exec(text.slice(figure.end))?.[0] ?? '') : '';
  const predicate = figure.unitKind === 'count' && before.length < MIN_VERB_LEAD ? predicateAfter(text, figure, noun) : '';
  if (predicate !== "") return `${predicate}的${noun}`;
  if (after === '') return before.length >= 2 ? before : UNIT_KIND_LABELS[figure.unitKind];
  // 走访了104家企业: the verb names the measure with the noun; a longer lead is a clause of its own.
  const verb = before.length >= MIN_VERB_LEAD && before.length <= MAX_VERB_LEAD && !DANGLING_ENDINGS.test(before) && !after.startsWith(before) ? before : '';
  return verb + after;
}

/** 种植户人均收入1.1万元，比全县平均水平高出18%: the gap is named by the measure it compares. */
function compareLabel(text: string, figure: FigureCandidate, previous: FigureCandidate | undefined): string | null {
  if (previous === undefined || SENTENCE_END.test(text.slice(previous.end, figure.start))) return null;
  let clauseStart = figure.start;
  while (clauseStart > previous.end && !CLAUSE_END.test(text[clauseStart - 1] ?? '')) clauseStart--;
  const match = COMPARISON_LEAD.exec(text.slice(clauseStart, figure.start))?.groups;
  if (match === undefined) return null;
  const than = (match['than'] ?? '').replace(NEAR_WORDS, '');
  const direction = LOWER_VERBS.test(match['verb'] ?? match['bare'] ?? '') ? '低于' : '高于';
  return `${previous.metric}${direction}${than}${match['average'] === undefined ? '' : '平均'}`;
}

/** 总投资 after 项目45个 in the same sentence: the projects' total investment. */
function borrowObject(text: string, figure: FigureCandidate, previous: FigureCandidate | undefined): string {
  if (previous === undefined || previous.unitKind !== 'count' || !BARE_HEADS.has(figure.metric)) return figure.metric;
  if (SENTENCE_END.test(text.slice(previous.end, figure.start))) return figure.metric;
  return previous.metric.endsWith(figure.metric) ? previous.metric : `${previous.metric}${figure.metric}`;
}

/** 走访企业 (家) → 走访企业数; 培训 (人次) → 培训人次; labels that name a rate or a count already stay. */
function withCountSuffix(label: string, figure: FigureCandidate): string {
  if (figure.unitKind !== 'count' || COUNTED_ENDINGS.test(label) || label === UNIT_KIND_LABELS.count) return label;
  const suffix = COUNT_SUFFIXES.find(([units]) => units.test(figure.unit))?.[1] ?? '数';
  // 累计人员 (人), 网格员 (名): a label that names the people counted takes 数, not 人数.
  if (suffix === '人数' && PEOPLE_ENDINGS.test(label)) return `${label}数`;
  return label.endsWith(suffix) ? label : `${label}${suffix}`;
}

// 项目制定了, 上聚集了青稞酒酿造及配套企业, 建设了标准化暖棚: an aspect particle marks a clause, not a name.
// What follows the particle is the thing, when it names one; else what stands before the verb does.
const ASPECT_PARTICLE = /(?<=\p{Script=Han})[了着](?!解)/u;
const VERB_BEFORE_PARTICLE = 2;

/** A label without the verb phrase a particle marks in it: 项目制定了 → 项目, 建设了标准化暖棚 → 标准化暖棚. */
function withoutVerbPhrase(label: string): string {
  const at = label.search(ASPECT_PARTICLE);
  if (at < 0) return label;
  const after = label.slice(at + 1);
  if (after.replace(/数$/u, '').length >= 2) return withoutVerbPhrase(after);
  const before = label.slice(0, Math.max(0, at - VERB_BEFORE_PARTICLE));
  return before.length >= 2 ? `${before}${after}` : label;
}

/**
 * Re-reads the labels of one paragraph's figures with the places its clauses name.
 * @example resolveMetricLabels('全镇走访了104家企业', figures, [{ block: 2, start: 0, end: 2 }])[0].metric // '走访企业数'
 */
export function resolveMetricLabels(text: string, figures: readonly FigureCandidate[], places: readonly PlaceSpan[]): FigureCandidate[] {
  const read = figures.map((figure, i) => ({ ...figure, metric: withoutVerbPhrase(baseLabel(text, figure, findFloor(text, figure, figures[i - 1], places))) }));
  // 由12个工作日压缩至4个工作日: the after-figure measures what the before-figure measured.
  const linked = read.map((figure) => {
    const earlier = figure.previousIndex === null ? undefined : read[figure.previousIndex];
    return earlier ? { ...figure, metric: earlier.metric } : figure;
  });
  const borrowed = resolveChangeLabels(text, linked);
  const objects: FigureCandidate[] = [];
  for (const figure of borrowed) {
    const previous = objects.at(-1);
    objects.push({ ...figure, metric: compareLabel(text, figure, previous) ?? borrowObject(text, figure, previous) });
  }
  return objects.map((figure) => ({ ...figure, metric: withCountSuffix(figure.metric, figure) }));
}
