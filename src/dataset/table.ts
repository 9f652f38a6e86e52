/**
 * A list of records written as one row per record: the field names once, then the values of each
 * record in that order. Half the bytes of a list of objects (no repeated keys) and faster to parse.
 * A field a record lacks is written as null.
 */
export interface Table<T> {
  fields: readonly (keyof T & string)[];
  rows: unknown[][];
}

/** Records → table, with the fields in the order given. @example toTable([{ a: 1, b: 'x' }], ['a', 'b']) // { fields: ['a', 'b'], rows: [[1, 'x']] } */
export function toTable<T extends object>(records: readonly T[], fields: readonly (keyof T & string)[]): Table<T> {
  return { fields, rows: records.map((record) => toRow(record, fields)) };
}

/** One record's values, in field order. */
export function toRow<T extends object>(record: T, fields: readonly (keyof T & string)[]): unknown[] {
  return fields.map((field) => record[field] ?? null);
}

/**
 * Table → records: the inverse of `toTable` for records whose absent fields are null. A field named in
 * `optional` (one a record may lack, as `Figure.review`) is left out where its cell is null, so the
 * records read back as they were written.
 */
export function fromTable<T>(table: Table<T>, optional: readonly string[] = []): T[] {
  const { fields, rows } = table;
  const omitted = new Set(optional);
  return rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as string;
      if (row[i] === null && omitted.has(field)) continue;
      record[field] = row[i];
    }
    return record as T;
  });
}
