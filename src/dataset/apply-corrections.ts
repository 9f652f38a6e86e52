import { correctFigure, createAddedFigure, listReplacedFields } from './correct-figure';
import { addedFigureId, type Decision } from './corrections';
import { createAnchorResolver, type AnchorSpan, type StaleCode } from './resolve-anchor';
import type { Article, Figure, FigureFields, FigureReview, Indicator, Locality, Paragraph, Rejection, ReviewStatus, Source } from './schema';

/** The records decisions are applied to: a whole dataset (the app) or one source file's share of it (the CLI). */
export interface CorrectionTarget {
  sources: readonly Source[];
  articles: readonly Article[];
  paragraphs: readonly Paragraph[];
  figures: readonly Figure[];
  localities: readonly Locality[];
  indicators: readonly Indicator[];
  /** Figures marked wrong before (a dataset the CLI built with corrections): a decision may take one back. */
  rejected?: readonly Rejection[];
}

/** A decision that was not applied, and why (in English, and as a code the dashboard says in its language). */
export interface DecisionProblem {
  decision: Decision;
  code: StaleCode;
  reason: string;
}

/**
 * Why decisions about one figure cannot all stand: one marks it wrong and another keeps it, one says it
 * is right as extracted and another changes it, two set a field (`field`) to different values, or the
 * fields together do not make a sound figure.
 */
export const CONFLICT_CODES = ['wrong-kept', 'correct-changed', 'field', 'invalid'] as const;
export type ConflictCode = (typeof CONFLICT_CODES)[number];

/** Decisions about one figure that disagree: none of them is applied. */
export interface DecisionConflict {
  decisions: Decision[];
  code: ConflictCode;
  /** For `field`: the field set twice. */
  field?: string;
  reason: string;
  /** The figure they are about (or the id an added figure there would have). */
  targetId: string;
}

export interface CorrectionReport {
  /** Decisions applied (agreeing decisions about one figure count one each). */
  applied: number;
  /** Decisions whose words are gone or no longer read as a figure. */
  stale: DecisionProblem[];
  /** Groups of decisions about one figure that disagree, or whose fields cannot stand together. */
  conflicts: DecisionConflict[];
}

export interface CorrectedRecords {
  /** The figures kept, in the target's order, corrected; added figures in text order among them. */
  figures: Figure[];
  rejected: Rejection[];
  /** The target's places plus those corrections chose that it did not list (after them, in decision order). */
  localities: Locality[];
  report: CorrectionReport;
  /** Which figure each applied decision landed on, by decision id. */
  landed: Map<string, string>;
}

interface Target {
  key: string;
  span: AnchorSpan;
  file: string;
  figure: Figure | null;
  decisions: Decision[];
}

/**
 * Applies review decisions to a dataset's records: each decision's anchor is found in the text
 * (resolveAnchor), decisions about the same figure are merged, and the result is what a reviewer
 * meant — `correct` and `edit` figures carry their review, `wrong` ones move to `rejected`, added ones
 * join `figures` with origin `review`. Pure and deterministic: decisions are taken in the order of
 * their time, then id, and the output does not depend on the order they were given in.
 */
