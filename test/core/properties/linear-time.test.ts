import { beforeAll, describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean/clean-text';
import { findFigures } from '../../../src/core/figures/find-figures';
import type { Gazetteer } from '../../../src/core/locality/gazetteer';
import { extractSource } from '../../../src/core/pipeline';
import { segmentSource } from '../../../src/core/segment/segment-source';
import { toSimplifiedLines } from '../../../src/core/text/to-simplified';
import { loadGazetteer } from '../../../scripts/load-gazetteer';
import { WORST_CASE_UNITS } from '../../helpers/arbitrary-text';
import { GROWTH_FACTOR, measureAdditivity, measureGrowth } from '../../helpers/measure-growth';

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

  // The same patterns after a long stretch of plain text in the same paragraph: about 1 when each
  // part costs the same wherever it stands; a backward search to the paragraph's start once per
  // figure or place makes it many times that. 4 leaves room for noise.
  const MAX_ADDITIVITY = 4;
  const STRETCH = '甲'.repeat(200_000);
  const inLine = WORST_CASE_UNITS.filter((unit) => !unit.includes('\n'));

  it('in findFigures, for every worst-case pattern after a long stretch of text', () => {
    const ratios = inLine.map((unit) => ({ unit, ratio: measureAdditivity(STRETCH, unit.repeat(300), findFigures, MAX_ADDITIVITY) }));
    expect(ratios.filter((r) => r.ratio > MAX_ADDITIVITY)).toEqual([]);
  }, 120_000);

  it('in the whole pipeline, for every worst-case pattern after a long stretch of text', () => {
    const extract = (text: string) => extractSource({ file: 'long.txt', text, encoding: 'utf-8', bytes: text.length }, gazetteer);
    const ratios = inLine.map((unit) => ({ unit, ratio: measureAdditivity(STRETCH, unit.repeat(300), extract, MAX_ADDITIVITY) }));
    expect(ratios.filter((r) => r.ratio > MAX_ADDITIVITY)).toEqual([]);
  }, 120_000);

  // And before it: a forward search to the paragraph's end once per figure (a time phrase, a closing
  // quote) costs as much as a backward one.
  it('in the whole pipeline, for every worst-case pattern before a long stretch of text', () => {
    const extract = (text: string) => extractSource({ file: 'long.txt', text, encoding: 'utf-8', bytes: text.length }, gazetteer);
    const ratios = inLine.map((unit) => ({ unit, ratio: measureAdditivity(unit.repeat(300), STRETCH, extract, MAX_ADDITIVITY) }));
    expect(ratios.filter((r) => r.ratio > MAX_ADDITIVITY)).toEqual([]);
  }, 120_000);
});
