import { describe, expect, it } from 'vitest';
import type { ExportColumn } from '../../src/lib/export-column';
import { formatCell, toCsv } from '../../src/lib/to-csv';

describe('formatCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+86 电话', "'+86 电话"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['\rreturn', `"'\rreturn"`],
    ['\nline', `"'\nline"`],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠x', "'＠x"],
  ])('neutralises the formula start of text %j', (value, expected) => {
    expect(formatCell(value, 'text')).toBe(expected);
  });

  it.each([
    ['郧西县', '郧西县'],
    ['3,5', '"3,5"'],
    ['说"好"', '"说""好"""'],
    ['两行\r\n文字', '"两行\r\n文字"'],
    ['中间=等号', '中间=等号'],
  ])('quotes text %j as RFC 4180 requires', (value, expected) => {
    expect(formatCell(value, 'text')).toBe(expected);
  });

  it.each([
    [28000, '28000'],
    [3.5, '3.5'],
    [-12, '-12'],
    [1e21, '1000000000000000000000'],
    [0.000001, '0.000001'],
  ])('writes the number %d as a plain numeral', (value, expected) => {
    expect(formatCell(value, 'number')).toBe(expected);
  });

  it.each([
    ['420322100000', '420322100000'],
    ['011000', '011000'],
    ['=1+1', "'=1+1"],
  ])('writes the division code %j as plain digits, and anything else as guarded text', (value, expected) => {
    expect(formatCell(value, 'code')).toBe(expected);
  });

  it('writes null and non-finite numbers as empty cells', () => {
    expect([formatCell(null, 'text'), formatCell(Number.NaN, 'number'), formatCell(Infinity, 'number')]).toEqual(['', '', '']);
  });
});

describe('toCsv', () => {
  const columns: ExportColumn<{ name: string; n: number }>[] = [
    { header: '名称', kind: 'text', value: (r) => r.name },
    { header: '数值', kind: 'number', value: (r) => r.n },
  ];

  it('starts with a BOM, ends rows with CRLF and keeps the row order', () => {
    const csv = toCsv([{ name: '乙', n: 2 }, { name: '甲', n: 1 }], columns);
    expect(csv).toBe('\uFEFF名称,数值\r\n乙,2\r\n甲,1\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv([], columns)).toBe('\uFEFF名称,数值\r\n');
  });
});
