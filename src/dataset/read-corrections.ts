import { CATEGORIES, LOCALITY_LEVELS, QUALIFIERS } from './schema';
import { ADD_REQUIRED_FIELDS, CORRECTIONS_FORMAT, CORRECTIONS_VERSION, DECISION_ACTIONS, type Decision } from './corrections';

/** What a corrections file holds: its sound decisions, and a sentence for each one left out. */
export type CorrectionsReading =
  | { status: 'read'; decisions: Decision[]; /** Sentences naming the first decisions left out. */ problems: string[]; /** How many were left out. */ skipped: number }
  | { status: 'refused'; problem: string };

const ACTIONS = new Set<string>(DECISION_ACTIONS);
const CATEGORY_SET = new Set<string>(CATEGORIES);
const QUALIFIER_SET = new Set<string>(QUALIFIERS);
const LEVEL_SET = new Set<string>(LOCALITY_LEVELS);
const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;
/** ISO 8601 with a time and a zone: what Date#toISOString writes, or an offset. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/u;
/** Problems named per file at most; the count of the rest is given. */
const MAX_NAMED = 20;

/**
 * Reads a corrections file (src/dataset/corrections.ts) given as parsed JSON. A file is untrusted
 * input: one of another format or a newer version is refused whole; a decision that does not hold
 * together (an unknown action, an edit without fields, a value that is not a number) is left out with
 * a sentence naming it, and the others are read.
 */
export function readCorrections(data: unknown): CorrectionsReading {
  if (!isRecord(data)) return { status: 'refused', problem: 'it is not a JSON object' };
  if (data['format'] !== CORRECTIONS_FORMAT) return { status: 'refused', problem: `its "format" is not "${CORRECTIONS_FORMAT}"` };
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { status: 'refused', problem: 'its "version" is not a whole number' };
  if (version > CORRECTIONS_VERSION) {
    return { status: 'refused', problem: `it is version ${version}, this program reads version ${CORRECTIONS_VERSION} (update Reform Metrics)` };
  }
  const list = data['decisions'];
  if (!Array.isArray(list)) return { status: 'refused', problem: 'its "decisions" is not a list' };
  const decisions: Decision[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  list.forEach((item: unknown, i) => {
    const problem = findDecisionProblem(item);
    const id = isRecord(item) ? item['id'] : undefined;
    if (problem !== null) problems.push(`decisions[${i}]: ${problem}`);
    else if (seen.has(id as string)) problems.push(`decisions[${i}]: the id "${String(id)}" is used twice`);
    else {
      seen.add(id as string);
      decisions.push(item as Decision);
    }
  });
  const named = problems.length > MAX_NAMED ? [...problems.slice(0, MAX_NAMED), `… and ${problems.length - MAX_NAMED} more`] : problems;
  return { status: 'read', decisions, problems: named, skipped: problems.length };
}

/** Why a decision cannot be read, or null when it can. */
function findDecisionProblem(item: unknown): string | null {
  if (!isRecord(item)) return 'is not a record';
  if (typeof item['id'] !== 'string' || item['id'] === '') return 'has no "id"';
  const action = item['action'];
  if (typeof action !== 'string' || !ACTIONS.has(action)) return `its action ${JSON.stringify(action)} is not one of ${DECISION_ACTIONS.join(', ')}`;
  for (const key of ['reviewer', 'note'] as const) if (typeof item[key] !== 'string') return `its "${key}" is not a string`;
  if (typeof item['at'] !== 'string' || !TIMESTAMP.test(item['at'])) return 'its "at" is not an ISO 8601 time with a zone';
  if (item['figureId'] !== null && typeof item['figureId'] !== 'string') return 'its "figureId" is not a string or null';
  const anchor = item['anchor'];
  if (!isRecord(anchor)) return 'has no "anchor"';
  for (const key of ['file', 'text', 'before', 'after'] as const) if (typeof anchor[key] !== 'string') return `its anchor's "${key}" is not a string`;
  if (anchor['text'] === '') return "its anchor's text is empty";
  for (const key of ['sourceStart', 'sourceEnd'] as const) {
    const offset = anchor[key];
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) return `its anchor's "${key}" is not an offset`;
  }
  const fields = item['fields'];
  if (action === 'edit' || action === 'add') {
    if (!isRecord(fields)) return `an ${action} decision needs "fields"`;
    const problem = findFieldsProblem(fields);
    if (problem !== null) return problem;
    if (action === 'edit' && Object.keys(fields).length === 0) return 'an edit decision changes no field';
    if (action === 'add') for (const name of ADD_REQUIRED_FIELDS) if (fields[name] === undefined) return `an add decision needs fields.${name}`;
  } else if (fields !== undefined) return `a ${action} decision takes no "fields"`;
  const chain = item['localityChain'];
  if (chain !== undefined) {
    if (!Array.isArray(chain) || !chain.every(isPlace)) return 'its "localityChain" is not a list of places';
    const chosen = isRecord(fields) ? fields['localityId'] : undefined;
    if (typeof chosen === 'string' && chain.at(-1)?.id !== chosen) return 'its "localityChain" does not end at fields.localityId';
  }
  return null;
}

function findFieldsProblem(fields: Record<string, unknown>): string | null {
  const checks: Record<string, (value: unknown) => boolean> = {
    value: isNumber,
    valueMax: (v) => v === null || isNumber(v),
    unit: (v) => typeof v === 'string',
    qualifier: (v) => typeof v === 'string' && QUALIFIER_SET.has(v),
    localityId: (v) => v === null || (typeof v === 'string' && v !== ''),
    metric: (v) => typeof v === 'string',
    indicatorId: (v) => v === null || (typeof v === 'string' && v !== ''),
    category: (v) => typeof v === 'string' && CATEGORY_SET.has(v),
    period: (v) =>
      v === null ||
      (isRecord(v) && typeof v['text'] === 'string' && [v['start'], v['end']].every((b) => b === null || (typeof b === 'string' && PARTIAL_DATE.test(b)))),
  };
  for (const [name, value] of Object.entries(fields)) {
    const check = checks[name];
    if (check === undefined) return `fields.${name} is no field a correction may set`;
    if (!check(value)) return `fields.${name} ${JSON.stringify(value)} is not a valid ${name}`;
  }
  const { value, valueMax } = fields;
  if (isNumber(value) && isNumber(valueMax) && valueMax < value) return `fields.valueMax ${valueMax} is below fields.value ${value}`;
  return null;
}

function isPlace(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    typeof value['name'] === 'string' &&
    typeof value['fullName'] === 'string' &&
    typeof value['level'] === 'string' &&
    LEVEL_SET.has(value['level']) &&
    (value['code'] === null || typeof value['code'] === 'string') &&
    (value['parentId'] === null || typeof value['parentId'] === 'string') &&
    Array.isArray(value['aliases']) &&
    value['aliases'].every((a) => typeof a === 'string') &&
    Array.isArray(value['path']) &&
    value['path'].every((p) => typeof p === 'string')
  );
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
