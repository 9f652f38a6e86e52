import { describe, expect, it } from 'vitest';
import { makeDatasetIndex } from '../../helpers/make-app-layout';
import { DEFAULT_STATE } from '../../../src/lib/url-state';
import { selectClaims } from '../../../src/views/compare/select-claims';
import { selectCompareModel, type CompareChoice } from '../../../src/views/compare/select-compare-model';
import { makeCompareDataset } from '../../helpers/make-compare-dataset';

const dataset = makeCompareDataset();
const index = makeDatasetIndex(dataset);
const choice = (overrides: Partial<CompareChoice> = {}): CompareChoice => ({ ...DEFAULT_STATE, indicator: 'approval-time', ...overrides });
const rowsOf = (overrides: Partial<CompareChoice>, figures = dataset.figures) =>
  selectCompareModel(index, figures, choice(overrides)).rows.map((r) => [r.locality, r.value, r.qualifier, r.shown === null]);

describe('selectClaims', () => {
  const approval = dataset.indicators[0];
  if (!approval) throw new Error('no indicator');

  it('works out the after-value of a before-value and its cut, and never doubles a printed one', () => {
    const claims = selectClaims(index, dataset.figures, approval).map((c) => [c.localityId, c.aspect, c.value, c.unit, c.derived]);
    expect(claims).toEqual([
      ['cn-420322', 'before', 15, '工作日', false],
      ['cn-420322', 'level', 7.5, '工作日', true], // 由15个工作日压缩至一半
      ['cn-310115', 'before', 20, '工作日', false],
      ['cn-310115', 'level', 8, '工作日', false],
      ['cn-310115', 'level', 10, '工作日', false],
      ['cn-110105', 'level', 5, '天', false],
    ]);
  });

  it('opens a worked-out value at its cut, and dates it from its article', () => {
    const derived = selectClaims(index, dataset.figures, approval).find((c) => c.derived);
    expect([derived?.figure.text, derived?.figures.map((f) => f.text), derived?.reference]).toEqual(['一半', ['15个工作日', '一半'], '2023-05-22']);
  });

  it('leaves out anecdotes and figures with no place, and counts every measure word of a count in its base unit', () => {
    const visits = dataset.indicators[2];
    if (!visits) throw new Error('no indicator');
    const claims = selectClaims(index, dataset.figures, visits);
    expect(claims.map((c) => c.figure.text)).toEqual(['30家', '20户', '约100家', '50家', '80家']);
    expect(new Set(claims.map((c) => c.unit))).toEqual(new Set(['家']));
  });
});

describe('selectCompareModel', () => {
  it('defaults to the level aspect, the most used unit, each place latest and the level with most places', () => {
    const model = selectCompareModel(index, dataset.figures, choice());
    expect([model.aspect, model.unit, model.period, model.level]).toEqual(['level', '工作日', null, 'county']);
    expect(model.aspects.map((a) => [a.value, a.count])).toEqual([['level', 4], ['before', 2]]);
    expect(model.units.map((u) => [u.value, u.count])).toEqual([['工作日', 3], ['天', 1]]);
    expect(model.periods.map((p) => p.value)).toEqual(['2023', '2022', '2021']);
  });

  it('shows each place by its latest claim: 浦东新区 by 8 of 2022, not 10 of 2021', () => {
    expect(rowsOf({})).toEqual([['郧西县', 7.5, 'exact', false], ['浦东新区', 8, 'exact', false]]);
  });

  it.each([
    ['the value before the reform', { aspect: 'before' as const }, [['郧西县', 15, 'exact', false], ['浦东新区', 20, 'exact', false]]],
    ['another unit of the dimension', { unit: '天' }, [['朝阳区', 5, 'exact', false]]],
    ['one year', { period: '2021' }, [['浦东新区', 10, 'exact', false]]],
  ])('compares %s only when asked to', (_name, overrides, expected) => {
    expect(rowsOf(overrides)).toEqual(expected);
  });

  it('falls back to the defaults for a choice the data does not offer', () => {
    const model = selectCompareModel(index, dataset.figures, choice({ indicator: 'nothing', aspect: 'share', unit: '亩', period: '1999', level: 'village' }));
    expect([model.indicator?.id, model.aspect, model.unit, model.period, model.level]).toEqual(['enterprises-visited', 'level', '家', null, 'county']);
  });

  it('keeps a province off a village: one level at a time', () => {
    expect(rowsOf({ indicator: 'enterprises-visited', level: 'township' })).toEqual([['城关镇', 30, 'exact', false], ['上津镇', 20, 'exact', false]]);
  });

  it('rolls an additive indicator up where a place reports none itself, each branch by its nearest reporting place', () => {
    const model = selectCompareModel(index, dataset.figures, choice({ indicator: 'enterprises-visited', rollup: true, level: 'prefecture' }));
    expect(model.levels.map((l) => l.level)).toEqual(['province', 'prefecture', 'county', 'township']);
    // 十堰市 = 郧西县 (≈100, which hides its towns) + 张湾区 50
    expect(model.rows.map((r) => [r.locality, r.value, r.qualifier, r.parts.map((p) => p.locality)])).toEqual([
      ['十堰市', 150, 'approx', ['郧西县', '张湾区']],
    ]);
    const withoutYunxi = dataset.figures.filter((f) => f.text !== '约100家');
    expect(rowsOf({ indicator: 'enterprises-visited', rollup: true, level: 'county' }, withoutYunxi)).toEqual([
      ['郧西县', 50, 'exact', true],
      ['张湾区', 50, 'exact', false],
    ]);
  });

  it('never rolls up a rate or a level', () => {
    const model = selectCompareModel(index, dataset.figures, choice({ rollup: true }));
    expect([model.rollUp, model.levels.map((l) => l.level)]).toEqual([false, ['county']]);
  });

  it('counts what it leaves out', () => {
    expect(selectCompareModel(index, dataset.figures, choice({ indicator: 'enterprises-visited' })).leftOut).toEqual({ unplaced: 1, anecdotes: 1 });
  });
});

describe('selectCompareModel: the default level with a roll-up', () => {
  it('stays where most places report themselves, not at the top the sums reach', () => {
    const model = selectCompareModel(index, dataset.figures, choice({ indicator: 'enterprises-visited', rollup: true }));
    expect(model.level).toBe('county');
  });
});
