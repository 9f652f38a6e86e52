/** What the user asked `npm run dataset` for. */
export interface CliOptions {
  input: string;
  out: string;
  strict: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run dataset -- [--input DIR] [--out FILE] [--strict]

  --input DIR   folder of .txt articles, read recursively (default: corpus)
  --out FILE    dataset to write (default: public/data/dataset.json)
  --strict      exit with code 1 when any input file was skipped or warned about
                (the dataset is still written)`;

/** Reads the command line; returns an error sentence instead of options when it does not parse. */
export function parseCliOptions(args: readonly string[]): CliOptions | { error: string } {
  const options: CliOptions = { input: 'corpus', out: 'public/data/dataset.json', strict: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/su) : [arg, undefined];
    if ((flag === '--strict' || flag === '--help') && inline !== undefined) return { error: `${flag} takes no value` };
    if (flag === '--strict') options.strict = true;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag === '--input' || flag === '--out') {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return { error: `${flag} needs a value` };
      options[flag === '--input' ? 'input' : 'out'] = value;
    } else return { error: `unknown argument "${arg}"` };
  }
  return options;
}
