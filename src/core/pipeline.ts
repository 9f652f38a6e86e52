import type { Dataset, Encoding, Warning } from '../dataset/schema';
import { assembleSource, mergeChunks, type DatasetChunk } from './assemble-dataset';
import { cleanText } from './clean/clean-text';
import { findFigures } from './figures/find-figures';
import { describeFigures } from './indicators/describe-figures';
import type { Gazetteer } from './locality/gazetteer';
import { resolveArticlePlaces } from './locality/resolve-article-places';
import { segmentSource } from './segment/segment-source';
import type { FigurePosition } from './types';

/** One decoded input file. */
export interface SourceText {
  /** Path relative to the input folder, `/`-separated. */
  file: string;
  text: string;
  encoding: Encoding;
  bytes: number;
}

/**
 * One source → its complete share of the dataset. Pure (no I/O, no clock) and independent of every
 * other source, so a corpus can be processed file by file in bounded memory, or in parallel.
 */
export function extractSource(source: SourceText, gazetteer: Gazetteer): DatasetChunk {
  const articles = segmentSource(cleanText(source.text));
  const extracted = articles.map((article) => {
    const found = article.paragraphs.map((paragraph) => findFigures(paragraph.text));
    const positions: FigurePosition[] = found.flatMap((inParagraph, paragraphIndex) =>
      inParagraph.map(({ start, end }) => ({ paragraphIndex, start, end })),
    );
    const places = resolveArticlePlaces(article, positions, gazetteer);
    return { article, figures: describeFigures(article, found, places.spans), places };
  });
  return assembleSource(source, extracted);
}

/** Corpus texts → dataset, all in memory: for tests and small corpora (the CLI streams instead). */
export function runPipeline(sources: readonly SourceText[], gazetteer: Gazetteer, warnings: readonly Warning[] = []): Dataset {
  return mergeChunks(sources.map((source) => extractSource(source, gazetteer)), warnings);
}
