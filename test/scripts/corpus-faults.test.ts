import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/dataset/check-dataset';
import type { Dataset } from '../../src/dataset/schema';
import { canRunUnprivileged, makeSharedTempDir, startCli, UNPRIVILEGED, type CliRun } from './run-cli';

// One CLI run over a folder holding every kind of bad input at once, next to good files: each bad file
// must be named with its reason, every good sentence must land, and the run must exit 0.

const good = (n: number): string => `今年以来，某县新设立企业${100 + n}家，审批时限压缩至5个工作日。`;
const page = (n: number, middle = ''): string => `某县推进改革 成效明显\n\n${good(n)}\n\n${middle}`;
// GBK bytes of 某县新设立企业120家。 (written as bytes: the test must not depend on an encoder)
const GBK_LINE = Buffer.from('c4b3cfd8d0c2c9e8c1a2c6f3d2b5313230bcd2a1a3', 'hex');
const PROSE = '各地持续推进简政放权，优化营商环境，群众办事更加便利，企业获得感不断增强。'.repeat(6);
const BIG_FILE_BYTES = 50 * 1024 * 1024;
const asNobody = canRunUnprivileged();
/** Root reads a chmod-000 file anyway; when the CLI cannot run as nobody here, that file lands too. */
const permissionsHold = asNobody || process.getuid?.() !== 0;

/** Every file of the corpus whose good text must land, with the sentences that prove it did. */
const KEPT: Record<string, string[]> = {
  'good.txt': [good(1)],
  'truncated-utf8.txt': [good(2), '全'],
  'utf16-no-bom.txt': [good(3)],
  'mixed-encodings.txt': [good(4), '某县新设立企业120家。'],
  'broken-gb18030.txt': ['某县新设立企业120家。', '走访企业104家。'],
  'nul-bytes.txt': [good(6), '走访企业104家。'],
  '名字 带 空格.txt': [good(7)],
  'sub folder/报道 (1).txt': [good(8)],
  'big.txt': [good(9), '走访企业104家。'],
  'zz-changing.txt': [good(10)],
};

function makeCorpus(folder: string): void {
  const write = (file: string, content: string | Buffer): void => {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), content);
  };
  write('good.txt', page(1));
  const cut = Buffer.from(`${page(2)}全县`);
  write('truncated-utf8.txt', cut.subarray(0, cut.length - 1));
  write('utf16-no-bom.txt', Buffer.from(page(3), 'utf16le'));
  write('mixed-encodings.txt', Buffer.concat([Buffer.from(page(4)), GBK_LINE]));
  write('broken-gb18030.txt', Buffer.concat([GBK_LINE, Buffer.from('\n'), Buffer.from([0xff, 0x30, 0xff]), Buffer.from('\n走访企业104家。\n')]));
  write('nul-bytes.txt', page(6, '走访企业\u0000104家。\u0000\n'));
  write('empty.txt', '');
  write('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  write('名字 带 空格.txt', page(7));
  write('sub folder/报道 (1).txt', page(8));
  write('notes.md', page(99));
  write('locked.txt', page(98));
  chmodSync(path.join(folder, 'locked.txt'), 0o000);
  mkdirSync(path.join(folder, 'links'));
  symlinkSync('b.txt', path.join(folder, 'links', 'a.txt'));
  symlinkSync('a.txt', path.join(folder, 'links', 'b.txt'));
  symlinkSync('..', path.join(folder, 'links', 'up'));
  symlinkSync('nowhere.txt', path.join(folder, 'links', 'dangling.txt'));
  spawnSync('mkfifo', [path.join(folder, 'pipe.txt')]);
  const block = `${PROSE}\n\n`;
  write('big.txt', `${page(9)}${block.repeat(Math.ceil(BIG_FILE_BYTES / Buffer.byteLength(block)))}走访企业104家。\n`);
  write('zz-changing.txt', `${page(10)}${block.repeat(20_000)}${LAST_LINE[0]}`);
}

const LAST_LINE = ['走访企业104家。\n', '走访企业105家。\n'] as const;

/**
 * Rewrites the last line of `file` every 0.2 ms until killed (an editor saving, a download resuming),
 * so every read the CLI makes of it sees it change. The size stays, the good text at its top too.
 */
