import { readFile } from 'node:fs/promises';
import { applyCorrections, type CorrectionReport } from '../src/dataset/apply-corrections';
import type { Decision } from '../src/dataset/corrections';
import { readCorrections } from '../src/dataset/read-corrections';
import type { Article, Figure, Indicator, Paragraph, Rejection, Source, Warning } from '../src/dataset/schema';
import type { SerializedChunk } from './serialize-chunk';

/** The `--corrections` stage of the CLI: applies a corrections file to each file's chunk as it streams by. */
export interface CorrectionsStage {
  /** The chunk with the decisions about its file applied; the very same chunk when none concern it. */
  apply(chunk: SerializedChunk): SerializedChunk;
  /** After the last chunk: the rejected figures in file order, the counts, and a warning per decision not applied. */
  finish(): { rejected: Rejection[]; summary: string; warnings: Warning[] };
}

const utf8 = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Reads the corrections file `file` and returns the stage that applies it, or the reason the file
 * cannot be used at all (missing, not JSON, another format or a newer version). Decisions the file
 * holds but cannot be read are warnings; the others are applied.
 */
export async function loadCorrectionsStage(file: string, indicators: readonly Indicator[]): Promise<CorrectionsStage | { error: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: `cannot read the corrections file "${file}": ${code === 'ENOENT' ? 'it does not exist' : (error as Error).message}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    return { error: `the corrections file "${file}" is not JSON: ${(error as Error).message}` };
  }
  const reading = readCorrections(data);
  if (reading.status === 'refused') return { error: `the corrections file "${file}" cannot be used: ${reading.problem}` };
  return createCorrectionsStage(file, reading.decisions, reading.problems, indicators, reading.skipped);
}

/** The stage for decisions already read; `problems` are what reading the file left out. */
export function createCorrectionsStage(
  file: string,
  decisions: readonly Decision[],
  problems: readonly string[],
  indicators: readonly Indicator[],
  skipped = problems.length,
): CorrectionsStage {
  const byFile = new Map<string, Decision[]>();
  for (const decision of decisions) {
    const list = byFile.get(decision.anchor.file);
    if (list) list.push(decision);
    else byFile.set(decision.anchor.file, [decision]);
  }
  const seen = new Set<string>();
  const rejected: Rejection[] = [];
  const total: CorrectionReport = { applied: 0, stale: [], conflicts: [] };
  return {
    apply(chunk) {
      const sources = parseLines<Source>(chunk.records.sources);
      const source = sources[0];
      const concerning = source === undefined ? undefined : byFile.get(source.file);
      if (source === undefined || concerning === undefined) return chunk;
      seen.add(source.file);
      const articles = parseLines<Article>(chunk.records.articles);
      const paragraphs = parseLines<Paragraph>(chunk.records.paragraphs);
      const figures = parseLines<Figure>(chunk.records.figures);
      const result = applyCorrections({ sources, articles, paragraphs, figures, localities: chunk.localities, indicators }, concerning);
      total.applied += result.report.applied;
      total.stale.push(...result.report.stale);
      total.conflicts.push(...result.report.conflicts);
      rejected.push(...result.rejected);
      return {
        records: { ...chunk.records, figures: toLines(result.figures) },
        counts: { ...chunk.counts, figures: result.figures.length },
        localities: result.localities,
      };
    },
    finish() {
      for (const [name, list] of byFile) {
        if (!seen.has(name)) for (const decision of list) total.stale.push({ decision, code: 'not-read', reason: `the source file "${name}" was not read in this run` });
      }
      const describe = (d: Decision) => `correction ${d.id} (${d.action} "${d.anchor.text}" by ${d.reviewer || 'no name'})`;
      const warnings: Warning[] = [
        ...problems.map((problem) => ({ file, code: 'correction-unreadable', message: `${file}: ${problem}; left out` })),
        ...total.stale.map(({ decision, reason }) => ({ file: decision.anchor.file, code: 'correction-stale', message: `${describe(decision)} is stale: ${reason}` })),
        ...total.conflicts.flatMap(({ decisions: group, reason }) =>
          group.map((d) => ({ file: d.anchor.file, code: 'correction-conflict', message: `${describe(d)} conflicts with ${group.length - 1} other(s): ${reason}; none applied` })),
        ),
      ];
      const conflicting = total.conflicts.reduce((sum, c) => sum + c.decisions.length, 0);
      const unread = skipped > 0 ? `, ${skipped} unreadable` : '';
      const summary = `${total.applied} applied, ${total.stale.length} stale, ${conflicting} conflicting${unread} (${file}; ${rejected.length} figure(s) rejected)`;
      return { rejected, summary, warnings };
    },
  };
}

function parseLines<T>(bytes: Uint8Array): T[] {
  return decoder.decode(bytes).split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as T);
}

function toLines(records: readonly object[]): Uint8Array {
  let out = '';
  for (const record of records) out += `${JSON.stringify(record)}\n`;
  return utf8.encode(out);
}
