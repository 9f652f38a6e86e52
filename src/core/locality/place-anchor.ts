/**
 * A place pinned to a stretch of an article's text: the unit the article-locality vote and the figure
 * attribution work on, whatever found it (a gazetteer name, a suffixed name, a 该县-style reference).
 */

/** Block numbers: the title is 0, the subtitle 1, paragraph i is i + 2. */
export const TITLE_BLOCK = 0;
export const SUBTITLE_BLOCK = 1;
export const FIRST_PARAGRAPH_BLOCK = 2;

/** A place id at [start, end) of one block. */
export interface PlaceAnchor {
  block: number;
  start: number;
  end: number;
  placeId: string;
  confidence: number;
  /** How it was found: a name votes for the article's locality, a reference only points back. */
  source: 'name' | 'reference';
}

/** Anchors in reading order. */
export function sortAnchors(anchors: readonly PlaceAnchor[]): PlaceAnchor[] {
  return [...anchors].sort((a, b) => a.block - b.block || a.start - b.start);
}