function startRewriting(file: string): ChildProcess {
  const script = `
    const fs = require('fs');
    const fd = fs.openSync(${JSON.stringify(file)}, 'r+');
    const lines = ${JSON.stringify(LAST_LINE)}.map((line) => Buffer.from(line));
    const at = fs.fstatSync(fd).size - lines[0].length;
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (let i = 0; ; i++) {
      fs.writeSync(fd, lines[i % 2], 0, lines[0].length, at);
      if (i === 1) fs.writeSync(1, 'writing\\n');
      Atomics.wait(pause, 0, 0, 0.2);
    }`;
  return spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
}

/** Resolves once the rewriter has written twice: a CLI started before that could read the file still. */
function writing(rewriter: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    rewriter.stdout?.once('data', () => resolve());
    rewriter.once('exit', (code) => reject(new Error(`the rewriter exited (${code}) before it wrote`)));
  });
}

describe('npm run dataset on a corpus of faults', () => {
  let corpus: string;
  let dataset: Dataset;
  let run: CliRun;
  let rewriter: ChildProcess;

  beforeAll(async () => {
    corpus = makeSharedTempDir('rm-faults-');
    makeCorpus(corpus);
    const out = path.join(makeSharedTempDir('rm-faults-out-'), 'dataset.json');
    rewriter = startRewriting(path.join(corpus, 'zz-changing.txt'));
    await writing(rewriter);
    run = await startCli(['--input', corpus, '--out', out], asNobody ? { as: UNPRIVILEGED } : {}).done;
    rewriter.kill();
    dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
  }, 180_000);
  afterAll(() => {
    rewriter.kill();
  });

  it('exits 0 and writes a sound dataset', () => {
    expect(run.stderr).not.toContain('internal error');
    expect(run.status).toBe(0);
    expect(checkDataset(dataset)).toEqual([]);
  });

  it('keeps the good text of every file that holds any', () => {
    const texts = dataset.paragraphs.map((p) => p.text).join('\n');
    const missing = Object.entries(KEPT).flatMap(([file, sentences]) => sentences.filter((s) => !texts.includes(s)).map((s) => `${file}: ${s}`));
    expect(missing).toEqual([]);
    const sources = [...Object.keys(KEPT), ...(permissionsHold ? [] : ['locked.txt'])];
    expect(dataset.sources.map((s) => s.file).sort()).toEqual(sources.sort());
  });

  it.each([
    ['truncated-utf8.txt', 'truncated', /ends in the middle of a character at byte \d+/u],
    ['utf16-no-bom.txt', 'no-bom', /read as UTF-16LE/u],
    ['mixed-encodings.txt', 'mixed-encoding', /line\(s\) read as GB18030/u],
    ['broken-gb18030.txt', 'invalid-bytes', /not valid UTF-8 OR GB18030/u],
    ['nul-bytes.txt', 'nul-bytes', /NUL/u],
    ['empty.txt', 'empty', /is empty/u],
    ['binary.txt', 'binary', /is binary/u],
    ['pipe.txt', 'not-a-file', /not a regular file/u],
    ['links/a.txt', 'symlink-loop', /loop of links/u],
    ['links/b.txt', 'symlink-loop', /loop of links/u],
    ['links/up/', 'symlink-loop', /folder already read/u],
    ['links/dangling.txt', 'broken-link', /link to nothing/u],
    ['zz-changing.txt', 'changed-while-read', /changed while it was read/u],
  ])('names %s in a warning, with why (%s), on stderr and in the dataset', (file, code, message) => {
    expect(dataset.warnings.filter((w) => w.file === file).map((w) => w.code)).toContain(code);
    expect(dataset.warnings.find((w) => w.file === file && w.code === code)?.message).toMatch(message);
    expect(run.stderr).toContain(`warning: ${path.join(corpus, file)}: `);
  });

  it.skipIf(!permissionsHold)('names a file it has no permission to read, and skips only that file', () => {
    expect(dataset.warnings.filter((w) => w.file === 'locked.txt')).toEqual([
      { file: 'locked.txt', code: 'unreadable', message: 'cannot be read (permission denied); skipped' },
    ]);
  });

  it('says which files it left out for not being .txt, without a warning', () => {
    expect(run.stderr).toContain('ignored 1 file(s) that are not .txt (notes.md)');
    expect(dataset.warnings.some((w) => w.file === 'notes.md')).toBe(false);
  });
});
