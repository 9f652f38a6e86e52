import { readdirSync, readFileSync } from 'node:fs';
import { Converter, Locale } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { createConversionGate } from '../../../src/core/text/create-conversion-gate';

describe('createConversionGate', () => {
  const gate = createConversionGate([['鄉 乡|鎮 镇|一目瞭然 一目了然|明瞭 明了|瞭望 瞭望', [['𠮷 吉']]]]);

  it.each([
    ['a one-character key', '全鄉', true],
    ['a phrase whose characters are no key of their own', '一目瞭然', true],
    ['a character outside the basic plane', '𠮷祥', true],
    ['text without any key', '乡镇经济', false],
    ['the opening of a phrase alone', '一目', false],
    ['a key that maps to itself only', '望', false],
    ['empty text', '', false],
  ])('for %s says %s', (_, text, expected) => {
    expect(gate(text)).toBe(expected);
  });
});

// Every line of the seeds and the fixture articles: simplified, traditional and mixed pages.
const corpusLines = [new URL('../../../corpus/', import.meta.url), new URL('../../fixtures/', import.meta.url)].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.txt'))
    .flatMap((name) => readFileSync(new URL(name, dir), 'utf8').split('\n')));
const convertHongKong = Converter({ from: 'hk', to: 'cn' });

const gateOf = (name: string) => {
  const preset = Locale.configs[name] as { conversionChain: readonly unknown[]; normalizationChain?: readonly unknown[] };
  return createConversionGate([preset.normalizationChain ?? [], preset.conversionChain]);
};

describe('the gate of the Hong Kong preset', () => {
  const gate = gateOf('hk2s');

  it('lets through every line the converter changes', () => {
    expect(corpusLines.length).toBeGreaterThan(1000);
    expect(corpusLines.filter((line) => !gate(line) && convertHongKong(line) !== line)).toEqual([]);
  });

  it('stops most lines of simplified text', () => {
    const simplified = corpusLines.filter((line) => convertHongKong(line) === line && line.length > 20);
    expect(simplified.filter(gate).length / simplified.length).toBeLessThan(0.5);
  });
});

describe('the gate of the Taiwan preset, on what the Hong Kong preset converted', () => {
  const gate = gateOf('tw2s');
  const convertTaiwan = Converter({ from: 'tw', to: 'cn' });
  const converted = corpusLines.map((line) => convertHongKong(line)).filter((line, i) => line !== corpusLines[i]);

  it('lets through every line the converter changes', () => {
    expect(converted.length).toBeGreaterThan(100);
    expect(converted.filter((line) => !gate(line) && convertTaiwan(line) !== line)).toEqual([]);
  });
});
