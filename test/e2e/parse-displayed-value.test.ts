import { describe, expect, it } from 'vitest';
import { parseDisplayedValue, readUnit } from './parse-displayed-value';

// The sort journey reads table cells through this, so a misreading here would hide a wrong sort.
describe('parseDisplayedValue', () => {
  it.each([
    ['a plain count', '500人', 500],
    ['a grouped number', '1,200平方米', 1200],
    ['a 万 magnitude', '2.8万人', 28_000],
    ['an 亿 magnitude with a qualifier', '≈2.8亿元', 280_000_000],
    ['a range by its lower bound', '3–5工作日', 3],
    ['a range sharing one magnitude', '2–3亿元', 200_000_000],
    ['a percentage', '≥99.5%', 99.5],
    ['a fall', '-66.7%', -66.7],
  ])('reads %s', (_name, display, expected) => {
    expect(parseDisplayedValue(display)).toBeCloseTo(expected);
  });

  it.each(['—', '', '约'])('returns null for %j', (display) => {
    expect(parseDisplayedValue(display)).toBeNull();
  });
});

describe('readUnit', () => {
  it.each([
    ['≈2.8万件', '件'],
    ['3–5工作日', '工作日'],
    ['12,098件', '件'],
    ['99%', '%'],
  ])('reads the unit of %j as %j', (display, unit) => {
    expect(readUnit(display)).toBe(unit);
  });
});
