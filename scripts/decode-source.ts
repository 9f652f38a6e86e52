import type { Encoding } from '../src/dataset/schema';

/** A decoded file, or why it could not be read as text. */
export type DecodedSource =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; code: 'empty' | 'binary' | 'undecodable'; message: string };

const decoders = {
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true, ignoreBOM: false }),
  gb18030: new TextDecoder('gb18030', { fatal: true }),
} satisfies Record<Encoding, TextDecoder>;

/**
 * Decodes a text file of unknown encoding: a BOM names UTF-8 or UTF-16; otherwise UTF-8 if the bytes
 * are valid UTF-8, else GB18030 (a superset of GBK and GB2312, common for Chinese text files).
 * Empty files, binary files (NUL bytes without a UTF-16 BOM) and bytes valid in neither are refused.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  const encoding = findBomEncoding(bytes);
  if (encoding === null && bytes.includes(0)) {
    return { ok: false, code: 'binary', message: 'contains NUL bytes: a binary file, or UTF-16 without a byte-order mark' };
  }
  const tried = encoding === null ? (['utf-8', 'gb18030'] as const) : [encoding];
  for (const candidate of tried) {
    try {
      const text = decoders[candidate].decode(bytes);
      if (text.trim() === '') return { ok: false, code: 'empty', message: 'is empty (no text after decoding)' };
      return { ok: true, text, encoding: candidate };
    } catch {
      // not this encoding; try the next
    }
  }
  return {
    ok: false,
    code: 'undecodable',
    message: `is not valid ${tried.join(' or ').toUpperCase()} text`,
  };
}

function findBomEncoding(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}
