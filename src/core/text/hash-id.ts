/**
 * A 64-bit FNV-1a hash of a string, as 16 hex digits. Pure and deterministic, so ids derived from
 * file names and content are the same on every run and machine (no crypto module in the pure core).
 * @example hashId('000.txt') // '…16 hex digits…'
 */
export function hashId(text: string): string {
  // Two 32-bit lanes with different offsets stand in for one 64-bit FNV state (no BigInt on the hot path).
  let high = 0x811c9dc5;
  let low = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    high = Math.imul(high ^ code, 0x01000193) >>> 0;
    low = Math.imul(low ^ code ^ (high >>> 16), 0x01000193) >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
