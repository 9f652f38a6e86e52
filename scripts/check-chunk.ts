import type { DatasetChunk } from '../src/core/assemble-dataset';
import { listIndicators } from '../src/core/indicators/indicators';
import { checkDataset } from '../src/dataset/check-dataset';
import { SCHEMA_VERSION, type Warning } from '../src/dataset/schema';

const FIGURE_PATH = /^figures\[(?<index>\d+)\]/u;
/** The taxonomy every chunk's indicator ids are checked against: the same for every file, so listed once. */
const INDICATORS = listIndicators();
/**
 * The taxonomy checked on its own, once: its 150 records are the same for every file, and checking
 * them with each chunk cost more than the chunk's own figures. When it is sound, a chunk is checked
 * with only the indicators its figures name, which resolves every reference as the whole list would.
 */
const TAXONOMY_SOUND = checkDataset({
  schemaVersion: SCHEMA_VERSION, sources: [], articles: [], paragraphs: [], localities: [], figures: [], indicators: INDICATORS, warnings: [],
}).length === 0;
/** How many of the checker's problems a warning lists. */
const LISTED = 3;

/**
 * The CLI's last line of defence: one file's share checked against the whole dataset's invariants
 * before it is written. The pipeline already drops bad figures itself, so a problem here is a bug;
 * still, a problem in figures only costs those figures. A problem anywhere else (an article, a
 * paragraph, a place) cannot be cut out safely, and the file is skipped (`chunk` null, `failed`).
 */
export function checkChunk(chunk: DatasetChunk): { chunk: DatasetChunk | null; failed: boolean; warnings: Omit<Warning, 'file'>[] } {
  const problems = checkDataset({ schemaVersion: SCHEMA_VERSION, ...chunk, indicators: indicatorsFor(chunk), warnings: [] });
  if (problems.length === 0) return { chunk, failed: false, warnings: [] };
  const badFigures = new Set<number>();
  const others = problems.filter((problem) => {
    const index = FIGURE_PATH.exec(problem.path)?.groups?.['index'];
    if (index !== undefined) badFigures.add(Number(index));
    return index === undefined;
  });
  const listed = (list: typeof problems): string => list.slice(0, LISTED).map((p) => `${p.path} ${p.message}`).join('; ');
  if (others.length > 0) {
    const message = `skipped: internal error (a bug), its extraction breaks the dataset invariants: ${listed(others)}`;
    return { chunk: null, failed: true, warnings: [{ code: 'invalid-extraction', message }] };
  }
  const dropped = new Set([...badFigures].map((i) => chunk.figures[i]?.id));
  const figures = chunk.figures
    .filter((_, i) => !badFigures.has(i))
    .map((f) => (f.previousFigureId !== null && dropped.has(f.previousFigureId) ? { ...f, previousFigureId: null } : f));
  const message = `internal error (a bug): ${badFigures.size} figure(s) broke the dataset invariants and were dropped: ${listed(problems)}`;
  return { chunk: { ...chunk, figures }, failed: false, warnings: [{ code: 'figure-dropped', message }] };
}

/** The indicators to check a chunk with: those its figures name (in taxonomy order), or all when the taxonomy itself is unsound. */
function indicatorsFor(chunk: DatasetChunk): typeof INDICATORS {
  if (!TAXONOMY_SOUND) return INDICATORS;
  const named = new Set([...chunk.figures, ...(chunk.rejected ?? []).map((rejection) => rejection.figure)].map((figure) => figure.indicatorId));
  return INDICATORS.filter((indicator) => named.has(indicator.id));
}
