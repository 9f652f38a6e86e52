import { describe, expect, it } from 'vitest';
import { CATEGORIES, DIRECTIONS, UNIT_KINDS, type UnitKind } from '../../../src/dataset/schema';
import { BASE_UNITS } from '../../../src/core/figures/units';
import { INDICATORS, listIndicators, type IndicatorDefinition } from '../../../src/core/indicators/indicators';
import { toSimplified } from '../../../src/core/text/to-simplified';

const rows: readonly IndicatorDefinition[] = INDICATORS;
const HAN = /\p{Script=Han}/u;

/**
 * The reading indicators.ts documents (point 7), spelled out so the table can be checked against it:
 * candidates of the figure's unit kind, minus those whose excludes occur in the clause; the longest cue
 * found in the label wins, and on a tie the first row in table order.
 */
function resolveDocumented(label: string, clause: string, unitKind: UnitKind): string | null {
  let best: { id: string; length: number } | null = null;
  for (const row of rows) {
    if (row.dimension !== unitKind) continue;
    if ((row.excludes ?? []).some((word) => clause.includes(word))) continue;
    const length = Math.max(0, ...row.cues.filter((cue) => label.includes(cue)).map((cue) => cue.length));
    if (length > 0 && (best === null || length > best.length)) best = { id: row.id, length };
  }
  return best?.id ?? null;
}

/** Pairs of rows of one dimension that share a cue, the earlier row first. */
function findSharedCues(): { cue: string; first: IndicatorDefinition; later: IndicatorDefinition }[] {
  return rows.flatMap((first, i) =>
    rows.slice(i + 1).flatMap((later) =>
      later.dimension !== first.dimension ? [] : first.cues.filter((cue) => later.cues.includes(cue)).map((cue) => ({ cue, first, later })),
    ),
  );
}

