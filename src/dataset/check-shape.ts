import { FIGURE_ORIGINS, REVIEW_STATUSES, type Dataset } from './schema';
import type { DatasetProblem } from './check-dataset';

/** What a field must hold. `?` suffix: may also be null. */
type FieldType = 'string' | 'string?' | 'number' | 'number?' | 'boolean' | 'strings' | 'period?';

/**
 * The type of every field each record kind must have, as in schema.ts. A dataset file is untrusted
 * input (hand-edited, truncated, written by another version, hostile): the invariant checks and the
 * views read these fields without further tests, so a wrong type must be a problem here, not a crash
 * there (`title: {}` would make React throw, `figures: [null]` the checker).
 */
const FIELDS = {
  sources: { id: 'string', file: 'string', encoding: 'string', bytes: 'number', script: 'string' },
  articles: {
    id: 'string', sourceId: 'string', title: 'string', titleOriginal: 'string', titleDerived: 'boolean', subtitle: 'string?',
    date: 'string?', outlet: 'string?', bylines: 'strings', localityId: 'string?', localityConfidence: 'number', script: 'string',
    index: 'number',
  },
  paragraphs: {
    id: 'string', articleId: 'string', index: 'number', role: 'string', text: 'string', original: 'string',
    sourceStart: 'number', sourceEnd: 'number',
  },
  localities: {
    id: 'string', name: 'string', fullName: 'string', aliases: 'strings', level: 'string', code: 'string?', parentId: 'string?',
    path: 'strings',
  },
  figures: {
    id: 'string', sourceFile: 'string', articleId: 'string', paragraphId: 'string', start: 'number', end: 'number', text: 'string',
    originalStart: 'number', originalEnd: 'number', value: 'number', valueMax: 'number?', unit: 'string', baseValue: 'number',
    baseValueMax: 'number?', baseUnit: 'string', unitKind: 'string', kind: 'string', qualifier: 'string', metric: 'string',
    category: 'string', indicatorId: 'string?', aspect: 'string', period: 'period?', anecdote: 'boolean', localityId: 'string?',
    localityConfidence: 'number', previousFigureId: 'string?',
  },
  indicators: {
    id: 'string', nameZh: 'string', nameEn: 'string', domain: 'string', dimension: 'string', baseUnit: 'string', additive: 'boolean',
    direction: 'string?',
  },
  warnings: { file: 'string', code: 'string', message: 'string' },
} as const satisfies Record<Exclude<keyof Dataset, 'schemaVersion' | 'shard' | 'rejected'>, Record<string, FieldType>>;

/** Fields a figure may lack (absent or null): what review added. Checked only when present. */
const OPTIONAL_FIGURE_FIELDS = { origin: 'origin', review: 'review' } as const;
const ORIGIN_SET = new Set<string>(FIGURE_ORIGINS);
const STATUS_SET = new Set<string>(REVIEW_STATUSES);

// The field lists as entries, made once: building them per record cost more than checking the fields.
const FIELD_ENTRIES = Object.entries(FIELDS).map(([list, fields]) => [list, Object.entries(fields)] as [keyof typeof FIELDS, [string, FieldType][]]);
const FIGURE_FIELD_ENTRIES: [string, FieldType][] = Object.entries(FIELDS.figures);

/** Problems listed per dataset at most: a file of a million bad records needs only a few named. */
const MAX_PROBLEMS = 100;

/**
 * Checks that every list holds records and every record's fields have their types. Returns [] when
 * the shape is sound; the invariant checks may then read the fields without guarding each one.
 */
export function checkShape(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const [list, fields] of FIELD_ENTRIES) checkList(dataset[list], list, fields, problems);
  checkRejected(dataset.rejected, problems);
  return problems;
}

const PARAGRAPH_FIELD_ENTRIES: [string, FieldType][] = Object.entries(FIELDS.paragraphs);

/** The shape of a list of paragraphs on its own: what the app checks in each paragraph chunk it fetches. */
export function checkParagraphsShape(paragraphs: unknown): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  checkList(paragraphs, 'paragraphs', PARAGRAPH_FIELD_ENTRIES, problems);
  return problems;
}

