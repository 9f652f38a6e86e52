import { describe, expect, it } from 'vitest';
import { parseCliOptions } from '../../scripts/parse-cli-options';

describe('parseCliOptions', () => {
  it('defaults to one job per core and the whole corpus', () => {
    const options = parseCliOptions([]);
    expect(options).toMatchObject({ input: 'corpus', out: 'public/data/dataset.json', shard: null, merge: null });
    expect('jobs' in options && options.jobs).toBeGreaterThanOrEqual(1);
  });

  it.each([
    [['--jobs', '3'], { jobs: 3 }],
    [['--jobs=1'], { jobs: 1 }],
    [['--shard', '2/4'], { shard: { index: 2, count: 4 } }],
    [['--merge', 'a.json', 'b.json', '--out', 'x.json'], { merge: ['a.json', 'b.json'], out: 'x.json' }],
    [['--corrections', 'c.json'], { corrections: 'c.json', correctionsIfPresent: false }],
    [['--corrections-if-present=corrections.json'], { corrections: 'corrections.json', correctionsIfPresent: true }],
  ])('reads %j', (args, expected) => {
    expect(parseCliOptions(args)).toMatchObject(expected);
  });

  it.each([
    [['--jobs', '0'], '--jobs takes a whole number of at least 1'],
    [['--jobs', 'many'], '--jobs takes a whole number of at least 1'],
    [['--shard', '5/4'], '--shard takes K/N with 1 ≤ K ≤ N'],
    [['--shard', '0/4'], '--shard takes K/N with 1 ≤ K ≤ N'],
    [['--shard', '2'], '--shard takes K/N with 1 ≤ K ≤ N'],
    [['--merge'], '--merge needs the shard outputs'],
    [['--merge', 'a.json', '--shard', '1/2'], 'drop --input and --shard'],
    [['--input', 'x', '--merge', 'a.json'], 'drop --input and --shard'],
    [['--corrections'], '--corrections needs a file'],
    [['--corrections', 'a.json', '--corrections', 'b.json'], 'give one corrections file'],
    [['--corrections', 'a.json', '--shard', '1/2'], 'drop --shard and --merge'],
    [['--merge', 'a.json', '--corrections', 'c.json'], 'drop --shard and --merge'],
  ])('rejects %j', (args, message) => {
    const result = parseCliOptions(args);
    expect('error' in result && result.error).toContain(message);
  });
});
