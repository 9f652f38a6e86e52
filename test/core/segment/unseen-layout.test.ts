import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type SourceText } from '../../../src/core/pipeline';
import type { Dataset, Figure } from '../../../src/dataset/schema';
import { decodeSource } from '../../../scripts/decode-source';
import { loadGazetteer } from '../../../scripts/load-gazetteer';
import { count, createTally, type Tally } from '../locality/create-tally';

// test/fixtures/unseen-layout: pages written apart from the seeds and the other fixture folders to stress
// layout — pinyin after every character, a newspaper page of three column-wrapped articles with a
// wrapped caption, a vertical headline and headlines collected at the end, a web page with its furniture,
// full-width digits, a wire dateline, a municipality street, same-name towns, GB18030 and UTF-16 files.
// The shared scorer does not see titles, so this floor also checks that every article keeps its headline.
const DIR = new URL('../../fixtures/unseen-layout/', import.meta.url);
const TITLE_FLOOR = 0.9;
const ARTICLE_FLOOR = 0.9;
const RECALL_FLOOR = 0.95;
const PRECISION_FLOOR = 0.95;
const LOCALITY_FLOOR = 0.95;
const percent = (x: number): string => `${Math.round(x * 100)}%`;

interface GoldFigure { quote: string; value: number; valueMax?: number; tier: 'core' | 'optional'; locality: string; accept: string[] }
interface GoldArticle { title: string; locality: string; accept: string[]; hierarchy: Record<string, string>; figures: GoldFigure[] }
interface GoldFile { file: string; articles: GoldArticle[] }

const share = (t: Tally): number => t.hits / t.total;

function readSources(): SourceText[] {
  return readdirSync(DIR).filter((name) => name.endsWith('.txt')).sort().map((file) => {
    const bytes = readFileSync(new URL(file, DIR));
    const decoded = decodeSource(bytes);
    if (!decoded.ok) throw new Error(`${file} ${decoded.message}`);
    return { file, text: decoded.text, encoding: decoded.encoding, bytes: bytes.length };
  });
}

/** The figures of one file whose span lies inside an occurrence of the quote, with the quote's value. */
function figuresInQuote(gold: GoldFigure, figures: readonly Figure[], paragraphText: (id: string) => string): Figure[] {
  return figures.filter((f) => {
    if (f.value !== gold.value && f.value !== gold.valueMax) return false;
    const text = paragraphText(f.paragraphId);
    for (let at = text.indexOf(gold.quote); at >= 0; at = text.indexOf(gold.quote, at + 1)) {
      if (f.start >= at && f.end <= at + gold.quote.length) return true;
    }
    return false;
  });
}

function scoreFolder(dataset: Dataset) {
  const localities = new Map(dataset.localities.map((l) => [l.id, l]));
  const nameOf = (id: string | null): string => (id === null ? '∅' : localities.get(id)?.name ?? '∅');
  const chainOf = (id: string | null): string[] => {
    const names: string[] = [];
    for (let l = id === null ? undefined : localities.get(id); l; l = l.parentId === null ? undefined : localities.get(l.parentId)) names.push(l.name);
    return names;
  };
  const paragraphs = new Map(dataset.paragraphs.map((p) => [p.id, p.text]));
  const paragraphText = (id: string): string => paragraphs.get(id) ?? '';
  const fileOf = new Map(dataset.sources.map((s) => [s.id, s.file]));
  const result = { titles: createTally(), articles: createTally(), hierarchy: createTally(), recall: createTally(), precision: createTally(), locality: createTally() };
  for (const name of readdirSync(DIR).filter((n) => n.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as GoldFile;
    const articles = dataset.articles.filter((a) => fileOf.get(a.sourceId) === gold.file);
    const figures = dataset.figures.filter((f) => f.sourceFile === gold.file);
    const explained = new Set<Figure>();
    for (const article of gold.articles) {
      const titled = articles.find((a) => a.title === article.title);
      count(result.titles, titled !== undefined, `${gold.file}: no article titled ${article.title} (got ${articles.map((a) => a.title).join(' | ')})`);
      const placed = articles.find((a) => [article.locality, ...article.accept].includes(nameOf(a.localityId)));
      count(result.articles, placed !== undefined, `${gold.file}: want ${article.locality}, got ${articles.map((a) => nameOf(a.localityId)).join(', ')}`);
      const chain = chainOf(placed?.localityId ?? null);
      const levels = [article.hierarchy.province, article.hierarchy.city].filter((n): n is string => n !== undefined);
      count(result.hierarchy, levels.every((n) => chain.includes(n)), `${gold.file}: want ${levels.join('/')}, got ${chain.join('/')}`);
      for (const figure of article.figures) {
        const found = figuresInQuote(figure, figures, paragraphText);
        found.forEach((f) => explained.add(f));
        if (figure.tier !== 'core') continue;
        count(result.recall, found.length > 0, `${gold.file}: missed «${figure.quote}»`);
        const got = found[0];
        if (got) count(result.locality, [figure.locality, ...figure.accept].includes(nameOf(got.localityId)), `${gold.file}: «${figure.quote}» want ${figure.locality}, got ${nameOf(got.localityId)}`);
      }
    }
    for (const f of figures) count(result.precision, explained.has(f), `${gold.file}: extra «${f.text}»`);
  }
  return result;
}

describe('layout and places on unseen-style pages (test/fixtures/unseen-layout)', () => {
  let sources: SourceText[];
  let result: ReturnType<typeof scoreFolder>;

  beforeAll(async () => {
    sources = readSources();
    result = scoreFolder(runPipeline(sources, await loadGazetteer()));
  });

  it('reads the GB18030 and UTF-16 files in their own encodings', () => {
    expect(sources.map((s) => s.encoding)).toContain('gb18030');
    expect(sources.map((s) => s.encoding)).toContain('utf-16le');
  });

  it('scores enough articles and figures to mean something', () => {
    expect(result.titles.total).toBeGreaterThanOrEqual(10);
    expect(result.recall.total).toBeGreaterThan(70);
  });

  it(`keeps the printed headline of at least ${percent(TITLE_FLOOR)} of the articles as their title`, () => {
    expect(share(result.titles), result.titles.misses.join('\n')).toBeGreaterThanOrEqual(TITLE_FLOOR);
  });

  it(`gives at least ${percent(ARTICLE_FLOOR)} of the articles their gold locality inside their gold province and city`, () => {
    expect(share(result.articles), result.articles.misses.join('\n')).toBeGreaterThanOrEqual(ARTICLE_FLOOR);
    expect(share(result.hierarchy), result.hierarchy.misses.join('\n')).toBeGreaterThanOrEqual(ARTICLE_FLOOR);
  });

  it(`finds at least ${percent(RECALL_FLOOR)} of the core figures, at least ${percent(PRECISION_FLOOR)} of what it finds being gold`, () => {
    expect(share(result.recall), result.recall.misses.join('\n')).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(share(result.precision), result.precision.misses.join('\n')).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });

  it(`gives at least ${percent(LOCALITY_FLOOR)} of the found core figures their gold or an accepted locality`, () => {
    expect(share(result.locality), result.locality.misses.join('\n')).toBeGreaterThanOrEqual(LOCALITY_FLOOR);
  });
});