export function applyCorrections(target: CorrectionTarget, decisions: readonly Decision[]): CorrectedRecords {
  const indicators = new Map(target.indicators.map((i) => [i.id, i]));
  const fileOfSource = new Map(target.sources.map((s) => [s.id, s.file]));
  const fileOfArticle = new Map(target.articles.map((a) => [a.id, fileOfSource.get(a.sourceId) ?? '']));
  const files = new Map<string, Paragraph[]>();
  for (const paragraph of target.paragraphs) {
    const file = fileOfArticle.get(paragraph.articleId) ?? '';
    const list = files.get(file);
    if (list) list.push(paragraph);
    else files.set(file, [paragraph]);
  }
  const resolve = createAnchorResolver(files);
  const wasRejected = new Map((target.rejected ?? []).map((r) => [r.figure.id, r]));
  const pool = (target.rejected ?? []).length === 0 ? target.figures : [...target.figures, ...(target.rejected ?? []).map((r) => r.figure)];

  const report: CorrectionReport = { applied: 0, stale: [], conflicts: [] };
  const found: { decision: Decision; span: AnchorSpan }[] = [];
  for (const decision of [...decisions].sort(compareDecisions)) {
    const resolution = resolve(decision.anchor);
    if (resolution.status === 'stale') report.stale.push({ decision, code: resolution.code, reason: resolution.reason });
    else found.push({ decision, span: resolution.span });
  }
  // Only the figures of the paragraphs decisions landed in are looked up by span: a click in a dataset of
  // 100,000 figures then costs one pass of set lookups, not a map of every span.
  const landedIn = new Set(found.map(({ span }) => span.paragraph.id));
  const bySpan = new Map<string, Figure>();
  for (const figure of pool) {
    if (!landedIn.has(figure.paragraphId)) continue;
    const key = spanKey(figure.paragraphId, figure.start, figure.end);
    if (!bySpan.has(key)) bySpan.set(key, figure);
  }
  const targets = new Map<string, Target>();
  for (const { decision, span } of found) {
    const figure = bySpan.get(spanKey(span.paragraph.id, span.start, span.end)) ?? null;
    if (figure === null && decision.action !== 'add') {
      report.stale.push({ decision, code: 'no-figure', reason: `no figure reads "${decision.anchor.text}" there any more` });
      continue;
    }
    const key = figure?.id ?? addedFigureId(span.paragraph.id, span.start, span.end);
    const entry = targets.get(key);
    if (entry) entry.decisions.push(decision);
    else targets.set(key, { key, span, file: decision.anchor.file, figure, decisions: [decision] });
  }

  const outcome = new Map<string, Figure>(); // figure id → the figure as reviewed
  const added: Figure[] = [];
  const chosenPlaces: Locality[] = [];
  const landed = new Map<string, string>();
  for (const entry of targets.values()) {
    const merged = mergeDecisions(entry.decisions);
    if ('conflict' in merged) {
      report.conflicts.push({ decisions: entry.decisions, ...merged.conflict, targetId: entry.key });
      continue;
    }
    const reviewed = reviewFigure(entry, merged, indicators);
    if ('problem' in reviewed) {
      report.conflicts.push({ decisions: entry.decisions, code: 'invalid', reason: reviewed.problem, targetId: entry.key });
      continue;
    }
    report.applied += entry.decisions.length;
    for (const decision of entry.decisions) {
      landed.set(decision.id, reviewed.figure.id);
      chosenPlaces.push(...(decision.localityChain ?? []));
    }
    if (entry.figure === null) added.push(reviewed.figure);
    else outcome.set(entry.figure.id, reviewed.figure);
  }

  const kept: Figure[] = [];
  const rejected: Rejection[] = [];
  for (const figure of pool) {
    const reviewed = outcome.get(figure.id);
    if (reviewed === undefined) {
      const before = wasRejected.get(figure.id);
      if (before) rejected.push(before);
      else kept.push(figure);
    } else if (reviewed.review?.status === 'wrong') {
      rejected.push({ figure: reviewed, reason: reviewed.review.note !== '' ? reviewed.review.note : 'marked wrong in review' });
    } else kept.push(reviewed);
  }
  // An after-figure whose before-figure was wrong has no before any more.
  const gone = new Set(rejected.map((r) => r.figure.id));
  const linked = gone.size === 0 ? kept : kept.map((f) => (f.previousFigureId !== null && gone.has(f.previousFigureId) ? { ...f, previousFigureId: null } : f));
  return {
    figures: added.length === 0 ? linked : placeInTextOrder(linked, added, target.paragraphs),
    rejected,
    localities: addPlaces(target.localities, chosenPlaces),
    report,
    landed,
  };
}

type Merged =
  | { status: 'correct' | 'wrong' | 'edit' | 'add'; fields: FigureFields; review: Omit<FigureReview, 'status'> }
  | { conflict: Pick<DecisionConflict, 'code' | 'field' | 'reason'> };

