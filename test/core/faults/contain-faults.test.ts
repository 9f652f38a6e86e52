import { describe, expect, it, vi } from 'vitest';
import { extractSource } from '../../../src/core/pipeline';
import { checkDataset } from '../../../src/dataset/check-dataset';
import { listIndicators } from '../../../src/core/indicators/indicators';
import { SCHEMA_VERSION } from '../../../src/dataset/schema';
import { makeGazetteer } from '../../helpers/make-gazetteer';

// Faults are injected into the real stages: each throws (as a bug would) on text holding its marker,
// and works as usual on everything else. The pipeline must lose only the part that holds the marker.
const BREAK_FIGURES = '坏数字';
const BREAK_PLACES = '坏地名';
const BREAK_CLEANING = '坏清洗';

vi.mock('../../../src/core/figures/find-figures', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/core/figures/find-figures')>();
  return { ...real, findFigures: (text: string) => (text.includes('坏数字') ? fail('figures') : real.findFigures(text)) };
});
vi.mock('../../../src/core/locality/resolve-article-places', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/core/locality/resolve-article-places')>();
  type Args = Parameters<typeof real.resolveArticlePlaces>;
  return {
    ...real,
    resolveArticlePlaces: (...args: Args) => (args[0].title.includes('坏地名') ? fail('places') : real.resolveArticlePlaces(...args)),
  };
});
vi.mock('../../../src/core/clean/clean-line', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/core/clean/clean-line')>();
  return { ...real, cleanLine: (line: string) => (line.includes('坏清洗') ? fail('cleaning') : real.cleanLine(line)) };
});

function fail(stage: string): never {
  throw new Error(`injected ${stage} fault`);
}

const gazetteer = makeGazetteer();
const extract = (text: string) => extractSource({ file: 'page.txt', text, encoding: 'utf-8', bytes: text.length }, gazetteer);
const soundness = (chunk: ReturnType<typeof extract>) =>
  checkDataset({ schemaVersion: SCHEMA_VERSION, ...chunk, indicators: listIndicators(), warnings: [] });

describe('extractSource contains faults', () => {
  it('drops a two-thousand-digit number with a warning naming its paragraph, and keeps the paragraph’s other figures', () => {
    const chunk = extract(`某县推进改革\n\n全县共有${'7'.repeat(2000)}个，新设立企业120家。\n`);
    expect(chunk.figures.map((f) => f.text)).toEqual(['120家']);
    expect(chunk.warnings).toEqual([
      expect.objectContaining({ file: 'page.txt', code: 'figure-dropped', paragraphId: chunk.figures[0]?.paragraphId, sourceOffset: 8 }),
    ]);
    expect(chunk.warnings[0]?.message).toMatch(/^article 1, paragraph 2, offset 8: figure “7{24}…” \(2001 characters\) at 4 dropped: /u);
    expect(soundness(chunk)).toEqual([]);
  });

  it('keeps a paragraph whose figure stage throws, without figures, and the next paragraph’s figures', () => {
    const chunk = extract(`某县推进改革\n\n${BREAK_FIGURES}，走访企业104家。\n\n新设立企业120家。\n`);
    expect(chunk.paragraphs.map((p) => p.text)).toContain(`${BREAK_FIGURES}，走访企业104家。`);
    expect(chunk.figures.map((f) => f.text)).toEqual(['120家']);
    expect(chunk.warnings.map((w) => [w.code, w.message.includes('injected figures fault')])).toEqual([['figures-failed', true]]);
    expect(soundness(chunk)).toEqual([]);
  });

  it('keeps an article whose locality stage throws, with its figures but no places', () => {
    const chunk = extract(`${BREAK_PLACES}：湖北省十堰市推进改革\n\n新设立企业120家。\n`);
    expect(chunk.figures.map((f) => [f.text, f.localityId])).toEqual([['120家', null]]);
    expect(chunk.articles.map((a) => a.localityId)).toEqual([null]);
    expect(chunk.warnings.map((w) => w.code)).toEqual(['locality-failed']);
    expect(soundness(chunk)).toEqual([]);
  });

  it('drops only the line whose clean-up throws, and keeps the text before and after it at their true offsets', () => {
    const text = `某县推进改革\n\n新设立企业120家。\n${BREAK_CLEANING}的一行\n\n走访企业104家。\n`;
    const chunk = extract(text);
    expect(chunk.figures.map((f) => f.text)).toEqual(['120家', '104家']);
    expect(chunk.paragraphs.some((p) => p.text.includes(BREAK_CLEANING))).toBe(false);
    for (const p of chunk.paragraphs) expect(text.slice(p.sourceStart, p.sourceEnd)).toContain(p.original);
    expect(chunk.warnings).toEqual([
      expect.objectContaining({ code: 'segment-failed', sourceOffset: text.indexOf(BREAK_CLEANING) }),
    ]);
    expect(soundness(chunk)).toEqual([]);
  });
});
