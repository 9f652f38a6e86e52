/**
 * The meaning stage: for every figure of an article, what it measures and when — its label, re-read
 * once the places of its clause are known; its indicator and category; its aspect (level, before,
 * change, share, target); its period; and whether it is an anecdote about one private person. Runs
 * after the figures and locality stages, with the article's date for relative periods (今年, 截至目前).
 */
import { classifyMetric } from '../figures/classify-metric';
import { FIRST_PARAGRAPH_BLOCK } from '../locality/place-anchor';
import { findClause } from '../text/find-clause';
import type { FigureCandidate, PlaceSpan, ScriptedArticle } from '../types';
import { classifyAspect } from './classify-aspect';
import { allowByUnit, classifyCategory, findArticleLeaning, findCategoryEvidence, type CategoryEvidence } from './classify-category';
import { classifyIndicator } from './classify-indicator';
import { findPeriod, findTitleYear, type PeriodContext } from './find-period';
import type { IndicatorDefinition } from './indicators';
import { isAnecdote } from './is-anecdote';
import { resolveMetricLabels } from './resolve-metric-label';

// 走访企业104家, 设置服务窗口200个: the noun after a measure word belongs to the figure's clause too.
const NOUN_AFTER = 8;
// Durations that count a life or years of history, not how long a procedure takes.
const NO_PROCEDURE_TIME: ReadonlySet<string> = new Set(['岁', '年']);

/** A figure described but for its category, which waits for the article's leaning. */
interface Described {
  figure: FigureCandidate;
  indicator: IndicatorDefinition | null;
  evidence: CategoryEvidence;
}

/** 下降3% is a change of −3%: the base value of a fall carries the sign the verb gives it. */
function signed(candidate: FigureCandidate, decrease: boolean): Pick<FigureCandidate, 'baseValue' | 'baseValueMax'> {
  if (!decrease) return candidate;
  return { baseValue: negate(candidate.baseValue), baseValueMax: candidate.baseValueMax === null ? null : negate(candidate.baseValueMax) };
}

function negate(v: number): number {
  return v > 0 ? -v : v;
}

function describe(text: string, candidate: FigureCandidate, isBefore: boolean, period: PeriodContext): Described {
  const { aspect, decrease } = classifyAspect({ ...candidate, text, isBefore });
  const anecdote = isAnecdote({ ...candidate, text });
  const clause = findClause(text, candidate.start, candidate.end);
  const words = text.slice(clause.from, Math.min(clause.to, candidate.end + NOUN_AFTER));
  const indicator = anecdote ? null : classifyIndicator({ metric: candidate.metric, clause: words, wholeClause: text.slice(clause.from, clause.to), unitKind: candidate.unitKind });
  const figure: FigureCandidate = {
    ...candidate,
    ...signed(candidate, aspect === 'change' && decrease),
    aspect,
    period: findPeriod(text, candidate.start, period),
    anecdote,
  };
  const isProcedureTime = candidate.unitKind === 'duration' && !NO_PROCEDURE_TIME.has(candidate.baseUnit);
  return { figure, indicator, evidence: findCategoryEvidence({ metric: candidate.metric, clause: words, paragraph: text, indicator, unitKind: candidate.unitKind, isProcedureTime }) };
}

// The category is the evidence's; the indicator stays only where its domain agrees, so that a figure's
// category and its indicator's domain never disagree (解决问题85件 of a service hall is no enterprise service).
function settle(described: Described, leaning: CategoryEvidence): FigureCandidate {
  const { figure, indicator } = described;
  // An unnamed arrow: under tsx (keepNames) a named one costs an Object.defineProperty call per figure.
  const category = allowByUnit(classifyCategory(described.evidence, leaning, () => classifyMetric(figure.metric, figure.baseUnit, figure.unitKind), figure.baseUnit), figure.baseUnit);
  const kept = indicator !== null && indicator.domain === category ? indicator : null;
  return { ...figure, category, indicatorId: kept?.id ?? null };
}

// 受理业务1.26万件，同比增长14.3%: a change written right after a figure is that figure's measure
// changing, so it reports on what that figure reports on — however little its own label says.
const CHANGE_OF_PREVIOUS = /^[^。！？；;!?]{0,10}$/u;

/** The category of a change that follows its measure's figure, in the same sentence and within a few characters. */
function inheritChangeCategory(text: string, figures: FigureCandidate[]): FigureCandidate[] {
  return figures.map((figure, i) => {
    const previous = i > 0 ? figures[i - 1] : undefined;
    if (previous === undefined || figure.aspect !== 'change' || figure.indicatorId !== null || previous.aspect === 'change') return figure;
    if (previous.end > figure.start || !CHANGE_OF_PREVIOUS.test(text.slice(previous.end, figure.start))) return figure;
    return { ...figure, category: previous.category };
  });
}

/**
 * Describes every figure of an article, paragraph by paragraph, in the order given.
 * @example describeFigures(article, [[figure of 审批时间压缩至7个工作日]], [])[0][0].indicatorId // 'approval-time'
 */
export function describeFigures(
  article: ScriptedArticle, figures: readonly (readonly FigureCandidate[])[], places: readonly PlaceSpan[],
): FigureCandidate[][] {
  const period: PeriodContext = { date: article.date, year: findTitleYear(article.title) };
  const described = figures.map((found, paragraphIndex) => {
    const text = article.paragraphs[paragraphIndex]?.text ?? '';
    const inParagraph = places.filter((p) => p.block === paragraphIndex + FIRST_PARAGRAPH_BLOCK);
    const befores = new Set(found.map((f) => f.previousIndex));
    return resolveMetricLabels(text, found, inParagraph).map((candidate, i) => describe(text, candidate, befores.has(i), period));
  });
  const leaning = findArticleLeaning(described.flat().map((d) => d.evidence));
  return described.map((inParagraph, paragraphIndex) =>
    inheritChangeCategory(article.paragraphs[paragraphIndex]?.text ?? '', inParagraph.map((d) => settle(d, leaning))));
}