/** One outcome from the decisions about one figure, or what makes them disagree. */
function mergeDecisions(decisions: readonly Decision[]): Merged {
  const actions = new Set(decisions.map((d) => d.action));
  const review = {
    reviewer: [...new Set(decisions.map((d) => d.reviewer))].join('、'),
    at: decisions.map((d) => d.at).reduce((a, b) => (b > a ? b : a)),
    note: [...new Set(decisions.map((d) => d.note).filter((n) => n !== ''))].join(' | '),
  };
  if (actions.has('wrong')) {
    return actions.size === 1 ? { status: 'wrong', fields: {}, review } : { conflict: { code: 'wrong-kept', reason: 'one decision marks the figure wrong, another keeps it' } };
  }
  if (actions.size === 1 && actions.has('correct')) return { status: 'correct', fields: {}, review };
  if (actions.has('correct')) return { conflict: { code: 'correct-changed', reason: 'one decision says the figure is right as extracted, another changes it' } };
  const fields: Record<string, unknown> = {};
  for (const decision of decisions) {
    for (const [name, value] of Object.entries(decision.fields ?? {})) {
      if (name in fields && JSON.stringify(fields[name]) !== JSON.stringify(value)) {
        return { conflict: { code: 'field', field: name, reason: `the decisions set ${name} to ${JSON.stringify(fields[name])} and to ${JSON.stringify(value)}` } };
      }
      fields[name] = value;
    }
  }
  return { status: actions.has('add') ? 'add' : 'edit', fields: fields as FigureFields, review };
}

/** The target's figure (or a new one) as the merged decisions have it, review record included. */
function reviewFigure(entry: Target, merged: Exclude<Merged, { conflict: unknown }>, indicators: ReadonlyMap<string, Indicator>): { figure: Figure } | { problem: string } {
  const existing = entry.figure;
  const addedBefore = existing?.origin === 'review';
  const status = (changed: boolean): ReviewStatus => (existing === null || addedBefore ? 'added' : changed ? 'corrected' : 'correct');
  if (merged.status === 'correct' || merged.status === 'wrong') {
    const figure = existing as Figure;
    const kept = merged.status === 'wrong' ? 'wrong' : status(figure.review?.status === 'corrected');
    // A figure corrected before (a dataset built with corrections) keeps what its correction replaced.
    const extracted = kept === 'corrected' || kept === 'wrong' ? figure.review?.extracted : undefined;
    return { figure: { ...figure, review: { status: kept, ...merged.review, ...(extracted ? { extracted } : {}) } } };
  }
  const corrected = existing === null ? createAddedFigure(entry.file, entry.span, merged.fields, indicators) : correctFigure(existing, merged.fields, indicators);
  if (corrected.figure === null) return { problem: corrected.problem };
  const replaced = existing === null ? {} : listReplacedFields(existing, corrected.figure);
  const reviewStatus = status(true);
  return {
    figure: {
      ...corrected.figure,
      review: { status: reviewStatus, ...merged.review, ...(reviewStatus === 'corrected' ? { extracted: replaced } : {}) },
    },
  };
}

/** Figures with the added ones among them: by paragraph (in the target's order), then start; ties keep their order. */
function placeInTextOrder(figures: readonly Figure[], added: readonly Figure[], paragraphs: readonly Paragraph[]): Figure[] {
  const position = new Map(paragraphs.map((p, i) => [p.id, i]));
  const all = [...figures, ...added];
  const order = new Map(all.map((f, i) => [f, i]));
  return all.sort(
    (a, b) => (position.get(a.paragraphId) ?? 0) - (position.get(b.paragraphId) ?? 0) || a.start - b.start || (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
}

/** `places` plus the chosen ones not among them, each once. */
function addPlaces(places: readonly Locality[], chosen: readonly Locality[]): Locality[] {
  const known = new Set(places.map((p) => p.id));
  const fresh = chosen.filter((place) => !known.has(place.id) && known.add(place.id));
  // The same list when nothing is new (never changed in place by anyone), so what readers derived from it stays theirs.
  return fresh.length === 0 ? (places as Locality[]) : [...places, ...fresh];
}

function spanKey(paragraphId: string, start: number, end: number): string {
  return `${paragraphId}\u0000${start}\u0000${end}`;
}

function compareDecisions(a: Decision, b: Decision): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
