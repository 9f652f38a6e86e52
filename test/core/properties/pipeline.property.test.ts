import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { listIndicators } from '../../../src/core/indicators/indicators';
import type { Gazetteer } from '../../../src/core/locality/gazetteer';
import { extractSource } from '../../../src/core/pipeline';
import { checkDataset } from '../../../src/dataset/check-dataset';
import { SCHEMA_VERSION } from '../../../src/dataset/schema';
import { loadGazetteer } from '../../../scripts/load-gazetteer';
import { hostileText } from '../../helpers/arbitrary-text';

// The whole pipeline, fed arbitrary hostile pages: it never throws, its share of the dataset keeps
// every invariant (spans read true, values finite, references resolve), and every warning it gives
// names the file and points inside it.

/** PROPERTY_RUNS=20000 hunts longer; the default keeps `npm test` quick. */
const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 200);

describe('the pipeline on hostile input', () => {
  let gazetteer: Gazetteer;
  beforeAll(async () => {
    gazetteer = await loadGazetteer();
  });

  it('extractSource gives a sound chunk and well-formed warnings for any page', () => {
    fc.assert(fc.property(fc.array(hostileText, { minLength: 1, maxLength: 4 }), (parts) => {
      const text = parts.join('\n\n');
      const chunk = extractSource({ file: 'hostile.txt', text, encoding: 'utf-8', bytes: text.length }, gazetteer);
      expect(checkDataset({ schemaVersion: SCHEMA_VERSION, ...chunk, indicators: listIndicators(), warnings: [] })).toEqual([]);
      for (const figure of chunk.figures) {
        const paragraph = chunk.paragraphs.find((p) => p.id === figure.paragraphId);
        expect(paragraph?.text.slice(figure.start, figure.end)).toBe(figure.text);
        expect([figure.value, figure.baseValue, figure.valueMax ?? 0, figure.baseValueMax ?? 0].every(Number.isFinite)).toBe(true);
      }
      for (const paragraph of chunk.paragraphs) expect(paragraph.sourceEnd).toBeLessThanOrEqual(text.length);
      for (const warning of chunk.warnings) {
        expect(warning.file).toBe('hostile.txt');
        expect(warning.sourceOffset === undefined || (warning.sourceOffset >= 0 && warning.sourceOffset <= text.length)).toBe(true);
        if (warning.paragraphId !== undefined) expect(chunk.paragraphs.some((p) => p.id === warning.paragraphId)).toBe(true);
      }
    }), { numRuns: RUNS });
  }, 30_000 + RUNS * 50);
});
