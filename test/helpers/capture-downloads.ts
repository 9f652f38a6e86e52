import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Catches what `downloadFile` saves: jsdom has no object URLs, so the Blob handed to
 * URL.createObjectURL is kept for the test to read. Call once inside a describe block.
 */
export function captureDownloads(): { bytes: () => Promise<Uint8Array>; text: () => Promise<string>; saved: () => boolean } {
  let saved: Blob | null = null;
  beforeEach(() => {
    saved = null;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());
  const bytes = async (): Promise<Uint8Array> => {
    if (saved === null) throw new Error('nothing was downloaded');
    return new Uint8Array(await saved.arrayBuffer());
  };
  return {
    bytes,
    text: async () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await bytes()),
    saved: () => saved !== null,
  };
}
