import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean/clean-text';
import { cleanLine } from '../../../src/core/clean/clean-line';
import { findFigures } from '../../../src/core/figures/find-figures';
import type { Gazetteer } from '../../../src/core/locality/gazetteer';
import { resolveArticlePlaces } from '../../../src/core/locality/resolve-article-places';
import { segmentSource } from '../../../src/core/segment/segment-source';
import { countHan, displayWidth } from '../../../src/core/text/char-classes';
import { hashId } from '../../../src/core/text/hash-id';
import { toSimplifiedLines } from '../../../src/core/text/to-simplified';
import type { FigurePosition } from '../../../src/core/types';
import { MAX_FIGURE_DIGITS } from '../../../src/core/faults/check-figure';
import { loadGazetteer } from '../../../scripts/load-gazetteer';
import { hostileLine, hostileText } from '../../helpers/arbitrary-text';

// Every core stage, fed arbitrary hostile text: it never throws, and what it returns keeps the
// invariants the next stage relies on (offset maps cover their text, spans read true, values finite).

/** PROPERTY_RUNS=20000 hunts longer; the default keeps `npm test` quick. */
const RUNS = { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 300) };
/** Hostile pages can be slow to make and shrink; the budget grows with the runs asked for. */
const TIMEOUT = 30_000 + RUNS.numRuns * 30;
const isOffsetMap = (map: readonly number[], text: string, original: string): boolean =>
  map.length === text.length + 1 && map.every((offset, i) => Number.isInteger(offset) && offset >= 0 && offset <= original.length && (i === 0 || offset >= (map[i - 1] ?? 0)));
const TOO_MANY_DIGITS = new RegExp(`[0-9]{${MAX_FIGURE_DIGITS + 1}}`, 'u');

describe('text stage on hostile input', () => {
  it('toSimplifiedLines maps every output offset back into its input, in order', () => {
    fc.assert(fc.property(fc.array(hostileLine, { maxLength: 5 }), (lines) => {
      const converted = toSimplifiedLines(lines);
      expect(converted).toHaveLength(lines.length);
      converted.forEach((line, i) => expect(isOffsetMap(line.toOriginal, line.text, lines[i] ?? '')).toBe(true));
    }), RUNS);
  }, TIMEOUT);

  it('countHan, displayWidth and hashId are total and bounded', () => {
    fc.assert(fc.property(hostileText, (text) => {
      expect(countHan(text)).toBeLessThanOrEqual(text.length);
      expect(displayWidth(text)).toBeGreaterThanOrEqual(0);
      expect(hashId(text)).toMatch(/^[0-9a-f]{16}$/u);
    }), RUNS);
  }, TIMEOUT);
});

describe('clean stage on hostile input', () => {
  it('cleanLine never throws', () => {
    fc.assert(fc.property(hostileLine, (line) => {
      expect(typeof cleanLine(line)).toBe('string');
    }), RUNS);
  }, TIMEOUT);

  it('cleanText keeps every line inside the source, with an offset map into its original', () => {
    fc.assert(fc.property(hostileText, (text) => {
      for (const line of cleanText(text)) {
        expect(0 <= line.start && line.start <= line.end && line.end <= text.length).toBe(true);
        expect(isOffsetMap(line.toOriginal, line.text, line.original)).toBe(true);
      }
    }), RUNS);
  }, TIMEOUT);
});

describe('segment stage on hostile input', () => {
  it('segmentSource gives paragraphs with text, in the source, with an offset map into their original', () => {
    fc.assert(fc.property(hostileText, (text) => {
      for (const article of segmentSource(cleanText(text))) {
        expect(typeof article.title).toBe('string');
        for (const paragraph of article.paragraphs) {
          expect(paragraph.text).not.toBe('');
          expect(0 <= paragraph.sourceStart && paragraph.sourceStart <= paragraph.sourceEnd && paragraph.sourceEnd <= text.length).toBe(true);
          expect(isOffsetMap(paragraph.toOriginal, paragraph.text, paragraph.original)).toBe(true);
        }
      }
    }), RUNS);
  }, TIMEOUT);
});

describe('figure stage on hostile input', () => {
  it('findFigures gives spans that read true, in order, with finite values unless a digit run is too long to be a figure', () => {
    fc.assert(fc.property(hostileLine, (text) => {
      const figures = findFigures(text);
      figures.forEach((figure, i) => {
        expect(text.slice(figure.start, figure.end)).toBe(figure.text);
        expect(figure.start).toBeLessThan(figure.end);
        if (i > 0) expect(figure.start).toBeGreaterThanOrEqual(figures[i - 1]?.start ?? 0);
        if (!TOO_MANY_DIGITS.test(figure.text)) {
          for (const value of [figure.value, figure.baseValue, figure.valueMax ?? 0, figure.baseValueMax ?? 0]) expect(Number.isFinite(value)).toBe(true);
        }
        if (figure.previousIndex !== null) expect(figure.previousIndex >= 0 && figure.previousIndex < figures.length && figure.previousIndex !== i).toBe(true);
      });
    }), RUNS);
  }, TIMEOUT);
});

describe('locality stage on hostile input', () => {
  let gazetteer: Gazetteer;
  beforeAll(async () => {
    gazetteer = await loadGazetteer();
  });

  it('resolveArticlePlaces attributes every figure, to places it returns with their whole chain', () => {
    fc.assert(fc.property(hostileText, (text) => {
      for (const article of segmentSource(cleanText(text))) {
        const positions: FigurePosition[] = article.paragraphs.flatMap((p, paragraphIndex) =>
          findFigures(p.text).map(({ start, end }) => ({ paragraphIndex, start, end })));
        const places = resolveArticlePlaces(article, positions, gazetteer);
        const ids = new Set(places.places.map((p) => p.id));
        expect(places.figures).toHaveLength(positions.length);
        for (const attribution of [places.article, ...places.figures]) {
          if (attribution.placeId !== null) expect(ids.has(attribution.placeId)).toBe(true);
          expect(attribution.confidence >= 0 && attribution.confidence <= 1).toBe(true);
        }
        for (const place of places.places) if (place.parentId !== null) expect(ids.has(place.parentId)).toBe(true);
      }
    }), { numRuns: Math.ceil(RUNS.numRuns / 2) });
  }, TIMEOUT);
});
