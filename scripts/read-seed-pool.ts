import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Converter } from 'opencc-js/t2cn';
import { findGazetteerFiles } from './load-gazetteer';

/**
 * What the benchmark corpus is recombined from: the seed corpus's headlines and body paragraphs in
 * plain simplified text, the place names they mention, and the pinyin the seeds annotate characters
 * with. Built by its own small rules, never by the extractor, so the corpus (and the numbers measured
 * on it) does not move when the extractor changes.
 */
export interface SeedPool {
  headlines: string[];
  paragraphs: string[];
  /** Division names the paragraphs mention (郧西县, 汉江路街道), with their level. */
  places: ReadonlyMap<string, PlaceLevel>;
  /** Characters the seeds annotate, in traditional script, with their pinyin: 們 → men. */
  pinyin: ReadonlyMap<string, string>;
}

export type PlaceLevel = 'province' | 'prefecture' | 'county' | 'township';

const PINYIN_NOTE = /(?<char>\p{Script=Han})\((?<pinyin>[a-z]+)\) ?/gu;
// Letter-spaced column lines: 模 式 ， 即 提 供 → 模式，即提供.
const SPACE_BETWEEN_WIDE = /(?<=[^\x00-\x7f]) +(?=[^\x00-\x7f])/gu;
const SENTENCE_END = /[。！？”」）)]$/u;
// In a narrow column a closing quote often ends a line mid-sentence (树立“项目为王” / 理念), so only a stop ends a paragraph.
const COLUMN_PARAGRAPH_END = /[。！？]$/u;
// Generic zone names the statistical tables list as townships (化工园区, 工业园区) are not places to vary.
const GENERIC_ZONE = /^.{0,2}园区$/u;
const FURNITURE = /^(?:记者|通讯员|来源|发布时间|版权|责编|\(责编|（责编|.*>|◆)/u;
const toSimplified = Converter({ from: 'hk', to: 'cn' });

/** Reads every `.txt` of `corpusDir` into a pool. */
export function readSeedPool(corpusDir: string): SeedPool {
  const texts = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));
  const pinyin = new Map<string, string>();
  for (const text of texts) for (const m of text.matchAll(PINYIN_NOTE)) pinyin.set(m.groups?.char ?? '', m.groups?.pinyin ?? '');
  const headlines: string[] = [];
  const paragraphs: string[] = [];
  for (const text of texts) {
    for (const block of joinWrappedLines(toSimplified(text.replace(PINYIN_NOTE, '$<char>')))) {
      if (FURNITURE.test(block)) continue;
      if (block.length >= 40 && SENTENCE_END.test(block)) paragraphs.push(block);
      else if (block.length >= 6 && block.length <= 24 && !/[，,。：:]/u.test(block)) headlines.push(block);
    }
  }
  return { headlines, paragraphs, places: findSeedPlaces(paragraphs.join('\n')), pinyin };
}

/**
 * Lines → paragraphs. A page set in narrow columns (most lines under 20 characters) wraps every
 * sentence, so its lines are joined until one ends a sentence; other pages keep a paragraph per line.
 */
function joinWrappedLines(text: string): string[] {
  const lines = text.split(/\r?\n/u).map((line) => line.replace(SPACE_BETWEEN_WIDE, '').trim()).filter((line) => line !== '');
  const short = lines.filter((line) => line.length < 20).length;
  if (short < lines.length * 0.6) return lines;
  const blocks: string[] = [];
  let open = '';
  for (const line of lines) {
    open += line;
    if (COLUMN_PARAGRAPH_END.test(line) || (open === line && line.length < 12)) {
      blocks.push(open);
      open = '';
    }
  }
  if (open !== '') blocks.push(open);
  return blocks;
}

/** Full division names (three characters or more, so 城区 and 郊区 are not read as places) found in `text`. */
function findSeedPlaces(text: string): Map<string, PlaceLevel> {
  const names = readDivisionNames();
  const found = new Map<string, PlaceLevel>();
  for (let at = 0; at < text.length; at++) {
    for (let length = 8; length >= 3; length--) {
      const level = names.get(text.slice(at, at + length));
      if (level !== undefined && !GENERIC_ZONE.test(text.slice(at, at + length))) {
        found.set(text.slice(at, at + length), level);
        at += length - 1;
        break;
      }
    }
  }
  return found;
}

function readDivisionNames(): Map<string, PlaceLevel> {
  const [provinces, cities, areas, streets] = findGazetteerFiles().map((file) => JSON.parse(readFileSync(file, 'utf8')) as { name: string }[]);
  const names = new Map<string, PlaceLevel>();
  const levels: [PlaceLevel, { name: string }[] | undefined][] = [['township', streets], ['county', areas], ['prefecture', cities], ['province', provinces]];
  for (const [level, rows] of levels) for (const row of rows ?? []) if (row.name.length >= 3) names.set(row.name, level);
  return names;
}
