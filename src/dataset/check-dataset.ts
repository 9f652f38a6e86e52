import {
  ASPECTS,
  CATEGORIES,
  LOCALITY_LEVELS,
  QUALIFIERS,
  SCHEMA_VERSION,
  type Dataset,
  type Figure,
  type Paragraph,
} from './schema';
import { checkShape } from './check-shape';

/** One broken invariant: where it is (a JSON path) and what is wrong, for a person to read. */
export interface DatasetProblem {
  path: string;
  message: string;
}

const CATEGORY_SET = new Set<string>(CATEGORIES);
const LEVEL_SET = new Set<string>(LOCALITY_LEVELS);
const QUALIFIER_SET = new Set<string>(QUALIFIERS);
const ASPECT_SET = new Set<string>(ASPECTS);
/** ISO 8601 to year, month or day precision: 2023, 2023-05, 2023-05-22. */
const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Checks the invariants every reader relies on: ids unique, references resolve, spans read true,
 * locality chains end at the top. Used by the CLI before writing, by the app on load, and by tests.
 * Returns [] for a sound dataset.
 */
export function checkDataset(dataset: Dataset): DatasetProblem[] {
  return checkRecords(dataset, dataset.paragraphs);
}

/** A dataset as the dashboard's first screen has it: every list but the paragraphs, which load later in chunks. */
export type DatasetWithoutText = Omit<Dataset, 'paragraphs'>;

/**
 * The same checks without paragraph text: every reference between the lists the app loads first
 * (figures → articles, localities, indicators; articles → sources), but no span, since the text a
 * span reads is in a chunk fetched later. The app checks a chunk's own shape when it arrives.
 */
export function checkDatasetWithoutText(dataset: DatasetWithoutText): DatasetProblem[] {
  return checkRecords(dataset, null);
}

