import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { makeSharedTempDir, runCli, startCli } from './run-cli';

// SIGKILL cannot be caught, so nothing the CLI does on exit helps here: only writing to a temporary
// file and renaming it over the dataset keeps the previous one whole. The next run sweeps up what the
// killed one left.

const ARTICLE = '某县推进改革 成效明显\n\n今年以来，某县新设立企业120家，审批时限压缩至5个工作日。\n';
const TEMP_FILE = /^\.dataset\.json\.\d+\.tmp$/u;

describe('a run killed in the middle of writing', () => {
  it('leaves the previous dataset as it was, and the next run removes its temporary files', async () => {
    const small = makeSharedTempDir('rm-kill-small-');
    writeFileSync(path.join(small, 'a.txt'), ARTICLE);
    const large = makeSharedTempDir('rm-kill-large-');
    // 60,000 figures on one page: the final write emits one line per figure, long enough to be caught.
    writeFileSync(path.join(large, 'many.txt'), `${ARTICLE}\n${'走访企业104家，'.repeat(60_000)}\n`);
    const outFolder = makeSharedTempDir('rm-kill-out-');
    const out = path.join(outFolder, 'dataset.json');
    expect(runCli(['--input', small, '--out', out]).status).toBe(0);
    const previous = readFileSync(out);

    const { child, done } = startCli(['--input', large, '--out', out]);
    let caught: string[] = [];
    // Poll until the temporary file shows or the run ends (then the test fails below): a busy machine
    // may take long to reach the write, so there is no cap on the polls.
    while (caught.length === 0 && child.exitCode === null) {
      caught = readdirSync(outFolder).filter((name) => TEMP_FILE.test(name));
      if (caught.length === 0) await sleep(2);
    }
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.status, 'the run was killed before it finished').toBe(null);
    expect(caught, 'the run was caught writing its temporary file').toHaveLength(1);

    expect(readFileSync(out).equals(previous)).toBe(true);
    // dataset.json and its layout folder (dataset/) are the previous run's; anything else is the killed one's.
    const kept = ['dataset', 'dataset.json'];
    const leftovers = readdirSync(outFolder).filter((name) => !kept.includes(name));
    expect(leftovers.length).toBeGreaterThan(0);

    expect(runCli(['--input', small, '--out', out]).status).toBe(0);
    expect(readdirSync(outFolder).sort()).toEqual(kept);
    expect(readFileSync(out).equals(previous)).toBe(true);
  }, 120_000);
});
