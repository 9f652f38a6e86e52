import { FIGURE_FIELD_NAMES, type Decision, type DecisionAction } from './corrections';
import { createAnchor } from './create-anchor';
import type { Figure, FigureFields, Locality, Paragraph } from './schema';

/** Who decides, when, and what they wrote beside it. */
export interface DecisionStamp {
  id: string;
  reviewer: string;
  at: string;
  note: string;
}

/** Where the words are: the source file and the paragraphs around the one that holds them. */
export interface DecisionText {
  file: string;
  /** The paragraph's article (or more around it), in reading order: the anchor's context. */
  neighbours: readonly Paragraph[];
  paragraph: Paragraph;
}

/**
 * A decision about an existing figure. It says what the reviewer sees as true, whatever dataset it is
 * applied to next: marking a figure a corrections file had corrected `correct` keeps those corrections
 * (an `edit` with the corrected values), and any decision about a figure a reviewer had added keeps it
 * added (an `add` with all its fields), so a fresh extraction, which knows neither, gets them back.
 */
export function createFigureDecision(
  text: DecisionText,
  figure: Figure,
  action: Exclude<DecisionAction, 'add'>,
  stamp: DecisionStamp,
  change: { fields?: FigureFields; chainOf?: (localityId: string) => Locality[] } = {},
): Decision {
  const anchor = createAnchor(text.file, text.neighbours, text.paragraph, figure.start, figure.end);
  const base = { ...stamp, anchor, figureId: figure.id };
  if (action === 'wrong') return { ...base, action };
  const added = figure.origin === 'review';
  const carried = added ? pickFields(figure, FIGURE_FIELD_NAMES) : figure.review?.status === 'corrected' ? pickFields(figure, Object.keys(figure.review.extracted ?? {})) : {};
  const fields = { ...carried, ...(action === 'edit' ? change.fields : {}) };
  // The chosen place travels with the decision, so a dataset that lists no figure there can still hold it.
  const chain = typeof fields.localityId === 'string' && change.chainOf ? { localityChain: change.chainOf(fields.localityId) } : {};
  if (added) return { ...base, action: 'add', fields, ...chain };
  if (Object.keys(fields).length === 0) return { ...base, action: 'correct' };
  return { ...base, action: 'edit', fields, ...chain };
}

/** A decision adding the figure the extractor missed at [start, end) of the paragraph. */
export function createAddDecision(
  text: DecisionText,
  start: number,
  end: number,
  fields: FigureFields,
  stamp: DecisionStamp,
  chainOf?: (localityId: string) => Locality[],
): Decision {
  const anchor = createAnchor(text.file, text.neighbours, text.paragraph, start, end);
  const chain = typeof fields.localityId === 'string' && chainOf ? { localityChain: chainOf(fields.localityId) } : {};
  return { ...stamp, action: 'add', anchor, fields, figureId: null, ...chain };
}

function pickFields(figure: Figure, names: readonly string[]): FigureFields {
  const picked: Record<string, unknown> = {};
  for (const name of names) if ((FIGURE_FIELD_NAMES as readonly string[]).includes(name)) picked[name] = figure[name as keyof FigureFields];
  return picked as FigureFields;
}
