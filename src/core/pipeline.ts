import type { Dataset, Encoding, Warning } from '../dataset/schema';
import { assembleSource, mergeChunks, type DatasetChunk } from './assemble-dataset';
import { describeFiguresContained } from './faults/describe-figures-contained';
import { findSoundFigures } from './faults/find-sound-figures';
import { resolvePlacesContained } from './faults/resolve-places-contained';
import { segmentTextContained } from './faults/segment-text-contained';
import { toWarnings } from './faults/to-warnings';
import { findPagePlaces } from './locality/find-page-places';
import { findSiteHosts } from './locality/find-site-hosts';
import type { Gazetteer } from './locality/gazetteer';
import type { Fault, FigurePosition } from './types';

/** One decoded input file. */
export interface SourceText {
  /** Path relative to the input folder, `/`-separated. */
  file: string;
  text: string;
  encoding: Encoding;
  bytes: number;
}

/** One source's share of the dataset, with a warning for every part of it that had to be dropped. */
export type SourceExtraction = DatasetChunk & { warnings: Warning[] };

/**
 * One source → its complete share of the dataset. Pure (no I/O, no clock) and independent of every
 * other source, so a corpus can be processed file by file in bounded memory, or in parallel. Faults
 * are contained where they happen: a bad figure costs that figure, a failing paragraph its figures,
 * a failing article its places; each is reported in `warnings`, and the rest of the source is kept.
 */
export function extractSource(source: SourceText, gazetteer: Gazetteer): SourceExtraction {
  const faults: Fault[][] = []; // per article; segment-stage faults go first, under no article
  const segmentFaults: Fault[] = [];
  const articles = segmentTextContained(source.text, (fault) => segmentFaults.push(fault));
  const page = findPagePlaces(articles, gazetteer, findSiteHosts(source.text));
  const extracted = articles.map((article) => {
    const articleFaults: Fault[] = [];
    faults.push(articleFaults);
    const found = article.paragraphs.map((paragraph, paragraphIndex) =>
      findSoundFigures(paragraph, (fault) => articleFaults.push({ ...fault, paragraphIndex })),
    );
    const positions: FigurePosition[] = found.flatMap((inParagraph, paragraphIndex) =>
      inParagraph.map(({ start, end }) => ({ paragraphIndex, start, end })),
    );
    const places = resolvePlacesContained(article, positions, gazetteer, (fault) => articleFaults.push(fault), page);
    const report = (fault: Fault): void => { articleFaults.push(fault); };
    return { article, figures: describeFiguresContained(article, found, places.spans, report), places };
  });
  const chunk = assembleSource(source, extracted);
  return { ...chunk, warnings: toWarnings(source.file, chunk, segmentFaults, faults) };
}

/** Corpus texts → dataset, all in memory: for tests and small corpora (the CLI streams instead). */
export function runPipeline(sources: readonly SourceText[], gazetteer: Gazetteer, warnings: readonly Warning[] = []): Dataset {
  const extractions = sources.map((source) => extractSource(source, gazetteer));
  return mergeChunks(extractions, [...warnings, ...extractions.flatMap((e) => e.warnings)]);
}
