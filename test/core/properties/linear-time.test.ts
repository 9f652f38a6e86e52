import { beforeAll, describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean/clean-text';
import { findFigures } from '../../../src/core/figures/find-figures';
import type { Gazetteer } from '../../../src/core/locality/gazetteer';
import { extractSource } from '../../../src/core/pipeline';
import { segmentSource } from '../../../src/core/segment/segment-source';
import { toSimplifiedLines } from '../../../src/core/text/to-simplified';
import { loadGazetteer } from '../../../scripts/load-gazetteer';
import { WORST_CASE_UNITS } from '../../helpers/arbitrary-text';
import { GROWTH_FACTOR, measureGrowth } from '../../helpers/measure-growth';

// Each stage's time on a long run of one worst-case pattern, at n and 16n: linear work grows about 16
// times, quadratic 256. The bound sits halfway (in powers) at 8 × linear: on these machines a linear
// stage measures up to about 4 × linear once its large input outgrows the caches and the young heap,
// and a square would still be twice the bound. No absolute time is asserted.
const MAX_GROWTH = 8 * GROWTH_FACTOR;

describe('time grows linearly with the input', () => {
  let gazetteer: Gazetteer;
  beforeAll(async () => {
    gazetteer = await loadGazetteer();
  });

  const stages: [string, (text: string) => unknown][] = [
    ['toSimplifiedLines', (text) => toSimplifiedLines(text.split('\n'))],
    ['cleanText', (text) => cleanText(text)],
    ['segmentSource', (text) => segmentSource(cleanText(text))],
    ['findFigures', (text) => findFigures(text)],
  ];

  it.each(stages)('in %s, for every worst-case pattern', (_, stage) => {
    const growth = WORST_CASE_UNITS.map((unit) => ({ unit, ...measureGrowth(unit, stage, MAX_GROWTH) }));
    expect(growth.filter((g) => g.ratio > MAX_GROWTH)).toEqual([]);
  }, 120_000);

  it('in the whole pipeline, for every worst-case pattern', () => {
    const extract = (text: string) => extractSource({ file: 'long.txt', text, encoding: 'utf-8', bytes: text.length }, gazetteer);
    const growth = WORST_CASE_UNITS.map((unit) => ({ unit, ...measureGrowth(unit, extract, MAX_GROWTH) }));
    expect(growth.filter((g) => g.ratio > MAX_GROWTH)).toEqual([]);
  }, 120_000);
});
