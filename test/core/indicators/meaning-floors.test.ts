import { readdirSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_UNITS } from '../../../src/core/figures/units';
import type { Gazetteer } from '../../../src/core/locality/gazetteer';
import { loadGazetteer } from '../../../scripts/load-gazetteer';
import { labelF1, readFixtureFolder, type FixtureFolder, type KeyMatch } from '../../helpers/read-fixture-folder';

// What each figure measures, against answer keys written by people who had not read the extractor:
// category and label on every keyed folder, indicator and aspect on the folders whose keys carry them.
// Floors sit a few points under what the rules reach today, so that a rule tuned to one folder's
// sentences at the others' expense shows up here.
const FIXTURES = new URL('../../fixtures/', import.meta.url);
const KEYED = readdirSync(FIXTURES).filter((name) => name !== 'pipeline' && statSync(new URL(name, FIXTURES)).isDirectory()).sort();
const WITH_INDICATORS = ['unseen-pages', 'number-indicators', 'indicator-genres'];
const FLOORS = { category: 0.7, label: 0.87, indicator: 0.72, aspect: 0.86, period: 0.5 } as const;
const percent = (x: number): string => `${Math.round(x * 100)}%`;

let gazetteer: Gazetteer;
const folders = new Map<string, FixtureFolder>();
beforeAll(async () => {
  gazetteer = await loadGazetteer();
  for (const name of KEYED) folders.set(name, readFixtureFolder(new URL(`${name}/`, FIXTURES), gazetteer));
});

const matched = (names: readonly string[]): (KeyMatch & { figure: NonNullable<KeyMatch['figure']> })[] =>
  names.flatMap((name) => folders.get(name)?.matches ?? []).flatMap((m) => (m.figure === null ? [] : [{ ...m, figure: m.figure }]));

function share(matches: readonly KeyMatch[], agrees: (m: KeyMatch) => boolean): { share: number; misses: string[] } {
  const misses = matches.filter((m) => !agrees(m)).map((m) => `${m.file} «${m.key.quote}»`);
  return { share: (matches.length - misses.length) / matches.length, misses };
}

describe('what figures measure, on the keyed fixture folders', () => {
  it(`gives at least ${percent(FLOORS.category)} of matched figures the key's category`, () => {
    const { share: s, misses } = share(matched(KEYED).filter((m) => m.key.category !== undefined), (m) => m.figure?.category === m.key.category);
    expect(s, misses.slice(0, 40).join('\n')).toBeGreaterThanOrEqual(FLOORS.category);
  });

  it(`gives at least ${percent(FLOORS.label)} of matched figures a label sharing half its characters with the key's`, () => {
    const { share: s, misses } = share(matched(KEYED).filter((m) => m.key.metric !== undefined), (m) => labelF1(m.figure?.metric ?? '', m.key.metric ?? '') >= 0.5);
    expect(s, misses.slice(0, 40).join('\n')).toBeGreaterThanOrEqual(FLOORS.label);
  });

  it(`gives at least ${percent(FLOORS.indicator)} of matched figures the key's indicator (or none where it has none)`, () => {
    const { share: s, misses } = share(matched(WITH_INDICATORS).filter((m) => m.key.indicator !== undefined), (m) => (m.figure?.indicatorId ?? null) === (m.key.indicator ?? null));
    expect(s, misses.slice(0, 40).join('\n')).toBeGreaterThanOrEqual(FLOORS.indicator);
  });

  it(`gives at least ${percent(FLOORS.aspect)} of matched figures the key's aspect`, () => {
    const { share: s, misses } = share(matched(WITH_INDICATORS).filter((m) => m.key.aspect !== undefined), (m) => m.figure?.aspect === m.key.aspect);
    expect(s, misses.slice(0, 40).join('\n')).toBeGreaterThanOrEqual(FLOORS.aspect);
  });

  it(`gives at least ${percent(FLOORS.period)} of matched figures the key's period bounds (or none where it has none)`, () => {
    const bounds = (p: { start?: string | null; from?: string | null; end?: string | null; to?: string | null } | null | undefined): string =>
      p === null || p === undefined ? 'none' : `${p.start ?? p.from ?? '…'}–${p.end ?? p.to ?? '…'}`;
    const { share: s, misses } = share(matched(WITH_INDICATORS).filter((m) => m.key.period !== undefined), (m) => bounds(m.figure?.period) === bounds(m.key.period));
    expect(s, misses.slice(0, 40).join('\n')).toBeGreaterThanOrEqual(FLOORS.period);
  });

  it('charts every figure that has an indicator in a base unit of that indicator’s dimension', () => {
    const kindOf = new Map<string, string>(BASE_UNITS.map((u) => [u.unit, u.kind]));
    const wrong = [...folders.values()].flatMap(({ dataset }) => {
      const indicators = new Map(dataset.indicators.map((d) => [d.id, d]));
      return dataset.figures.flatMap((f) => {
        const indicator = f.indicatorId === null ? undefined : indicators.get(f.indicatorId);
        if (indicator === undefined) return [];
        // 微克/立方米 is a base unit; a rate (元/人) is of its numerator's kind.
        const kind = kindOf.get(f.baseUnit) ?? kindOf.get(f.baseUnit.split('/')[0] ?? '');
        return kind === indicator.dimension && f.unitKind === indicator.dimension ? [] : [`${f.sourceFile} «${f.text}» ${f.baseUnit} for ${indicator.id} (${indicator.dimension})`];
      });
    });
    expect(wrong).toEqual([]);
    expect(matched(WITH_INDICATORS).filter((m) => m.figure.indicatorId !== null).length).toBeGreaterThan(300);
  });
});
