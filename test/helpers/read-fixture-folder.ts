/**
 * A fixture folder run through the pipeline and lined up with its answer key: every core gold figure
 * with the extracted figure found inside its quote (same value), the way a person checks the key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { runPipeline } from '../../src/core/pipeline';
import type { Gazetteer } from '../../src/core/locality/gazetteer';
import type { Aspect, Category, Dataset, Figure } from '../../src/dataset/schema';
import { decodeSource } from '../../scripts/decode-source';

/** A figure of an answer key, with the fields this project's keys add to the scorer's format. */
export interface KeyFigure {
  quote: string;
  value: number;
  valueMax?: number;
  unit: string;
  tier: 'core' | 'optional';
  locality: string;
  accept?: string[];
  metric?: string;
  category?: Category;
  indicator?: string | null;
  aspect?: Aspect;
  period?: { text: string; from: string | null; to: string | null } | null;
}
export interface KeyArticle { title: string; locality: string; accept?: string[]; hierarchy?: Record<string, string>; date?: string; outlet?: string; figures: KeyFigure[] }
export interface KeyFile { file: string; articles: KeyArticle[] }

// The scorer's reading of a unit as written: a magnitude before it multiplies the value (1.2万户 = 12000 户).
const MAGNITUDES: readonly (readonly [prefix: string, factor: number])[] = [['千万', 1e7], ['百万', 1e6], ['十万', 1e5], ['万', 1e4], ['亿', 1e8], ['千', 1e3], ['百', 1e2]];
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The values a key figure may be matched by: as written, its upper bound, and scaled by its magnitude. */
function keyValues(key: KeyFigure): number[] {
  const [, factor] = MAGNITUDES.find(([prefix]) => key.unit.startsWith(prefix)) ?? ['', 1];
  const written = [key.value, ...(key.valueMax === undefined ? [] : [key.valueMax])];
  return [...written, ...written.map((v) => v * factor)];
}

const sameValue = (figure: Figure, key: KeyFigure): boolean =>
  keyValues(key).some((v) => close(v, figure.value) || (figure.valueMax !== null && close(v, figure.valueMax)) || close(v, Math.abs(figure.baseValue)));

/** Full-width ASCII (１２，％) in half width, one code unit for one, so offsets stay where they were. */
const toHalfWidth = (text: string): string => text.replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** A core key figure and the extracted figure inside its quote, or null when none was found. */
export interface KeyMatch { key: KeyFigure; figure: Figure | null; file: string }

export interface FixtureFolder { dataset: Dataset; keys: KeyFile[]; matches: KeyMatch[] }

/** Decodes every .txt of `dir` (any encoding the CLI reads), runs the pipeline, and matches the keys. */
export function readFixtureFolder(dir: URL, gazetteer: Gazetteer): FixtureFolder {
  const files = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
  const sources = files.map((file) => {
    const bytes = readFileSync(new URL(file, dir));
    const decoded = decodeSource(bytes);
    if (!decoded.ok) throw new Error(`${file}: ${decoded.message}`);
    return { file, text: decoded.text, encoding: decoded.encoding, bytes: bytes.length };
  });
  const dataset = runPipeline(sources, gazetteer);
  const paragraphs = new Map(dataset.paragraphs.map((p) => [p.id, p.text]));
  const keys = files.flatMap((file) => {
    try {
      return [JSON.parse(readFileSync(new URL(`${file}.json`, dir), 'utf8')) as KeyFile];
    } catch {
      return [];
    }
  });
  const matches = keys.flatMap((key) => {
    const used = new Set<string>();
    const inFile = dataset.figures.filter((f) => f.sourceFile === key.file);
    return key.articles.flatMap((article) => article.figures.filter((k) => k.tier === 'core').map((k): KeyMatch => {
      // Quotes keep full-width digits as printed; the cleaned text has them in half width.
      const quote = toHalfWidth(k.quote).replace(/\s+/gu, '');
      const figure = inFile.find((f) => {
        if (used.has(f.id) || !sameValue(f, k)) return false;
        const text = toHalfWidth(paragraphs.get(f.paragraphId) ?? '');
        for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
          if (f.start >= at && f.end <= at + quote.length) return true;
        }
        return false;
      }) ?? null;
      if (figure) used.add(figure.id);
      return { key: k, figure, file: key.file };
    }));
  });
  return { dataset, keys, matches };
}

/** Bag-of-characters F1 of two labels, punctuation ignored: the shared scorer's label measure. */
export function labelF1(predicted: string, key: string): number {
  const chars = (s: string): string[] => [...s.replace(/[\s\p{P}\p{S}]/gu, '')];
  const p = chars(predicted);
  const k = chars(key);
  if (p.length === 0 || k.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const c of k) counts.set(c, (counts.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of p) {
    const n = counts.get(c) ?? 0;
    if (n > 0) {
      common++;
      counts.set(c, n - 1);
    }
  }
  return common === 0 ? 0 : (2 * common) / (p.length + k.length);
}
