import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../scripts/decode-source';

const TEXT = '某县新设立企业120家。\n审批时限压缩至5个工作日。\n';
// GBK bytes of 某县新设立企业120家。 (written as bytes: the test must not depend on an encoder)
const GBK_LINE = Buffer.from('c4b3cfd8d0c2c9e8c1a2c6f3d2b5313230bcd2a1a3', 'hex');
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('decodeSource', () => {
  it.each<[string, Buffer, string, string]>([
    ['UTF-8', utf8(TEXT), 'utf-8', TEXT],
    ['UTF-8 with a BOM', utf8(`\uFEFF${TEXT}`), 'utf-8', TEXT],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'utf-16le', TEXT],
    ['GBK', GBK_LINE, 'gb18030', '某县新设立企业120家。'],
  ])('reads %s whole, with no note', (_, bytes, encoding, text) => {
    expect(decodeSource(bytes)).toEqual({ ok: true, text, encoding, notes: [] });
  });

  it('keeps the text of a UTF-8 file cut off inside a character, and names the byte where it stops', () => {
    const whole = utf8(`${TEXT}全县`);
    const decoded = decodeSource(whole.subarray(0, whole.length - 1));
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8', text: `${TEXT}全` });
    expect(decoded.ok && decoded.notes).toEqual([
      { code: 'truncated', byteOffset: whole.length - 3, message: expect.stringContaining(`at byte ${whole.length - 3}`) },
    ]);
  });

  it('reads UTF-16LE and UTF-16BE without a BOM by where their NUL bytes sit', () => {
    const le = decodeSource(Buffer.from(TEXT, 'utf16le'));
    const be = decodeSource(Buffer.from(TEXT, 'utf16le').swap16());
    expect(le).toMatchObject({ ok: true, encoding: 'utf-16le', text: TEXT, notes: [{ code: 'no-bom' }] });
    expect(be).toMatchObject({ ok: true, encoding: 'utf-16be', text: TEXT, notes: [{ code: 'no-bom' }] });
  });

  it('reads a file that mixes UTF-8 and GB18030 lines line by line', () => {
    const bytes = Buffer.concat([utf8('审批时限压缩至5个工作日。\n走访企业104家。\n'), GBK_LINE]);
    const decoded = decodeSource(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8', text: '审批时限压缩至5个工作日。\n走访企业104家。\n某县新设立企业120家。' });
    expect(decoded.ok && decoded.notes).toEqual([expect.objectContaining({ code: 'mixed-encoding', byteOffset: bytes.length - GBK_LINE.length })]);
  });

  it('replaces bytes valid in no encoding on their line only, and names the first', () => {
    const bad = Buffer.from([0xff, 0xff]);
    const good = utf8('走访企业104家。\n');
    const decoded = decodeSource(Buffer.concat([good, Buffer.from('审批'), bad, utf8('提速。\n'), good]));
    expect(decoded).toMatchObject({ ok: true, text: '走访企业104家。\n审批\uFFFD\uFFFD提速。\n走访企业104家。\n' });
    expect(decoded.ok && decoded.notes).toEqual([expect.objectContaining({ code: 'invalid-bytes', byteOffset: good.length })]);
  });

  it('removes stray NUL bytes and keeps the text around them', () => {
    const decoded = decodeSource(utf8('走访企业\u0000104家。审批时限压缩至5个工作日。\n'));
    expect(decoded).toMatchObject({ ok: true, text: '走访企业104家。审批时限压缩至5个工作日。\n', notes: [{ code: 'nul-bytes', byteOffset: 12 }] });
  });

  it.each<[string, Buffer, string]>([
    ['an empty file', Buffer.alloc(0), 'empty'],
    ['a file of blank lines', utf8(' \n\n\t\n'), 'empty'],
    ['a PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary'],
    ['bytes valid in no encoding', Buffer.from([0xff, 0xff, 0xff, 0x80, 0x80]), 'undecodable'],
  ])('refuses %s', (_, bytes, code) => {
    expect(decodeSource(bytes)).toMatchObject({ ok: false, code });
  });
});