function checkList(records: unknown, list: string, fields: readonly [string, FieldType][], problems: DatasetProblem[]): void {
  if (!Array.isArray(records)) {
    problems.push({ path: list, message: 'is not a list' });
    return;
  }
  for (let i = 0; i < records.length && problems.length < MAX_PROBLEMS; i++) {
    const record: unknown = records[i];
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      problems.push({ path: `${list}[${i}]`, message: 'is not a record' });
      continue;
    }
    checkFields(record as Record<string, unknown>, fields, `${list}[${i}]`, problems);
    if (list === 'figures') checkReviewFields(record as Record<string, unknown>, `${list}[${i}]`, problems);
  }
}

function checkFields(record: Record<string, unknown>, fields: readonly [string, FieldType][], path: string, problems: DatasetProblem[]): void {
  for (const [field, type] of fields) {
    if (!hasType(record[field], type)) problems.push({ path: `${path}.${field}`, message: `is not ${describe(type)}` });
  }
}

/** `origin` and `review`, when a figure has them: a known origin, a review with its status, who, when and note. */
function checkReviewFields(figure: Record<string, unknown>, path: string, problems: DatasetProblem[]): void {
  const origin = figure[OPTIONAL_FIGURE_FIELDS.origin];
  if (origin !== undefined && origin !== null && !(typeof origin === 'string' && ORIGIN_SET.has(origin))) {
    problems.push({ path: `${path}.origin`, message: `is not one of ${FIGURE_ORIGINS.join(', ')}` });
  }
  const review = figure[OPTIONAL_FIGURE_FIELDS.review];
  if (review === undefined || review === null) return;
  const sound =
    typeof review === 'object' && !Array.isArray(review) &&
    typeof (review as Record<string, unknown>)['status'] === 'string' && STATUS_SET.has((review as Record<string, string>)['status'] ?? '') &&
    ['reviewer', 'at', 'note'].every((key) => typeof (review as Record<string, unknown>)[key] === 'string');
  if (!sound) problems.push({ path: `${path}.review`, message: `is not a review (status ${REVIEW_STATUSES.join('/')}, reviewer, at, note)` });
}

/** The optional `rejected` list: records of a reason and a figure of the figures' shape. */
function checkRejected(rejected: unknown, problems: DatasetProblem[]): void {
  if (rejected === undefined) return;
  if (!Array.isArray(rejected)) {
    problems.push({ path: 'rejected', message: 'is not a list' });
    return;
  }
  for (let i = 0; i < rejected.length && problems.length < MAX_PROBLEMS; i++) {
    const item: unknown = rejected[i];
    const figure = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['figure'] : undefined;
    if (typeof figure !== 'object' || figure === null || Array.isArray(figure) || typeof (item as Record<string, unknown>)['reason'] !== 'string') {
      problems.push({ path: `rejected[${i}]`, message: 'is not a rejection (figure and reason)' });
      continue;
    }
    checkFields(figure as Record<string, unknown>, FIGURE_FIELD_ENTRIES, `rejected[${i}].figure`, problems);
    checkReviewFields(figure as Record<string, unknown>, `rejected[${i}].figure`, problems);
  }
}

function hasType(value: unknown, type: FieldType): boolean {
  if (type.endsWith('?') && value === null) return true;
  switch (type) {
    case 'string':
    case 'string?':
      return typeof value === 'string';
    case 'number':
    case 'number?':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'strings':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'period?':
      return typeof value === 'object' && value !== null && ['text', 'start', 'end'].every((key) => {
        const part = (value as Record<string, unknown>)[key];
        return typeof part === 'string' || (key !== 'text' && part === null);
      });
  }
}

function describe(type: FieldType): string {
  const base = { string: 'a string', number: 'a finite number', boolean: 'true or false', strings: 'a list of strings', period: 'a period' }[
    type.replace('?', '') as 'string' | 'number' | 'boolean' | 'strings' | 'period'
  ];
  return type.endsWith('?') ? `${base} or null` : base;
}
