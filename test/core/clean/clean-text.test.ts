import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean/clean-text';
import { isPageFurniture } from '../../../src/core/clean/drop-page-furniture';

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

  it('drops breadcrumbs, datelines, editor credits and copyright footers', () => {
    const page = '网站 > 新闻 > 地方\n标题\n发布时间:2023-05-22 10:00 来源: 某报\n正文。\n(责编:张三)\n版权声明:凡注明来源的作品,版权归本网所有。';
    expect(texts(page)).toEqual(['标题', '正文。']);
  });
});

describe('isPageFurniture', () => {
  it.each([
    '首页 > 即时新闻 > 地方',
    '来源：人民网',
    '2023-05-22 16:29:00',
    '（责任编辑：李四）',
    '分享到：',
    '某县人民政府 | 首页 | 政务公开 | 办事服务 | 互动交流',
    '【打印本页】 【关闭窗口】',
    '请文明上网、理性发言 登录 | 注册',
    '发表评论 验证码：提交',
    '·某县召开项目推进会 2023-07-12',
    '某镇：网格化管理见实效（2023-06-21）',
    '2023年6月15日 星期四',
    '05',
    '第3版',
    '综合新闻',
    '主办：某县人民政府办公室 承办：某县大数据中心',
    '美术编辑：张三',
  ])('recognises %s', (line) => {
    expect(isPageFurniture(line)).toBe(true);
  });

  it.each([
    '数据来源于统计局年报。',
    '该局的时间表已经公布，来源可靠。',
    '版面设计新颖的社区报刊深受欢迎。',
    '截至2023-06-30，全县新增就业1200人。',
    '今年以来，该县累计办理业务45',
    '县里的新闻发布会取得好效果',
    '群众评论说：办事更方便了。',
  ])('leaves prose alone: %s', (line) => {
    expect(isPageFurniture(line)).toBe(false);
  });
});
