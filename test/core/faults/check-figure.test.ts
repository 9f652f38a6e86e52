import { describe, expect, it } from 'vitest';
import { checkFigure, MAX_FIGURE_DIGITS } from '../../../src/core/faults/check-figure';
import { quoteText } from '../../../src/core/faults/quote-text';
import type { FigureCandidate, ScriptedParagraph } from '../../../src/core/types';

const TEXT = '新设立企业120家，增长8.5%。';

function paragraph(text = TEXT): ScriptedParagraph {
  return { role: 'body', text, original: text, toOriginal: Array.from({ length: text.length + 1 }, (_, i) => i), sourceStart: 0, sourceEnd: text.length };
}

function figure(overrides: Partial<FigureCandidate> = {}): FigureCandidate {
  return {
    start: 5, end: 9, text: '120家', value: 120, valueMax: null, unit: '家', baseValue: 120, baseValueMax: null, baseUnit: '家',
    unitKind: 'count', kind: 'quantity', qualifier: 'exact', metric: '新设立企业', category: 'enterprise_service', previousIndex: null,
    indicatorId: null, aspect: 'level', period: null, anecdote: false,
    ...overrides,
  };
}

describe('checkFigure', () => {
  it('passes a sound figure', () => {
    expect(checkFigure(paragraph(), figure(), 0, 1)).toEqual([]);
  });

  it.each<[string, Partial<FigureCandidate>, RegExp]>([
    ['an infinite value', { value: Infinity, baseValue: Infinity }, /value is not a finite number/u],
    ['a NaN base value', { baseValue: Number.NaN }, /baseValue is not a finite number/u],
    ['a range whose top is below its bottom', { valueMax: 100 }, /valueMax is not a finite number at or above its value/u],
    ['an infinite range top', { valueMax: Infinity, baseValueMax: Infinity }, /valueMax/u],
    ['a span past the paragraph', { start: 5, end: 99 }, /span 5–99 is outside the paragraph/u],
    ['an empty span', { start: 5, end: 5, text: '' }, /outside the paragraph/u],
    ['a span that reads other words', { start: 0, end: 4, text: '120家' }, /does not read its text/u],
    ['a link to itself', { previousIndex: 0 }, /before-figure 0 is not another figure/u],
    ['a link past the paragraph’s figures', { previousIndex: 3 }, /before-figure 3/u],
  ])('rejects %s', (_, overrides, problem) => {
    expect(checkFigure(paragraph(), figure(overrides), 0, 2).join('; ')).toMatch(problem);
  });

  it(`rejects a run of more than ${MAX_FIGURE_DIGITS} digits even when its value is finite`, () => {
    const digits = '1'.repeat(MAX_FIGURE_DIGITS + 1);
    const text = `共有${digits}个`;
    const long = figure({ start: 2, end: text.length, text: text.slice(2), value: Number(digits), baseValue: Number(digits), unit: '个' });
    expect(checkFigure(paragraph(text), long, 0, 1)).toEqual([expect.stringMatching(/more than 15 digits/u)]);
  });

  it('rejects a span whose offset map points outside the original text', () => {
    const broken = { ...paragraph(), toOriginal: paragraph().toOriginal.map((offset) => offset + 100) };
    expect(checkFigure(broken, figure(), 0, 1)).toEqual([expect.stringMatching(/original text/u)]);
  });
});

describe('quoteText', () => {
  it.each([
    ['a short text whole', '120家', '“120家”'],
    ['a long text cut, with its length', '7'.repeat(30), `“${'7'.repeat(24)}…” (30 characters)`],
    ['astral characters whole, never half', '𠀀'.repeat(30), `“${'𠀀'.repeat(24)}…” (60 characters)`],
  ])('quotes %s', (_, text, quoted) => {
    expect(quoteText(text)).toBe(quoted);
  });
});
