import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { findGazetteerFiles } from './load-gazetteer';
import { readSeedPool, type PlaceLevel, type SeedPool } from './read-seed-pool';
import { PAGE_STYLES, renderBenchPage, type BenchArticle, type PageStyle } from './render-bench-page';

/**
 * The benchmark corpus: articles recombined from the seed corpus's paragraphs, each set in a real
 * county and township with its numbers varied, on pages set like the seeds (web, traditional script
 * with pinyin, wrapped columns), one to three articles a page, one file in ten in GB18030.
 * Deterministic: the same seeds and count give the same bytes on every machine, and a smaller corpus
 * is a prefix of a larger one, so points along a run measure the same kind of text.
 *
 *   npx tsx scripts/generate-bench-corpus.ts --articles 10000 --out /tmp/bench-corpus
 */

/** One file written: its path under the corpus folder, how many articles it holds, its size. */
export interface BenchFile {
  file: string;
  articles: number;
  bytes: number;
}

interface Place { province: string; prefecture: string; county: string; township: string | null }

const FILES_PER_FOLDER = 500;
const GB18030_EVERY = 10;
const NAMES = ['王磊', '李静', '张伟', '刘洋', '陈晨', '杨帆', '赵敏', '黄涛', '周婷', '吴昊', '徐丽', '孙强'];
// Year-like and calendar numbers keep their value, so dates stay dates: 2023年, 5月22日, 第3届.
const VARIABLE_NUMBER = /(?<![\d.第])\d+(?:\.\d+)?(?![\d.]*\s*[年月日号时点:：\-/])/gu;

/** Writes `articleCount` articles under `folder` and lists the files in the order written. */
export function generateBenchCorpus(folder: string, articleCount: number, corpusDir = 'corpus'): BenchFile[] {
  const pool = readSeedPool(corpusDir);
  const places = readPlaces();
  const random = createRandom(20_240_601);
  const files: BenchFile[] = [];
  for (let written = 0, index = 0; written < articleCount; index++) {
    const count = Math.min(articleCount - written, pickArticleCount(random()));
    const style = PAGE_STYLES[Math.floor(random() * PAGE_STYLES.length)] as PageStyle;
    const articles = Array.from({ length: count }, () => createArticle(pool, places[Math.floor(random() * places.length)] as Place, random));
    const text = renderBenchPage(articles, style, pool, random);
    const bytes = index % GB18030_EVERY === GB18030_EVERY - 1 ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8');
    const file = `p${String(Math.floor(index / FILES_PER_FOLDER)).padStart(3, '0')}/${String(index).padStart(6, '0')}-${style}.txt`;
    mkdirSync(path.join(folder, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(folder, file), bytes);
    files.push({ file, articles: count, bytes: bytes.length });
    written += count;
  }
  return files;
}

// The corpus had 1.5 articles per file: most pages hold one, a few a whole page of briefs.
function pickArticleCount(roll: number): number {
  return roll < 0.65 ? 1 : roll < 0.9 ? 2 : 3;
}

function createArticle(pool: SeedPool, place: Place, random: () => number): BenchArticle {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const rename = createPlaceRenamer(pool.places, place);
  const vary = (text: string): string =>
    text.replace(VARIABLE_NUMBER, (number) => {
      const decimals = number.split('.')[1]?.length ?? 0;
      const varied = Number(number) * (0.5 + random() * 1.5);
      return decimals > 0 ? varied.toFixed(decimals) : String(Math.max(1, Math.round(varied)));
    });
  const paragraphCount = 3 + Math.floor(random() * 8);
  const paragraphs = Array.from({ length: paragraphCount }, () => vary(rename(pick(pool.paragraphs))));
  const headline = random() < 0.5 ? `${place.county}${pick(pool.headlines)}` : rename(pick(pool.headlines));
  const byline = random() < 0.6 ? `记者 ${pick(NAMES)} 通讯员 ${pick(NAMES)}` : null;
  const date = `2023-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  return { headline, byline, paragraphs, date };
}

/** Replaces every seed place with the article's place of the same level, full names and short forms alike. */
function createPlaceRenamer(seedPlaces: ReadonlyMap<string, PlaceLevel>, place: Place): (text: string) => string {
  const replacement = new Map<string, string>();
  for (const [name, level] of seedPlaces) {
    const target = level === 'township' ? (place.township ?? place.county) : place[level];
    replacement.set(name, target);
    const short = shortForm(name);
    // 绵竹 → 奉化, but not 喀喇沁左翼蒙古族自治 for 喀喇沁左翼蒙古族自治县: a long name is written in full.
    const targetShort = shortForm(target);
    if (short !== null) replacement.set(short, targetShort !== null && targetShort.length <= 3 ? targetShort : target);
  }
  const names = [...replacement.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(names.join('|'), 'gu');
  return (text) => text.replace(pattern, (name) => replacement.get(name) ?? name);
}

function shortForm(name: string): string | null {
  const short = name.replace(/(?:街道|[省市区县镇乡])$/u, '');
  return short.length >= 2 && short !== name ? short : null;
}

/** Every county with its prefecture and province and its first township, from the gazetteer's package. */
function readPlaces(): Place[] {
  const [provinces, cities, areas, streets] = findGazetteerFiles().map(
    (file) => JSON.parse(readFileSync(file, 'utf8')) as { code: string; name: string; cityCode?: string; provinceCode?: string; areaCode?: string }[],
  );
  const nameOf = new Map([...(provinces ?? []), ...(cities ?? [])].map((row) => [row.code, row.name]));
  const townships = new Map<string, string>();
  for (const street of streets ?? []) if (!townships.has(street.areaCode ?? '')) townships.set(street.areaCode ?? '', street.name);
  return (areas ?? []).map((area) => {
    const province = nameOf.get(area.provinceCode ?? '') ?? '';
    const city = nameOf.get(area.cityCode ?? '') ?? '';
    return { province, prefecture: city === '市辖区' || city === '县' ? province : city, county: area.name, township: townships.get(area.code) ?? null };
  });
}

/** mulberry32: a small, fast, seeded generator, so the corpus is the same on every machine. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (flag: string): string | undefined => {
    const at = process.argv.indexOf(flag);
    return at < 0 ? undefined : process.argv[at + 1];
  };
  const out = arg('--out');
  if (out === undefined) {
    process.stderr.write('usage: npx tsx scripts/generate-bench-corpus.ts --out DIR [--articles N]\n');
    process.exit(2);
  }
  const files = generateBenchCorpus(out, Number(arg('--articles') ?? 10_000));
  const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
  process.stderr.write(`${out}: ${files.length} files, ${files.reduce((s, f) => s + f.articles, 0)} articles, ${(bytes / 1e6).toFixed(1)} MB\n`);
}
