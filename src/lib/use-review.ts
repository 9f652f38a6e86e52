import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CorrectionReport } from '../dataset/apply-corrections';
import { addedFigureId, type Decision } from '../dataset/corrections';
import type { DecisionStamp } from '../dataset/create-decision';
import { listPlaceChain } from '../dataset/list-place-chain';
import type { AppDataset } from '../dataset/read-app-index';
import type { Figure, FigureFields, Paragraph } from '../dataset/schema';
import type { DatasetIndex } from './create-dataset-index';
import type { ParagraphStore } from './create-paragraph-store';
import { describeError } from './fetch-json';
import { readDecisionText, readReviewParagraphs } from './read-review-paragraphs';
import { openReviewStore, readReviewer, saveReviewer, type ReviewStore } from './review-store';

/** The dataset as reviewed in this browser, and how the review is doing. */
export interface ReviewState {
  /** The loaded dataset with every decision kept in this browser applied. */
  dataset: AppDataset;
  report: CorrectionReport;
  decisions: readonly Decision[];
  /** Stored decisions per figure they landed on (or, in a conflict, are about). */
  decisionsOf: ReadonlyMap<string, readonly Decision[]>;
  reviewer: string;
  /** False until the stored decisions are read and applied: the views show the dataset as loaded till then. */
  ready: boolean;
  /** Why decisions are not kept across reloads, when they are not (no IndexedDB, a failed write). */
  storageProblem: string | null;
  /** Why the stored decisions could not be applied (a paragraph chunk they need failed), when so. */
  textProblem: string | null;
}

/** What a reviewer can do. Each returns once the decision is applied and stored. */
export interface ReviewActions {
  setReviewer(name: string): Promise<void>;
  /** Marks or corrects `figure` (replacing earlier decisions about it); resolves to the figure's id afterwards. */
  decide(index: DatasetIndex, figure: Figure, action: 'correct' | 'wrong' | 'edit', fields?: FigureFields, note?: string): Promise<string | null>;
  /** Adds the figure the extractor missed at [start, end) of a paragraph; resolves to its id. */
  add(index: DatasetIndex, paragraph: Paragraph, start: number, end: number, fields: FigureFields, note?: string): Promise<string | null>;
  /** Forgets every decision stored about the figure. */
  undo(figureId: string): Promise<void>;
  /** Adds the decisions not yet kept (by id); resolves to how many were new. */
  importDecisions(decisions: readonly Decision[]): Promise<number>;
}

const EMPTY_REPORT: CorrectionReport = { applied: 0, stale: [], conflicts: [] };

/**
 * The review of one dataset: decisions kept in IndexedDB per dataset location (so a dataset rebuilt
 * with new rules keeps them), applied with the CLI's own applyCorrections, so what the dashboard
 * shows is what `npm run dataset -- --corrections` will write.
 */
