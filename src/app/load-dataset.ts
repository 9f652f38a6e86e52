import { checkDataset, type DatasetProblem } from '../dataset/check-dataset';
import { SCHEMA_VERSION, type Dataset } from '../dataset/schema';

/** Relative, so the built site works from any folder; fetched at run time, never bundled. */
export const DATASET_URL = 'data/dataset.json';

/** Why the dataset could not be used, in terms the error screen can name. */
export type DatasetLoadProblem =
  | { kind: 'missing'; file: string }
  | { kind: 'unreadable'; file: string; detail: string }
  | { kind: 'version'; file: string; found: string; expected: number }
  | { kind: 'invalid'; file: string; problems: DatasetProblem[] };

export type DatasetLoadResult = { status: 'ready'; dataset: Dataset } | { status: 'error'; problem: DatasetLoadProblem };

/** Fetches, parses and checks the dataset; never throws. */
export async function loadDataset(fetchFn: typeof fetch = fetch, file = DATASET_URL): Promise<DatasetLoadResult> {
  const fail = (problem: DatasetLoadProblem): DatasetLoadResult => ({ status: 'error', problem });
  let response: Response;
  try {
    response = await fetchFn(file, { cache: 'no-cache' });
  } catch (error) {
    return fail({ kind: 'unreadable', file, detail: describe(error) });
  }
  // A dev server answers a missing file with its index.html (SPA fallback), so HTML also means missing.
  const isHtml = (response.headers.get('content-type') ?? '').includes('text/html');
  if (response.status === 404 || (response.ok && isHtml)) return fail({ kind: 'missing', file });
  if (!response.ok) return fail({ kind: 'unreadable', file, detail: `HTTP ${response.status}` });

  let data: unknown;
  try {
    data = JSON.parse(await response.text());
  } catch (error) {
    return fail({ kind: 'unreadable', file, detail: describe(error) });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail({ kind: 'unreadable', file, detail: 'not a JSON object' });
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) {
    return fail({ kind: 'version', file, found: version === undefined ? '—' : String(version), expected: SCHEMA_VERSION });
  }
  const dataset = data as Dataset;
  const problems = checkDataset(dataset);
  return problems.length > 0 ? fail({ kind: 'invalid', file, problems }) : { status: 'ready', dataset };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
