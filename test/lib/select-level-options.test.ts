import { describe, expect, it } from 'vitest';
import { makeDatasetIndex } from '../helpers/make-app-layout';
import { resolveLevel, selectLevelOptions } from '../../src/lib/select-level-options';
import { makeDataset, makeSampleLocalities } from '../helpers/make-dataset';

const index = makeDatasetIndex(makeDataset({ localities: makeSampleLocalities() }));

describe('level options', () => {
  it('counts each place once at its level, top-down, and ignores unknown ids', () => {
    const options = selectLevelOptions(index, ['cn-420322', 'cn-110105', 'cn-420322', 'cn-420300', 'nowhere']);
    expect(options).toEqual([{ level: 'prefecture', count: 1 }, { level: 'county', count: 2 }]);
  });

  it.each([
    ['the chosen level while offered', 'prefecture', 'prefecture'],
    ['the level with most places when the choice is not offered', 'village', 'county'],
    ['the level with most places by default', null, 'county'],
  ] as const)('shows %s', (_name, chosen, expected) => {
    expect(resolveLevel([{ level: 'prefecture', count: 1 }, { level: 'county', count: 2 }], chosen)).toBe(expected);
  });

  it('prefers the higher level on a tie, and shows nothing when nothing is offered', () => {
    expect(resolveLevel([{ level: 'province', count: 3 }, { level: 'county', count: 3 }], null)).toBe('province');
    expect(resolveLevel([], 'county')).toBeNull();
  });
});
