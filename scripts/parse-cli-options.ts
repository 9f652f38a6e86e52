import { availableParallelism } from 'node:os';

/** What the user asked `npm run dataset` for. */
export interface CliOptions {
  input: string;
  out: string;
  strict: boolean;
  help: boolean;
  /** Threads that extract files: the main thread and `jobs - 1` workers; 1 extracts on the main thread only. */
  jobs: number;
  /** Process only the `index`-th (1-based) of `count` slices of the corpus. */
  shard: { index: number; count: number } | null;
  /** Stitch these shard outputs into `out` instead of reading a corpus. */
  merge: string[] | null;
  /** A corrections file (src/dataset/corrections.ts) to apply to the dataset. */
  corrections: string | null;
  /** With `corrections`: apply it only when the file exists (what `npm start` does with ./corrections.json). */
  correctionsIfPresent: boolean;
}

export const USAGE = `usage: npm run dataset -- [--input DIR] [--out FILE] [--strict] [--jobs N] [--shard K/N] [--corrections FILE]
       npm run dataset -- --merge PART... [--out FILE]

  --input DIR   folder of .txt articles, read recursively (default: corpus)
  --out FILE    dataset to write (default: public/data/dataset.json)
  --strict      exit with code 1 when any input file was skipped or warned about
                (the dataset is still written)
  --jobs N      threads extracting files, this one and N-1 workers (default: the number of cores)
  --shard K/N   process only the K-th of N slices of the sorted file list (K from 1 to N)
  --merge PART… stitch the datasets written by --shard 1/N … N/N into --out; the result is
                byte for byte what one run over the whole corpus writes
  --corrections FILE
                apply a corrections file exported from the dashboard: corrected fields replace
                extracted ones, wrong figures move to "rejected", added figures join (not with
                --shard or --merge: apply it in a run over the whole corpus)
  --corrections-if-present FILE
                the same, when FILE exists (npm start passes ./corrections.json)`;

const FLAGS_WITHOUT_VALUE = new Set(['--strict', '--help']);

/** Reads the command line; returns an error sentence instead of options when it does not parse. */
export function parseCliOptions(args: readonly string[]): CliOptions | { error: string } {
  const options: CliOptions = {
    input: 'corpus', out: 'public/data/dataset.json', strict: false, help: false, jobs: availableParallelism(), shard: null, merge: null,
    corrections: null, correctionsIfPresent: false,
  };
  let inputGiven = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/su) : [arg, undefined];
    if (flag !== undefined && FLAGS_WITHOUT_VALUE.has(flag) && inline !== undefined) return { error: `${flag} takes no value` };
    if (flag === '--strict') options.strict = true;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag === '--merge') {
      const parts = inline !== undefined ? [inline] : [];
      while (args[i + 1] !== undefined && !(args[i + 1] ?? '').startsWith('--')) parts.push(args[++i] ?? '');
      if (parts.length === 0) return { error: '--merge needs the shard outputs to stitch' };
      options.merge = parts;
    } else if (flag === '--corrections' || flag === '--corrections-if-present') {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return { error: `${flag} needs a file` };
      if (options.corrections !== null) return { error: 'give one corrections file' };
      options.corrections = value;
      options.correctionsIfPresent = flag === '--corrections-if-present';
    } else if (flag === '--input' || flag === '--out' || flag === '--jobs' || flag === '--shard') {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return { error: `${flag} needs a value` };
      if (flag === '--input') {
        options.input = value;
        inputGiven = true;
      } else if (flag === '--out') options.out = value;
      else if (flag === '--jobs') {
        if (!/^[1-9]\d*$/u.test(value)) return { error: `--jobs takes a whole number of at least 1, not "${value}"` };
        options.jobs = Number(value);
      } else {
        const shard = /^(?<index>[1-9]\d*)\/(?<count>[1-9]\d*)$/u.exec(value)?.groups;
        if (shard === undefined || Number(shard.index) > Number(shard.count)) return { error: `--shard takes K/N with 1 ≤ K ≤ N, not "${value}"` };
        options.shard = { index: Number(shard.index), count: Number(shard.count) };
      }
    } else return { error: `unknown argument "${arg}"` };
  }
  if (options.merge !== null && (inputGiven || options.shard !== null)) return { error: '--merge reads shard outputs, not a corpus: drop --input and --shard' };
  // A shard sees only its slice of the files, so it could not tell a decision about another slice from a stale one.
  if (options.corrections !== null && (options.merge !== null || options.shard !== null)) {
    return { error: '--corrections applies to a run over the whole corpus: drop --shard and --merge' };
  }
  return options;
}
