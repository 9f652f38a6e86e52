import { cleanText } from '../clean/clean-text';
import { segmentSource } from '../segment/segment-source';
import type { ReportFault, ScriptedArticle, ScriptedParagraph } from '../types';
import { describeError } from './describe-error';

/** A stretch of the source cleaned and segmented on its own after the whole could not be. */
interface Piece {
  text: string;
  start: number;
}

// Blocks are separated by blank lines; a block that still fails is retried line by line.
const BLANK_LINES = /(?:\r\n|\r|\n)[ \t\u3000]*(?:\r\n|\r|\n)/gu;
const LINE_BREAK = /\r\n|\r|\n/gu;

/**
 * The clean and segment stages for a whole source, with their faults contained. Normally this is
 * just `segmentSource(cleanText(text))`. If that throws (a bug), the text is redone in blocks
 * (blank-line separated), and a block that throws again line by line, so only the lines that fail are
 * dropped and reported; every piece becomes its own articles. A paragraph whose offsets are broken
 * is dropped too. Never throws.
 */
export function segmentTextContained(text: string, report: ReportFault): ScriptedArticle[] {
  return keepSoundParagraphs(segmentPiece({ text, start: 0 }, BLANK_LINES, report), report);
}

function segmentPiece(piece: Piece, splitter: RegExp | null, report: ReportFault): ScriptedArticle[] {
  try {
    const articles = segmentSource(cleanText(piece.text));
    return piece.start === 0 ? articles : articles.map((article) => shiftArticle(article, piece.start));
  } catch (error) {
    if (splitter === null || piece.text.length === 0) {
      report({
        code: 'segment-failed',
        message: `internal error (a bug) cleaning a line of ${piece.text.length} characters, dropped: ${describeError(error)}`,
        sourceOffset: piece.start,
      });
      return [];
    }
    const next = splitter === BLANK_LINES ? LINE_BREAK : null;
    return splitPieces(piece, splitter).flatMap((part) => segmentPiece(part, next, report));
  }
}

function splitPieces(piece: Piece, splitter: RegExp): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of piece.text.matchAll(splitter)) {
    pieces.push({ text: piece.text.slice(at, match.index), start: piece.start + at });
    at = match.index + match[0].length;
  }
  pieces.push({ text: piece.text.slice(at), start: piece.start + at });
  return pieces.filter((part) => part.text.trim() !== '');
}

function shiftArticle(article: ScriptedArticle, by: number): ScriptedArticle {
  const paragraphs = article.paragraphs.map((p) => ({ ...p, sourceStart: p.sourceStart + by, sourceEnd: p.sourceEnd + by }));
  return { ...article, paragraphs };
}

/** Drops paragraphs whose offset map or source offsets are broken: their figures could not be placed. */
function keepSoundParagraphs(articles: ScriptedArticle[], report: ReportFault): ScriptedArticle[] {
  return articles.map((article) => {
    const sound = article.paragraphs.filter((paragraph) => {
      const problem = checkParagraph(paragraph);
      if (problem !== null) report({ code: 'paragraph-dropped', message: `a paragraph dropped: ${problem}`, sourceOffset: paragraph.sourceStart });
      return problem === null;
    });
    return sound.length === article.paragraphs.length ? article : { ...article, paragraphs: sound };
  });
}

function checkParagraph(paragraph: ScriptedParagraph): string | null {
  if (!(paragraph.sourceStart <= paragraph.sourceEnd)) return `its source offsets ${paragraph.sourceStart}–${paragraph.sourceEnd} are reversed`;
  if (paragraph.toOriginal.length !== paragraph.text.length + 1) return 'its offset map does not cover its text';
  return null;
}
