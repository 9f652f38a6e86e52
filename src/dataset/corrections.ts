/**
 * The corrections file: what reviewers decided about the figures of a dataset, one record per
 * decision, in a form that outlives the dataset it was made on. The dashboard exports and imports it
 * (审核 → 导出更正文件); `npm run dataset -- --corrections FILE` applies it to the dataset it builds.
 *
 *   {
 *     "format": "reform-metrics-corrections",
 *     "version": 1,
 *     "exported": "2026-12-03T08:20:00.000Z",
 *     "decisions": [
 *       { "id": "…", "action": "edit", "reviewer": "王芳", "at": "2026-12-03T08:15:00.000Z", "note": "原文是工作日",
 *         "figureId": "s1a2b3c4-a0-p3-f12",
 *         "anchor": { "file": "000_c4f9.txt", "sourceStart": 812, "sourceEnd": 817,
 *                     "text": "7个工作日", "before": "审批时限由15个工作日压缩至", "after": "，提速一半以上" },
 *         "fields": { "unit": "个工作日" } },
 *       …
 *     ]
 *   }
 *
 * A decision points at its figure by the text, never by ids: the source file (`Source.file`), where the
 * words lie in the decoded source, the words themselves (`Figure.text`) and up to CONTEXT_CHARS of the
 * cleaned text either side. Ids and paragraph boundaries change whenever extraction rules do; the
 * words and their neighbours do not, so `resolveAnchor` finds the same figure in a dataset re-extracted
 * with other rules, and reports a decision whose words are gone as stale instead of guessing.
 *
 * Actions:
 * - `correct`: the figure reads true as extracted;
 * - `wrong`: it is no reported figure (a date, a code, a misread): the CLI moves it to `Dataset.rejected`,
 *   with the note as the reason;
 * - `edit`: `fields` replace the extracted ones (status `corrected`);
 * - `add`: the extractor missed a figure; `fields` give all of it (value, unit, metric, category at least).
 *
 * `localityChain` travels with a decision that sets `fields.localityId`: the chosen place and every
 * place above it, top first, so the place can be added to a dataset that would not list it otherwise.
 *
 * Version 1. A reader refuses a file of another `format` or a higher `version`; fields a reader does not
 * know are kept when it writes the file again.
 */
import type { Figure, FigureFields, Locality } from './schema';

export const CORRECTIONS_FORMAT = 'reform-metrics-corrections';
/** Bumped whenever a reader of an older file would misread a newer one. */
export const CORRECTIONS_VERSION = 1;
/** Characters of cleaned text kept on each side of the words: enough to tell one 3个 from another. */
export const CONTEXT_CHARS = 24;

export const DECISION_ACTIONS = ['correct', 'wrong', 'edit', 'add'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** Where a figure's words are, by text rather than by id. */
export interface Anchor {
  /** The source file, as in `Source.file`. */
  file: string;
  /**
   * [sourceStart, sourceEnd): where the words lie in the decoded source file (UTF-16 code units). Read
   * through their paragraph: exact where the paragraph is its source line unchanged (web text), an
   * estimate inside the paragraph's stretch of the source where clean-up rewrote it (pinyin, wrapped
   * columns). Used to choose between equally fitting places, never on its own.
   */
  sourceStart: number;
  sourceEnd: number;
  /** The words, as in `Figure.text`: the cleaned, simplified span. */
  text: string;
  /** Up to CONTEXT_CHARS of cleaned text before and after the words (across paragraph breaks of the file). */
  before: string;
  after: string;
}

/** One decision of one reviewer about one figure. */
export interface Decision {
  /** Unique id of the decision; a file imported twice adds nothing. */
  id: string;
  action: DecisionAction;
  anchor: Anchor;
  /** For `edit`: the fields replaced; for `add`: the whole figure. Absent for `correct` and `wrong`. */
  fields?: FigureFields;
  /** With `fields.localityId`: the place and its ancestors, top first. */
  localityChain?: Locality[];
  /** The reviewer's name, as typed once in the dashboard. */
  reviewer: string;
  /** When the decision was made: ISO 8601 with time and zone. */
  at: string;
  /** The reviewer's note, '' when none. */
  note: string;
  /** The figure's id in the dataset the decision was made on: for people reading the file, never used to apply it. */
  figureId: string | null;
}

/** A whole corrections file. */
export interface CorrectionsFile {
  format: typeof CORRECTIONS_FORMAT;
  version: typeof CORRECTIONS_VERSION;
  /** When the file was written: ISO 8601 with time and zone. */
  exported: string;
  decisions: Decision[];
}

/** The fields an `add` decision must give; the rest default as for an extracted figure without them. */
export const ADD_REQUIRED_FIELDS = ['value', 'unit', 'metric', 'category'] as const satisfies readonly (keyof FigureFields)[];

/** Every field a reviewer may set, in the order forms and files list them. */
export const FIGURE_FIELD_NAMES = [
  'value', 'valueMax', 'unit', 'qualifier', 'localityId', 'metric', 'indicatorId', 'category', 'period',
] as const satisfies readonly (keyof FigureFields & keyof Figure)[];

/** The id of a figure a reviewer added: `<paragraph id>-r<start>-<end>`, never one the extractor writes (`-f<start>`). */
export function addedFigureId(paragraphId: string, start: number, end: number): string {
  return `${paragraphId}-r${start}-${end}`;
}

/** A corrections file holding `decisions`, stamped `exported`. */
export function createCorrectionsFile(decisions: readonly Decision[], exported: string): CorrectionsFile {
  return { format: CORRECTIONS_FORMAT, version: CORRECTIONS_VERSION, exported, decisions: [...decisions] };
}