function checkRecords(dataset: DatasetWithoutText, paragraphs: readonly Paragraph[] | null): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (path: string, message: string): void => {
    problems.push({ path, message });
  };
  if (dataset.schemaVersion !== SCHEMA_VERSION) {
    report('schemaVersion', `is ${String(dataset.schemaVersion)}, this program reads ${SCHEMA_VERSION}`);
    return problems; // the rest of the checks assume the current shape
  }
  // Without text there are no paragraphs to shape-check; the field must still not be of another type.
  const shape = checkShape(paragraphs === null ? { ...dataset, paragraphs: [] } : (dataset as Dataset));
  if (shape.length > 0) return shape; // the rest of the checks read fields of the right types

  const sourceIds = collectIds(dataset.sources, 'sources', report);
  const articleIds = collectIds(dataset.articles, 'articles', report);
  const localityById = new Map(dataset.localities.map((l) => [l.id, l]));
  collectIds(dataset.localities, 'localities', report);
  const figureIds = collectIds(dataset.figures, 'figures', report);
  // A rejected figure keeps its id: the dashboard lists it under 错误, so no kept figure may share it.
  const rejectedIds = collectIds((dataset.rejected ?? []).map((r) => r.figure), 'rejected', report);
  for (const id of rejectedIds) if (figureIds.has(id)) report('rejected', `the figure "${id}" is both kept and rejected`);
  const paragraphById = new Map((paragraphs ?? []).map((p) => [p.id, p]));
  if (paragraphs !== null) collectIds(paragraphs, 'paragraphs', report);
  collectIds(dataset.indicators, 'indicators', report);
  const indicatorById = new Map(dataset.indicators.map((d) => [d.id, d]));

  dataset.articles.forEach((article, i) => {
    if (!sourceIds.has(article.sourceId)) report(`articles[${i}].sourceId`, `no source "${article.sourceId}"`);
    if (article.localityId !== null && !localityById.has(article.localityId)) {
      report(`articles[${i}].localityId`, `no locality "${article.localityId}"`);
    }
    if (article.date !== null && !PARTIAL_DATE.test(article.date)) report(`articles[${i}].date`, `"${article.date}" is not an ISO 8601 date`);
  });
  (paragraphs ?? []).forEach((paragraph, i) => {
    if (!articleIds.has(paragraph.articleId)) report(`paragraphs[${i}].articleId`, `no article "${paragraph.articleId}"`);
    if (paragraph.sourceStart > paragraph.sourceEnd) report(`paragraphs[${i}]`, 'sourceStart is after sourceEnd');
  });
  dataset.localities.forEach((locality, i) => {
    if (!LEVEL_SET.has(locality.level)) report(`localities[${i}].level`, `unknown level "${locality.level}"`);
    if (locality.parentId !== null && !localityById.has(locality.parentId)) {
      report(`localities[${i}].parentId`, `no locality "${locality.parentId}"`);
    }
    if (hasParentCycle(locality.id, localityById)) report(`localities[${i}].parentId`, 'the parent chain loops');
  });
  const checkFigure = (figure: Figure, at: string): void => {
    const paragraph = paragraphById.get(figure.paragraphId);
    if (paragraphs === null) {
      // With text, the paragraph names the article; without, the figure's own reference is all there is.
      // The paragraph and the span are checked when the chunk holding them is shown.
      if (!articleIds.has(figure.articleId)) report(`${at}.articleId`, `no article "${figure.articleId}"`);
    } else if (!paragraph) {
      report(`${at}.paragraphId`, `no paragraph "${figure.paragraphId}"`);
    } else {
      for (const problem of checkFigureText(figure, paragraph)) report(`${at}${problem.path}`, problem.message);
    }
    if (figure.localityId !== null && !localityById.has(figure.localityId)) {
      report(`${at}.localityId`, `no locality "${figure.localityId}"`);
    }
    if (!Number.isFinite(figure.value)) report(`${at}.value`, 'is not a finite number');
    if (figure.valueMax !== null && !(figure.valueMax >= figure.value)) report(`${at}.valueMax`, 'is below value');
    if (!CATEGORY_SET.has(figure.category)) report(`${at}.category`, `unknown category "${figure.category}"`);
    if (!QUALIFIER_SET.has(figure.qualifier)) report(`${at}.qualifier`, `unknown qualifier "${figure.qualifier}"`);
    if (!Number.isFinite(figure.baseValue)) report(`${at}.baseValue`, 'is not a finite number');
    if (!ASPECT_SET.has(figure.aspect)) report(`${at}.aspect`, `unknown aspect "${figure.aspect}"`);
    if (figure.indicatorId !== null) {
      const indicator = indicatorById.get(figure.indicatorId);
      if (!indicator) report(`${at}.indicatorId`, `no indicator "${figure.indicatorId}"`);
      // The compare view charts an indicator's figures on one axis: they must share its dimension.
      else if (indicator.dimension !== figure.unitKind) report(`${at}.unitKind`, `is ${figure.unitKind}, its indicator "${indicator.id}" measures ${indicator.dimension}`);
      else if (indicator.domain !== figure.category) report(`${at}.category`, `is ${figure.category}, its indicator "${indicator.id}" is in ${indicator.domain}`);
    }
    for (const bound of ['start', 'end'] as const) {
      const value = figure.period?.[bound] ?? null;
      if (value !== null && !PARTIAL_DATE.test(value)) report(`${at}.period.${bound}`, `"${value}" is not an ISO 8601 date`);
    }
  };
  dataset.figures.forEach((figure, i) => {
    checkFigure(figure, `figures[${i}]`);
    if (figure.review?.status === 'wrong') report(`figures[${i}].review`, 'a figure marked wrong belongs in rejected');
  });
  (dataset.rejected ?? []).forEach((rejection, i) => {
    checkFigure(rejection.figure, `rejected[${i}].figure`);
    if (rejection.figure.review?.status !== 'wrong') report(`rejected[${i}].figure.review`, 'a rejected figure carries a review with status wrong');
  });
  return problems;
}

/**
 * Whether a figure reads true in its paragraph: its span, its span in the original script, and the
 * article. Paths are relative to the figure (`''`, `.articleId`). Used on the whole dataset by the
 * CLI, and by the app on each paragraph it shows, once the chunk holding it has arrived.
 */
export function checkFigureText(figure: Figure, paragraph: Paragraph): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  // The drill-down highlights [start, end); a drifted span would highlight the wrong words.
  if (paragraph.text.slice(figure.start, figure.end) !== figure.text) {
    problems.push({ path: '', message: `span ${figure.start}–${figure.end} does not read "${figure.text}"` });
  }
  if (figure.originalStart > figure.originalEnd || figure.originalEnd > paragraph.original.length) {
    problems.push({ path: '', message: `original span ${figure.originalStart}–${figure.originalEnd} is outside the paragraph` });
  }
  if (paragraph.articleId !== figure.articleId) problems.push({ path: '.articleId', message: 'differs from its paragraph’s article' });
  return problems;
}

function collectIds(
  items: readonly { id: string }[],
  path: string,
  report: (path: string, message: string) => void,
): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (typeof item.id !== 'string' || item.id === '') report(`${path}[${i}].id`, 'is missing');
    else if (ids.has(item.id)) report(`${path}[${i}].id`, `"${item.id}" is used twice`);
    ids.add(item.id);
  });
  return ids;
}

function hasParentCycle(id: string, byId: ReadonlyMap<string, { parentId: string | null }>): boolean {
  const seen = new Set<string>();
  let current: string | null = id;
  while (current !== null) {
    if (seen.has(current)) return true;
    seen.add(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return false;
}
