import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// The adversarial folder of issue 9: files built to hit the worst case of every stage (deep nesting,
// long runs, huge counts, broken bytes, odd names). Each file carries good text around its payload,
// so a run can check that the good text of every file landed. Deterministic: no randomness, no clock.

/** One generated file and the sentences of good text a build must keep from it. */
export interface AdversarialFile {
  file: string;
  /** Sentences that must appear, verbatim, in some paragraph of the dataset. */
  good: string[];
}

/** A sentence with one figure that names its file by number, so each file's survivor is told apart. */
function goodSentence(n: number): string {
  return `今年以来，某县新设立企业${100 + n}家，审批时限压缩至5个工作日。`;
}

/** A page: headline, good lead, the payload on its own line(s), good closing sentence. */
function page(n: number, payload: string): string {
  return `某县推进改革 成效明显\n\n${goodSentence(n)}\n\n${payload}\n\n${goodSentence(n + 50)}\n`;
}

const NUMERAL_SET = '零一二三四五六七八九十百千万亿';

/**
 * Writes the adversarial corpus into `folder` (which must exist and be empty). `scale` 1 is the
 * issue's folder, about 12 MB; tests use a small fraction of it.
 */
export function writeAdversarialCorpus(folder: string, scale = 1): AdversarialFile[] {
  const count = (n: number): number => Math.max(1, Math.round(n * scale));
  const files: AdversarialFile[] = [];
  const add = (file: string, n: number, content: string | Buffer, good = [goodSentence(n), goodSentence(n + 50)]): void => {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), content);
    files.push({ file, good });
  };

  add('parentheses.txt', 1, page(1, '(a'.repeat(count(1_000_000))));
  add('spaced.txt', 2, page(2, Array.from({ length: count(1_000_000) }, (_, i) => 'abc改革1'[i % 6]).join(' ')));
  add('digits.txt', 3, page(3, `全县共有${'7'.repeat(count(2_000_000))}个`));
  add('pinyin.txt', 4, page(4, '改(gǎi)革(gé)'.repeat(count(150_000))));
  add('numerals.txt', 5, page(5, NUMERAL_SET.repeat(count(100_000))));
  add('figures-one-line.txt', 6, page(6, '企业120家，'.repeat(count(200_000))));
  add('punctuation.txt', 7, page(7, '。，、；：？！“”（）《》——……'.repeat(count(20_000))));

  // NUL bytes between the sentences (a file written by a buggy exporter): the text between them is good.
  add('nul-bytes.txt', 8, page(8, '审批时限压缩至5个工作日。改革成效明显。\u0000'.repeat(count(1000))).replace('。\n\n', '。\u0000\n\n'));

  // A download that stopped in the middle of a character: the last byte of a three-byte character is missing.
  const whole = Buffer.from(`${page(9, '审批服务提速增效。'.repeat(count(1000)))}全县`);
  add('truncated-utf8.txt', 9, whole.subarray(0, whole.length - 1), [goodSentence(9), goodSentence(59)]);

  add('名字 带 空格 的文件.txt', 10, page(10, '群众满意率达到98.6%。'));
  add('sub folder/改革 报道 (1).txt', 11, page(11, '走访企业104家。'));

  // A loop of links (a → b → a) and a link to its own folder: listing must neither hang nor crash.
  mkdirSync(path.join(folder, 'links'), { recursive: true });
  symlinkSync('b.txt', path.join(folder, 'links', 'a.txt'));
  symlinkSync('a.txt', path.join(folder, 'links', 'b.txt'));
  symlinkSync('.', path.join(folder, 'links', 'self'));
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [out, scale] = process.argv.slice(2);
  if (out === undefined) {
    process.stderr.write('usage: tsx scripts/write-adversarial-corpus.ts OUT_DIR [SCALE]\n');
    process.exit(2);
  }
  mkdirSync(out, { recursive: true });
  const files = writeAdversarialCorpus(out, scale === undefined ? 1 : Number(scale));
  process.stderr.write(`wrote ${files.length} files and a symlink loop to ${out}\n`);
}
