/**
 * Types that cross stage boundaries in the extraction core. A stage's own types stay in its file.
 *
 * Stages: clean (source text → scripted lines) → segment (lines → articles of paragraphs)
 *       → figures (paragraph text → figure candidates) → locality (article + figures → places)
 *       → assemble (everything → Dataset).
 */
import type { Figure, Locality, ParagraphRole, Script } from '../dataset/schema';
import type { FurnitureKind } from './clean/furniture-lexicon';

/** A line of the decoded source, with its offsets there. `text` is rewritten by the clean stages. */
export interface SourceLine {
  text: string;
  /** [start, end) of the raw line in the decoded source (line break excluded). */
  start: number;
  end: number;
}

/** A cleaned line in both scripts, with its offsets in the decoded source. */
export interface ScriptedLine {
  /** Cleaned text, simplified. Empty for blank lines. */
  text: string;
  /** Cleaned text in the source's own script. */
  original: string;
  /** Maps each offset in `text` (and `text.length`) to the matching offset in `original`. */
  toOriginal: readonly number[];
  /** How many Han characters the conversion to simplified changed (a traditional-script signal). */
  changed: number;
  /**
   * What kind of page furniture the line is (masthead, publication line, menu, footer …), or null for
   * article text. Furniture never enters an article; segmentation reads the date and outlet from it.
   */
  furniture: FurnitureKind | null;
  /** [start, end) of the raw line in the decoded source. */
  start: number;
  end: number;
}

/** A paragraph in both scripts: `text` is simplified, `original` the source's script. */
export interface ScriptedParagraph {
  role: ParagraphRole;
  text: string;
  original: string;
  /** Maps an offset in `text` to the offset of the same character in `original` (length text.length + 1). */
  toOriginal: readonly number[];
  sourceStart: number;
  sourceEnd: number;
}

/** An article in simplified script, ready for the figure and locality stages. */
export interface ScriptedArticle {
  title: string;
  titleOriginal: string;
  /** True when no headline was printed and the title was derived from the text. */
  titleDerived: boolean;
  subtitle: string | null;
  /** Publication date (ISO 8601 to the precision printed) and outlet, from the page's furniture lines. */
  date: string | null;
  outlet: string | null;
  bylines: string[];
  script: Script;
  paragraphs: ScriptedParagraph[];
}

/** A figure as found in one paragraph's simplified text, before ids and localities are assigned. */
export type FigureCandidate = Pick<
  Figure,
  | 'start' | 'end' | 'text' | 'value' | 'valueMax' | 'unit' | 'baseValue' | 'baseValueMax' | 'baseUnit'
  | 'unitKind' | 'kind' | 'qualifier' | 'metric' | 'category' | 'indicatorId' | 'aspect' | 'period' | 'anecdote'
> & {
  /** Index (within the same paragraph's candidates) of the before-figure of a before → after pair. */
  previousIndex: number | null;
};

/** A place as the locality stage knows it: ids are final dataset ids, so places merge across articles. */
export type PlaceNode = Locality;

/** Where one figure sits: which paragraph and which span in its simplified text. */
export interface FigurePosition {
  paragraphIndex: number;
  start: number;
  end: number;
}

/** A locality attribution with how sure it is (0–1). `placeId` null when nothing could be resolved. */
export interface Attribution {
  placeId: string | null;
  confidence: number;
}

/** What the locality stage returns for one article. */
export interface ArticlePlaces {
  article: Attribution;
  /** One per figure position given, in the same order. */
  figures: Attribution[];
  /** Every place referred to by an attribution, with all its ancestors. */
  places: PlaceNode[];
  /** Where the article's text names a place (a name, a village, 全县), governing or not: labels stop at them. */
  spans: PlaceSpan[];
}

/** A stretch of one block (0 title, 1 subtitle, i + 2 paragraph i) that names or points to a place. */
export interface PlaceSpan {
  block: number;
  start: number;
  end: number;
}
