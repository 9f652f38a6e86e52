import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean/clean-text';

const texts = (source: string): string[] => cleanText(source).map((l) => l.text).filter((t) => t !== '');

describe('cleanText', () => {
  it('converts traditional lines to simplified and keeps the original script alongside', () => {
    const [line] = cleanText('鄉(xiang) 鎮幹部們(men) 說');
    expect(line?.text).toBe('乡镇干部们说');
    expect(line?.original).toBe('鄉鎮幹部們說');
  });

  it('removes pinyin typed in full-width letters', () => {
    expect(cleanText('我們（ｍｅｎ）的')[0]?.text).toBe('我们的');
  });

  it('maps every simplified offset back to the same character in the original', () => {
    const [line] = cleanText('這個縣的發展');
    const at = line?.text.indexOf('县') ?? -1;
    expect(line?.original[line.toOriginal[at] ?? -1]).toBe('縣');
  });

  it('keeps each line’s offsets in the decoded source', () => {
    const source = '第一行\r\n\r\n 第二 行 ， 文 字';
    const lines = cleanText(source).filter((l) => l.text !== '');
    expect(lines.map((l) => source.slice(l.start, l.end))).toEqual(['第一行', ' 第二 行 ， 文 字']);
  });

  it('joins a vertical headline printed one character per line', () => {
    expect(texts('正文第一段。\n绿\n水\n青\n山\n\n—\n—\n\n记\n者\n手\n记\n')).toContain('绿水青山——记者手记');
  });

  it('joins a vertical headline holding an astral character', () => {
    expect(texts('正文第一段。\n𠀀\n水\n青\n山\n')).toContain('𠀀水青山');
  });

  it('marks breadcrumbs, publication lines, editor credits and copyright footers as furniture, keeping their text', () => {
    const page = '网站 > 新闻 > 地方\n标题\n发布时间:2023-05-22 10:00 来源: 某报\n正文。\n(责编:张三)\n版权声明:凡注明来源的作品,版权归本网所有。';
    const lines = cleanText(page).filter((l) => l.text !== '');
    expect(lines.map((l) => [l.text, l.furniture])).toEqual([
      ['网站 > 新闻 > 地方', 'breadcrumb'],
      ['标题', null],
      ['发布时间:2023-05-22 10:00来源: 某报', 'publication'],
      ['正文。', null],
      ['(责编:张三)', 'credit'],
      ['版权声明:凡注明来源的作品,版权归本网所有。', 'footer'],
    ]);
  });
});
