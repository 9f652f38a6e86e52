import type { Encoding } from '../src/dataset/schema';
import type { DecodeNote } from './decode-source';

const fatal = {
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
  gb18030: new TextDecoder('gb18030', { fatal: true }),
};
const lenient = {
  'utf-8': new TextDecoder('utf-8', { ignoreBOM: true }),
  'utf-16le': new TextDecoder('utf-16le'),
  'utf-16be': new TextDecoder('utf-16be'),
  gb18030: new TextDecoder('gb18030'),
} satisfies Record<Encoding, TextDecoder>;

const LINE_FEED = 0x0a;
const REPLACEMENT = /\uFFFD/gu;
const UTF8_BOM_LENGTH = 3;

/**
 * A file no single encoding reads whole: each line in the first encoding that reads it (a page pasted
 * together from a UTF-8 and a GB18030 file), and a line neither reads in the file's main encoding with
 * U+FFFD for its bad bytes. In UTF-8 and GB18030 a line-feed byte is never part of a character, so
 * lines can be cut on the bytes. A UTF-16 file is read whole, bad code units replaced.
 */
export function decodeLineByLine(
  bytes: Uint8Array,
  candidates: readonly Encoding[],
  notes: DecodeNote[],
): { text: string; encoding: Encoding; replaced: number } {
  const first = candidates[0] ?? 'utf-8';
  if (first === 'utf-16le' || first === 'utf-16be') {
    const text = lenient[first].decode(bytes);
    const replaced = countReplaced(text);
    const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? 2 : 0;
    if (replaced > 0) notes.push(invalidNote(replaced, 'code units', bom + 2 * text.indexOf('\uFFFD'), first));
    return { text, encoding: first, replaced };
  }
  const lines = splitByteLines(bytes);
  const read = lines.map((line) => readLine(line.bytes, candidates));
  const used = new Map<Encoding, { lines: number; firstByte: number }>();
  read.forEach((result, i) => {
    if (result === null) return;
    const seen = used.get(result.encoding);
    used.set(result.encoding, { lines: (seen?.lines ?? 0) + 1, firstByte: seen?.firstByte ?? lines[i]?.start ?? 0 });
  });
  const main = [...used.entries()].sort((a, b) => b[1].lines - a[1].lines)[0]?.[0] ?? first;
  for (const [encoding, { lines: count, firstByte }] of used) {
    if (encoding === main) continue;
    notes.push({
      code: 'mixed-encoding',
      message: `mixes encodings: ${count} line(s) read as ${encoding.toUpperCase()} (the first at byte ${firstByte}), the rest as ${main.toUpperCase()}`,
      byteOffset: firstByte,
    });
  }
  let replaced = 0;
  let firstBad = -1;
  const pieces = lines.map((line, i) => {
    const whole = read[i]?.text;
    if (whole !== undefined) return whole;
    const piece = lenient[main].decode(line.bytes);
    replaced += countReplaced(piece);
    if (firstBad < 0) firstBad = line.start;
    return piece;
  });
  if (replaced > 0) notes.push(invalidNote(replaced, 'characters', firstBad, candidates.join(' or ')));
  return { text: pieces.join('\n'), encoding: main, replaced };
}

interface ByteLine {
  bytes: Uint8Array;
  start: number;
}

function splitByteLines(bytes: Uint8Array): ByteLine[] {
  const lines: ByteLine[] = [];
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? UTF8_BOM_LENGTH : 0;
  for (let at = bytes.indexOf(LINE_FEED, start); at >= 0; at = bytes.indexOf(LINE_FEED, start)) {
    lines.push({ bytes: bytes.subarray(start, at), start });
    start = at + 1;
  }
  lines.push({ bytes: bytes.subarray(start), start });
  return lines;
}

/** The line in the first candidate that reads it whole, or null. */
function readLine(bytes: Uint8Array, candidates: readonly Encoding[]): { encoding: Encoding; text: string } | null {
  for (const encoding of candidates) {
    if (encoding !== 'utf-8' && encoding !== 'gb18030') continue;
    try {
      return { encoding, text: fatal[encoding].decode(bytes) };
    } catch {
      // not this one
    }
  }
  return null;
}

function countReplaced(text: string): number {
  return text.match(REPLACEMENT)?.length ?? 0;
}

function invalidNote(count: number, what: string, byteOffset: number, encoding: string): DecodeNote {
  return {
    code: 'invalid-bytes',
    message: `holds bytes that are not valid ${encoding.toUpperCase()} (${count} ${what} replaced by U+FFFD, the first at byte ${byteOffset}); the rest of its text is kept`,
    byteOffset,
  };
}
