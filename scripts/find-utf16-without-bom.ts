/** At least this many NUL bytes before their pattern says anything (a short file with one stray NUL does not). */
const MIN_NULS = 4;
/** Share of NUL bytes that must sit on one side of the byte pairs. */
const MIN_SAME_PARITY = 0.95;

/**
 * UTF-16 without a byte-order mark, told by where its NUL bytes sit: every ASCII character (digits,
 * line breaks, Latin letters) is a NUL and a byte, so a UTF-16LE file has NULs at odd offsets only and
 * a UTF-16BE file at even offsets only. Stray NULs in an 8-bit file fall on both. Null when not UTF-16.
 * @example findUtf16WithoutBom(Buffer.from('某县120家\n', 'utf16le')) // 'utf-16le'
 */
export function findUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let at = bytes.indexOf(0); at >= 0; at = bytes.indexOf(0, at + 1)) {
    if (at % 2 === 0) even++;
    else odd++;
  }
  const total = even + odd;
  if (total < MIN_NULS) return null;
  if (odd / total >= MIN_SAME_PARITY) return 'utf-16le';
  if (even / total >= MIN_SAME_PARITY) return 'utf-16be';
  return null;
}