describe('INDICATORS: the shape of the table', () => {
  // Issue 11 asks for "on the order of 80–150": a vocabulary, not a list of every phrase the genre prints.
  it('has between 80 and 160 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
    expect(rows.length).toBeLessThanOrEqual(160);
  });

  it('gives every row a unique kebab-case id', () => {
    const ids = rows.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('names every row in Chinese and in English, each name unique, the English one without Han characters', () => {
    for (const row of rows) {
      expect(row.nameZh.trim(), row.id).not.toBe('');
      expect(row.nameEn.trim(), row.id).not.toBe('');
      expect(HAN.test(row.nameEn), row.id).toBe(false);
    }
    expect(new Set(rows.map((row) => row.nameZh)).size).toBe(rows.length);
    expect(new Set(rows.map((row) => row.nameEn)).size).toBe(rows.length);
  });

  it('puts every row in a category, with at least 4 rows in every category but other', () => {
    for (const row of rows) expect(CATEGORIES, row.id).toContain(row.domain);
    for (const category of CATEGORIES.filter((c) => c !== 'other')) {
      expect(rows.filter((row) => row.domain === category).length, category).toBeGreaterThanOrEqual(4);
    }
  });

  it('gives every row a unit kind as dimension and a base unit of that kind from the unit lexicon', () => {
    for (const row of rows) {
      expect(UNIT_KINDS, row.id).toContain(row.dimension);
      const base = BASE_UNITS.find((unit) => unit.unit === row.baseUnit);
      expect(base?.kind, `${row.id}: ${row.baseUnit}`).toBe(row.dimension);
    }
  });

  it('never makes a rate, a duration or a concentration additive', () => {
    const levelKinds: readonly UnitKind[] = ['ratio', 'duration', 'concentration', 'temperature', 'multiple', 'fraction'];
    for (const row of rows.filter((r) => levelKinds.includes(r.dimension))) expect(row.additive, row.id).toBe(false);
  });

  it('gives every row a direction of up, down or null', () => {
    for (const row of rows) expect([...DIRECTIONS, null], row.id).toContain(row.direction);
  });
});

describe('INDICATORS: cues', () => {
  it('gives every row cues that are non-empty, unique within the row and free of spaces', () => {
    for (const row of rows) {
      expect(row.cues.length, row.id).toBeGreaterThan(0);
      expect(new Set(row.cues).size, row.id).toBe(row.cues.length);
      for (const cue of row.cues) expect(cue, row.id).toMatch(/^\S+$/);
    }
  });

  it('writes cues and excludes in simplified Chinese, as the labels they are matched against are', () => {
    for (const word of rows.flatMap((row) => [...row.cues, ...(row.excludes ?? [])])) {
      expect(toSimplified(word).text).toBe(word);
    }
  });

  it('never lets a row exclude a word of one of its own cues', () => {
    for (const row of rows) {
      for (const word of row.excludes ?? []) {
        expect(row.cues.filter((cue) => cue.includes(word)), `${row.id} excludes ${word}`).toEqual([]);
      }
    }
  });

  it('shares a cue between rows of one dimension only when the earlier row excludes a word of the later one’s cues', () => {
    const untold = findSharedCues().filter(({ first, later }) =>
      !(first.excludes ?? []).some((word) => later.cues.some((cue) => cue.includes(word))),
    );
    expect(untold.map(({ cue, first, later }) => `${cue}: ${first.id} / ${later.id}`)).toEqual([]);
  });

  it('finds every row by its own Chinese name', () => {
    const misread = rows
      .map((row) => ({ id: row.id, found: resolveDocumented(row.nameZh, row.nameZh, row.dimension) }))
      .filter(({ id, found }) => id !== found);
    expect(misread).toEqual([]);
  });
});

describe('INDICATORS: overlaps are settled by unit kind, longest cue, excludes and table order', () => {
  it.each([
    ['固定资产投资', '完成固定资产投资80亿元', 'money', 'fixed-asset-investment'],
    ['固定资产投资', '固定资产投资增长9.5%', 'ratio', 'fixed-asset-investment-growth'],
    ['地区生产总值', '地区生产总值增长6%左右', 'ratio', 'gdp-growth'],
    ['人均地区生产总值', '人均地区生产总值增长6.5%', 'ratio', null],
    ['申请材料', '申请材料由12份减少到4份', 'count', 'required-documents'],
    ['精简申请材料', '累计精简申请材料1200份', 'count', 'materials-cut'],
    ['集成服务事项', '推出集成服务事项56项', 'count', 'bundled-services'],
    ['审批时限', '审批时限压缩至5个工作日', 'duration', 'approval-time'],
    ['审批时限', '审批时限平均压缩60%', 'ratio', 'time-limit-cut'],
    ['企业开办时间', '企业开办时间压缩至1个工作日', 'duration', 'business-startup-time'],
    ['工程建设项目审批时间', '工程建设项目审批时间压缩至60个工作日', 'duration', 'construction-approval-time'],
    ['办结率', '政务服务中心办件按期办结率100%', 'ratio', 'case-closure-rate'],
    ['办结率', '12345热线受理工单2万件，办结率98%', 'ratio', 'hotline-closure-rate'],
    ['办理时间', '热线工单平均办理时间2天', 'duration', null],
    ['满意率', '窗口服务群众满意率99%', 'ratio', 'public-satisfaction'],
    ['满意率', '热线回访满意率97%', 'ratio', 'hotline-satisfaction'],
    ['回访满意率', '政务服务中心差评回访满意率100%', 'ratio', 'public-satisfaction'],
    ['回访满意率', '12345工单回访满意率96%', 'ratio', 'hotline-satisfaction'],
    ['总投资', '新建厂房项目总投资12亿元', 'money', 'project-total-investment'],
    ['总投资', '签约项目8个，总投资30亿元', 'money', 'signed-investment'],
    ['床位', '卫生院新增床位40张', 'count', 'hospital-beds'],
    ['床位', '敬老院新增床位60张', 'count', 'elderly-care-beds'],
    ['参保', '基本养老保险参保12万人', 'count', 'pension-insured'],
    ['参保', '城乡居民医保参保30万人', 'count', 'medical-insured'],
    ['培训', '开展职业技能培训3000人次', 'count', 'skills-training'],
    ['培训', '培训党员干部1200人次', 'count', null],
    ['走访企业', '走访企业120家', 'count', 'enterprises-visited'],
    ['走访', '走访农户300户', 'count', 'residents-visited'],
    ['优良天数', '空气质量优良天数330天', 'duration', 'good-air-days'],
    ['优良天数', '优良天数比例达90.4%', 'ratio', 'good-air-rate'],
    ['优良率', '地表水断面水质优良率100%', 'ratio', null],
    ['污水集中收集率', '城市生活污水集中收集率74.2%', 'ratio', null],
  ] as const)('reads %s in “%s” (%s) as %s', (label, clause, unitKind, expected) => {
    expect(resolveDocumented(label, clause, unitKind)).toBe(expected);
  });
});

describe('listIndicators', () => {
  it('lists every row in table order, without its cues and excludes', () => {
    const listed = listIndicators();
    expect(listed.map((indicator) => indicator.id)).toEqual(rows.map((row) => row.id));
    for (const indicator of listed) {
      expect(Object.keys(indicator).sort()).toEqual(['additive', 'baseUnit', 'dimension', 'direction', 'domain', 'id', 'nameEn', 'nameZh']);
    }
  });
});
