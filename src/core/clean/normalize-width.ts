// Full-width ASCII letters and digits (Ａ–Ｚ, ａ–ｚ, ０–９), and the full-width decimal point and hyphen between
// digits (３．５, a date printed ２０２４－０３－２８).
const FULLWIDTH_ALPHANUMERIC = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]|(?<=[0-9\uff10-\uff19])[\uff0e\uff0d](?=[0-9\uff10-\uff19])/gu;

/**
 * Turns full-width digits and Latin letters into half width, so the number grammar reads one alphabet.
 * Full-width punctuation (，。％) is prose and stays. One UTF-16 unit in, one out: spans do not move.
 * @example normalizeWidth('２０２３年３．５％') // '2023年3.5％'
 */
export function normalizeWidth(line: string): string {
  return line.replace(FULLWIDTH_ALPHANUMERIC, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}
