/** Why a JSON file could not be read: not there at all, or there but not readable as JSON. */
export type FetchJsonProblem = { kind: 'missing'; file: string } | { kind: 'unreadable'; file: string; detail: string };

export type FetchJsonResult = { ok: true; data: unknown } | { ok: false; problem: FetchJsonProblem };

/** Fetches and parses one JSON file of the dataset; never throws. */
export async function fetchJson(fetchFn: typeof fetch, file: string): Promise<FetchJsonResult> {
  const fail = (problem: FetchJsonProblem): FetchJsonResult => ({ ok: false, problem });
  let response: Response;
  try {
    // no-cache revalidates: a dataset rebuilt with `npm run dataset` is seen on the next load.
    response = await fetchFn(file, { cache: 'no-cache' });
  } catch (error) {
    return fail({ kind: 'unreadable', file, detail: describeError(error) });
  }
  // A dev server answers a missing file with its index.html (SPA fallback), so HTML also means missing.
  const isHtml = (response.headers.get('content-type') ?? '').includes('text/html');
  if (response.status === 404 || (response.ok && isHtml)) return fail({ kind: 'missing', file });
  if (!response.ok) return fail({ kind: 'unreadable', file, detail: `HTTP ${response.status}` });
  try {
    return { ok: true, data: JSON.parse(await response.text()) as unknown };
  } catch (error) {
    return fail({ kind: 'unreadable', file, detail: describeError(error) });
  }
}

/** An error's message, for a person. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
