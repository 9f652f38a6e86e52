import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';

// The CSV journey trusts this reader to count rows, so it gets its own table (no browser needed).
describe('parseCsv', () => {
  it.each([
    ['plain cells and CRLF rows', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['a quoted comma', '"x,y",z\n', [['x,y', 'z']]],
    ['a doubled quote inside quotes', '"say ""hi"""\n', [['say "hi"']]],
    ['a line break inside quotes', '"two\r\nlines",end\r\n', [['two\r\nlines', 'end']]],
    ['an empty last cell', 'a,\r\n', [['a', '']]],
    ['no final line end', 'a,b', [['a', 'b']]],
  ])('reads %s', (_name, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });
});
