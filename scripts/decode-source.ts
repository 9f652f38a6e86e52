import type { Encoding } from '../src/dataset/schema';
import { decodeLineByLine } from './decode-line-by-line';
import { findUtf16WithoutBom } from './find-utf16-without-bom';
import { stripControlCharacters } from './strip-control-characters';

/** Something the decoder repaired: the text is kept, and the warning says what was lost and where. */
export interface DecodeNote {
  code: 'truncated' | 'invalid-bytes' | 'mixed-encoding' | 'nul-bytes' | 'no-bom';
  message: string;
  byteOffset?: number;
}

/** A decoded file, or why it holds no text. */
export type DecodedSource =
  | { ok: true; text: string; encoding: Encoding; notes: DecodeNote[] }
  | { ok: false; code: 'empty' | 'binary' | 'undecodable'; message: string };

const fatal = {
  'utf-8': new TextDecoder('utf-8', { fatal: true }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true }),
  gb18030: new TextDecoder('gb18030', { fatal: true }),
} satisfies Record<Encoding, TextDecoder>;

/** A character cut off at the end of a file leaves at most this many bytes of it (UTF-8, GB18030: 3 of 4). */
const MAX_CUT_BYTES = 3;
/** Above this share of unreadable characters (invalid bytes, controls) a file is not text at all. */
const MAX_JUNK_SHARE = 0.1;

/**
 * Decodes a text file of unknown encoding, keeping every good character. A BOM names UTF-8 or UTF-16;
 * a NUL byte in every other byte means UTF-16 without one; otherwise UTF-8 if the bytes are valid
 * UTF-8, else GB18030 (a superset of GBK and GB2312). What cannot be read whole is repaired and noted:
 * a character cut off at the end (a download that stopped) is dropped, a file that mixes UTF-8 and
 * GB18030 lines is read line by line, invalid bytes become U+FFFD, stray NULs and control characters
 * are removed. Only an empty file, or one that is mostly not text, is refused.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length === 0) return { ok: false, code: 'empty', message: 'is empty (0 bytes)' };
  const bom = findBomEncoding(bytes);
  const utf16 = bom === null ? findUtf16WithoutBom(bytes) : null;
  const notes: DecodeNote[] = [];
  if (utf16 !== null) {
    notes.push({ code: 'no-bom', message: `has no byte-order mark; read as ${utf16.toUpperCase()} by its pattern of NUL bytes` });
  }
  const candidates: readonly Encoding[] = bom !== null ? [bom] : utf16 !== null ? [utf16] : ['utf-8', 'gb18030'];
  const decoded = decodeWhole(bytes, candidates, notes) ?? decodeLineByLine(bytes, candidates, notes);
  const cleaned = stripControlCharacters(decoded.text);
  if (decoded.text.length > 0 && (cleaned.removed + decoded.replaced) / decoded.text.length > MAX_JUNK_SHARE) {
    const share = Math.round((100 * (cleaned.removed + decoded.replaced)) / decoded.text.length);
    return decoded.replaced > cleaned.removed
      ? { ok: false, code: 'undecodable', message: `is not text in ${candidates.join(' or ').toUpperCase()}: ${share}% of it is invalid bytes` }
      : { ok: false, code: 'binary', message: `is binary, not text: ${share}% of its characters are NUL bytes or control characters` };
  }
  if (cleaned.removed > 0) {
    const nul = bytes.indexOf(0);
    notes.push({
      code: 'nul-bytes',
      message: `holds ${cleaned.removed} NUL byte(s) or control character(s)${nul >= 0 ? ` (the first NUL at byte ${nul})` : ''}; removed, the text around them kept`,
      ...(nul >= 0 ? { byteOffset: nul } : {}),
    });
  }
  if (cleaned.text.trim() === '') return { ok: false, code: 'empty', message: 'is empty (no text after decoding)' };
  return { ok: true, text: cleaned.text, encoding: decoded.encoding, notes };
}

interface Decoded {
  text: string;
  encoding: Encoding;
  /** How many characters are U+FFFD standing for invalid bytes. */
  replaced: number;
}

/** The whole file in the first candidate that reads it, or reads all but a character cut off at its end. */
function decodeWhole(bytes: Uint8Array, candidates: readonly Encoding[], notes: DecodeNote[]): Decoded | null {
  for (const encoding of candidates) {
    const text = tryDecode(encoding, bytes);
    if (text !== null) return { text, encoding, replaced: 0 };
  }
  for (const encoding of candidates) {
    for (let cut = 1; cut <= MAX_CUT_BYTES && cut < bytes.length; cut++) {
      const text = tryDecode(encoding, bytes.subarray(0, bytes.length - cut));
      if (text === null) continue;
      const at = bytes.length - cut;
      notes.push({
        code: 'truncated',
        message: `ends in the middle of a character at byte ${at} (cut off?); the text before it is kept`,
        byteOffset: at,
      });
      return { text, encoding, replaced: 0 };
    }
  }
  return null;
}

function tryDecode(encoding: Encoding, bytes: Uint8Array): string | null {
  try {
    return fatal[encoding].decode(bytes);
  } catch {
    return null;
  }
}

function findBomEncoding(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}
