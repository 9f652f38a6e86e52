import { APP_INDEX_FILE, APP_LAYOUT_VERSION } from '../dataset/app-layout';
import type { DatasetProblem } from '../dataset/check-dataset';
import { readAppIndex, type AppDataset } from '../dataset/read-app-index';
import { SCHEMA_VERSION } from '../dataset/schema';
import { createParagraphStore, type ParagraphStore } from '../lib/create-paragraph-store';
import { fetchJson } from '../lib/fetch-json';

/** The complete dataset: what the download offers and what names the review store. Never fetched at start. */
export const DATASET_URL = 'data/dataset.json';
/** The app layout folder beside it (src/dataset/app-layout.ts); relative, so the built site works from any folder. */
export const LAYOUT_FOLDER = 'data/dataset/';
/** What the first screen fetches: everything but paragraph text. */
export const APP_INDEX_URL = `${LAYOUT_FOLDER}${APP_INDEX_FILE}`;

/** Why the dataset could not be used, in terms the error screen can name. */
export type DatasetLoadProblem =
  | { kind: 'missing'; file: string }
  | { kind: 'unreadable'; file: string; detail: string }
  /** `expected` is the schema version, or for the layout `layout N`. */
  | { kind: 'version'; file: string; found: string; expected: number | string }
  | { kind: 'invalid'; file: string; problems: DatasetProblem[] };

export type DatasetLoadResult =
  | { status: 'ready'; dataset: AppDataset; text: ParagraphStore }
  | { status: 'error'; problem: DatasetLoadProblem };

/**
 * Fetches, parses and checks the app index, and opens the store that fetches paragraph chunks on
 * demand with the same `fetchFn`; never throws.
 */
export async function loadDataset(fetchFn: typeof fetch = fetch, file = APP_INDEX_URL): Promise<DatasetLoadResult> {
  const fail = (problem: DatasetLoadProblem): DatasetLoadResult => ({ status: 'error', problem });
  const fetched = await fetchJson(fetchFn, file);
  if (!fetched.ok) return fail(fetched.problem);
  const data = fetched.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail({ kind: 'unreadable', file, detail: 'not a JSON object' });
  }
  const record = data as Record<string, unknown>;
  const version = record['schemaVersion'];
  if (version !== SCHEMA_VERSION) {
    return fail({ kind: 'version', file, found: version === undefined ? '—' : String(version), expected: SCHEMA_VERSION });
  }
  // The layout is versioned apart from the records: a newer split of the same records is another reader's.
  const layout = record['layout'];
  if (layout !== APP_LAYOUT_VERSION) {
    return fail({ kind: 'version', file, found: `layout ${layout === undefined ? '—' : String(layout)}`, expected: `layout ${APP_LAYOUT_VERSION}` });
  }
  const reading = readAppIndex(record);
  if (reading.dataset === null) return fail({ kind: 'invalid', file, problems: reading.problems });
  const folder = file.endsWith(APP_INDEX_FILE) ? file.slice(0, -APP_INDEX_FILE.length) : LAYOUT_FOLDER;
  return { status: 'ready', dataset: reading.dataset, text: createParagraphStore(reading.dataset, folder, fetchFn) };
}
