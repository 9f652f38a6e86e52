import { APP_LAYOUT_VERSION, PARAGRAPH_FIELDS } from './app-layout';
import type { DatasetProblem } from './check-dataset';
import { checkParagraphsShape } from './check-shape';
import { SCHEMA_VERSION, type Paragraph } from './schema';
import { checkTable, fromTable } from './table';

export type ParagraphChunkReading = { paragraphs: Paragraph[]; problems: [] } | { paragraphs: null; problems: DatasetProblem[] };

/**
 * Reads a parsed paragraph chunk (app/paragraphs/NNNNN.json) that the index says holds the paragraphs
 * of `articleIds`: the versions and its own number must match, the table must have the paragraph
 * fields, every record their types, and every paragraph must belong to one of those articles (a
 * chunk cannot slip text under an article the index gave to another chunk). Never throws.
 */
export function readParagraphChunk(data: unknown, chunk: number, articleIds: ReadonlySet<string>): ParagraphChunkReading {
  const fail = (path: string, message: string): ParagraphChunkReading => ({ paragraphs: null, problems: [{ path, message }] });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('', 'is not a JSON object');
  const file = data as Record<string, unknown>;
  if (file['schemaVersion'] !== SCHEMA_VERSION) return fail('schemaVersion', `is ${String(file['schemaVersion'])}, this program reads ${SCHEMA_VERSION}`);
  if (file['layout'] !== APP_LAYOUT_VERSION) return fail('layout', `is ${String(file['layout'])}, this program reads ${APP_LAYOUT_VERSION}`);
  if (file['index'] !== chunk) return fail('index', `is ${String(file['index'])}, not ${chunk}`);
  const tableProblems = checkTable(file['paragraphs'], PARAGRAPH_FIELDS, 'paragraphs');
  if (tableProblems.length > 0) return { paragraphs: null, problems: tableProblems };
  const paragraphs = fromTable<Paragraph>(file['paragraphs'] as never);
  const problems = checkParagraphsShape(paragraphs);
  if (problems.length > 0) return { paragraphs: null, problems };
  const ids = new Set<string>();
  paragraphs.forEach((paragraph, i) => {
    if (ids.has(paragraph.id)) problems.push({ path: `paragraphs[${i}].id`, message: `"${paragraph.id}" is used twice` });
    ids.add(paragraph.id);
    if (!articleIds.has(paragraph.articleId)) problems.push({ path: `paragraphs[${i}].articleId`, message: `"${paragraph.articleId}" is not an article of this chunk` });
  });
  return problems.length > 0 ? { paragraphs: null, problems } : { paragraphs, problems: [] };
}