export function useReview(loaded: AppDataset, text: ParagraphStore, datasetKey: string): [ReviewState, ReviewActions] {
  const [decisions, setDecisions] = useState<readonly Decision[] | null>(null);
  const [reviewer, setReviewerName] = useState('');
  const opened = useMemo(() => {
    try {
      return { store: openReviewStore(datasetKey), problem: null };
    } catch (error) {
      return { store: null, problem: describeError(error) };
    }
  }, [datasetKey]);
  const store: ReviewStore | null = opened.store;
  const [storageProblem, setStorageProblem] = useState<string | null>(opened.problem);
  const [textProblem, setTextProblem] = useState<string | null>(null);
  const [applied, setApplied] = useState<{ dataset: AppDataset; report: CorrectionReport; landed: ReadonlyMap<string, string>; from: readonly Decision[] } | null>(null);

  useEffect(() => {
    let current = true;
    const read = store === null ? Promise.resolve([]) : store.list();
    void read
      .catch((error: unknown) => {
        setStorageProblem(describeError(error));
        return [];
      })
      .then((list) => {
        if (!current) return;
        // A decision made (or a file imported) before the stored ones were read is kept beside them.
        setDecisions((made) => {
          if (made === null) return list;
          const ids = new Set(made.map((d) => d.id));
          return [...list.filter((d) => !ids.has(d.id)), ...made];
        });
      });
    void readReviewer()
      .then((name) => current && setReviewerName(name))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [store]);

  useEffect(() => {
    if (decisions === null) return;
    let current = true;
    if (decisions.length === 0) {
      setApplied({ dataset: loaded, report: EMPTY_REPORT, landed: new Map(), from: decisions });
      return;
    }
    // The merge (and the unit lexicon it reads units with) loads with the first decision, not the first screen.
    const reading = Promise.all([import('../dataset/apply-corrections'), readReviewParagraphs(loaded, text, new Set(decisions.map((d) => d.anchor.file)))]);
    reading.catch((error: unknown) => {
      // The views keep showing the dataset as loaded; the review bar says why decisions are not applied.
      if (current) setTextProblem(describeError(error));
    });
    void reading.then(([{ applyCorrections }, paragraphs]) => {
      if (!current) return;
      setTextProblem(null);
      const result = applyCorrections({ ...loaded, paragraphs }, decisions);
      const rejected = result.rejected.length > 0 || loaded.rejected !== undefined ? { rejected: result.rejected } : {};
      setApplied({
        dataset: { ...loaded, figures: result.figures, localities: result.localities, ...rejected },
        report: result.report,
        landed: result.landed,
        from: decisions,
      });
    });
    return () => {
      current = false;
    };
  }, [loaded, text, decisions]);

  const decisionsOf = useMemo(() => {
    const byFigure = new Map<string, Decision[]>();
    const push = (id: string, decision: Decision) => {
      const list = byFigure.get(id);
      if (list) list.push(decision);
      else byFigure.set(id, [decision]);
    };
    if (applied === null) return byFigure;
    const byId = new Map(applied.from.map((d) => [d.id, d]));
    for (const [decisionId, figureId] of applied.landed) {
      const decision = byId.get(decisionId);
      if (decision) push(figureId, decision);
    }
    for (const conflict of applied.report.conflicts) for (const decision of conflict.decisions) push(conflict.targetId, decision);
    return byFigure;
  }, [applied]);

  // Actions read the latest state without being rebuilt on every change, so handlers stay stable.
  const latest = useRef({ decisions, decisionsOf, reviewer, landed: applied?.landed });
  latest.current = { decisions, decisionsOf, reviewer, landed: applied?.landed };

  /** Replaces decisions in state at once and in the store behind; a failed write is said, the state kept. */
  const replace = useCallback(
    async (remove: readonly string[], put: readonly Decision[]) => {
      const gone = new Set(remove);
      const next = [...(latest.current.decisions ?? []).filter((d) => !gone.has(d.id)), ...put];
      latest.current.decisions = next;
      setDecisions(next);
      try {
        await store?.replace(remove, put);
      } catch (error) {
        setStorageProblem(describeError(error));
      }
    },
    [store],
  );

  const actions = useMemo<ReviewActions>(() => {
    const stamp = (note = ''): DecisionStamp => ({ id: crypto.randomUUID(), reviewer: latest.current.reviewer, at: new Date().toISOString(), note });
    const earlier = (figureId: string) => (latest.current.decisionsOf.get(figureId) ?? []).map((d) => d.id);
    return {
      async setReviewer(name) {
        setReviewerName(name);
        latest.current.reviewer = name;
        await saveReviewer(name).catch((error: unknown) => setStorageProblem(describeError(error)));
      },
      async decide(index, figure, action, fields, note) {
        const [words, { createFigureDecision }] = await Promise.all([readDecisionText(index, figure.articleId, figure.paragraphId), import('../dataset/create-decision')]);
        if (words === null) return null;
        const decision = createFigureDecision(words, figure, action, stamp(note), {
          ...(fields ? { fields } : {}),
          chainOf: (id) => listPlaceChain(index.localities, id),
        });
        await replace(earlier(figure.id), [decision]);
        return figure.id;
      },
      async add(index, paragraph, start, end, fields, note) {
        const [words, { createAddDecision }] = await Promise.all([readDecisionText(index, paragraph.articleId, paragraph.id), import('../dataset/create-decision')]);
        if (words === null) return null;
        const decision = createAddDecision(words, start, end, fields, stamp(note), (id) => listPlaceChain(index.localities, id));
        const id = addedFigureId(paragraph.id, start, end);
        await replace(earlier(id), [decision]);
        return id;
      },
      async undo(figureId) {
        await replace(earlier(figureId), []);
      },
      async importDecisions(list) {
        const known = new Set((latest.current.decisions ?? []).map((d) => d.id));
        const fresh = list.filter((d) => !known.has(d.id));
        if (fresh.length > 0) await replace([], fresh);
        return fresh.length;
      },
    };
  }, [replace]);

  const state: ReviewState = {
    dataset: applied?.dataset ?? loaded,
    report: applied?.report ?? EMPTY_REPORT,
    decisions: decisions ?? [],
    decisionsOf,
    reviewer,
    ready: applied !== null && applied.from === decisions,
    storageProblem,
    textProblem,
  };
  return [state, actions];
}
