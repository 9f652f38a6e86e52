import type { Dataset } from './schema';
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
} as const satisfies Record<Exclude<keyof Dataset, 'schemaVersion' | 'shard'>, Record<string, FieldType>>;

// The field lists as entries, made once: building them per record cost more than checking the fields.
const FIELD_ENTRIES = Object.entries(FIELDS).map(([list, fields]) => [list, Object.entries(fields)] as [keyof typeof FIELDS, [string, FieldType][]]);

/** Problems listed per dataset at most: a file of a million bad records needs only a few named. */
const MAX_PROBLEMS = 100;

/**
 * Checks that every list holds records and every record's fields have their types. Returns [] when
 * the shape is sound; the invariant checks may then read the fields without guarding each one.
 */
export function checkShape(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const [list, fields] of FIELD_ENTRIES) {
    const records: unknown = dataset[list];
    if (!Array.isArray(records)) {
      problems.push({ path: list, message: 'is not a list' });
      continue;
    }
    for (let i = 0; i < records.length && problems.length < MAX_PROBLEMS; i++) {
      const record: unknown = records[i];
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        problems.push({ path: `${list}[${i}]`, message: 'is not a record' });
        continue;
      }
      for (const [field, type] of fields) {
        const value = (record as Record<string, unknown>)[field];
        if (!hasType(value, type)) problems.push({ path: `${list}[${i}].${field}`, message: `is not ${describe(type)}` });
      }
    }
  }
  return problems;
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
