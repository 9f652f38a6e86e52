import type { Warning } from '../../dataset/schema';
import type { DatasetChunk } from '../assemble-dataset';
import type { Fault } from '../types';

/**
 * One source's faults → dataset warnings that name the file, the article and paragraph (with its id
 * when the paragraph was kept) and the offset in the decoded text.
 * `articleFaults[i]` are the faults of the source's article i.
 */
export function toWarnings(
  file: string,
  chunk: DatasetChunk,
  segmentFaults: readonly Fault[],
  articleFaults: readonly (readonly Fault[])[],
): Warning[] {
  const warnings = segmentFaults.map((fault) => toWarning(file, fault, null, undefined));
  const paragraphIds = new Set(articleFaults.some((faults) => faults.length > 0) ? chunk.paragraphs.map((p) => p.id) : []);
  articleFaults.forEach((faults, articleIndex) => {
    const articleId = chunk.articles[articleIndex]?.id;
    for (const fault of faults) {
      const paragraphId =
        fault.paragraphIndex === undefined || articleId === undefined ? undefined : `${articleId}-p${fault.paragraphIndex}`;
      const known = paragraphId !== undefined && paragraphIds.has(paragraphId);
      warnings.push(toWarning(file, fault, articleIndex, known ? paragraphId : undefined));
    }
  });
  return warnings;
}

function toWarning(file: string, fault: Fault, articleIndex: number | null, paragraphId: string | undefined): Warning {
  const where = [
    articleIndex === null ? null : `article ${articleIndex + 1}`,
    fault.paragraphIndex === undefined ? null : `paragraph ${fault.paragraphIndex + 1}`,
    fault.sourceOffset === undefined ? null : `offset ${fault.sourceOffset}`,
  ].filter((part) => part !== null);
  return {
    file,
    code: fault.code,
    message: where.length > 0 ? `${where.join(', ')}: ${fault.message}` : fault.message,
    ...(paragraphId === undefined ? {} : { paragraphId }),
    ...(fault.sourceOffset === undefined ? {} : { sourceOffset: fault.sourceOffset }),
  };
}
