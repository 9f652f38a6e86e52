import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean/clean-text';
import { deriveTitle } from '../../../src/core/segment/derive-title';
import { joinScriptedLines } from '../../../src/core/segment/scripted-paragraph';
import { segmentSource } from '../../../src/core/segment/segment-source';

const paragraphs = (...texts: string[]) => texts.map((text) => joinScriptedLines(cleanText(text), 'body'));
const titleOf = (...texts: string[]): string => deriveTitle(paragraphs(...texts)).title;

describe('deriveTitle', () => {
  it.each([
    ['drops a time frame', ['今年以来，某县新建农村公路八十公里，群众出行更方便。'], '某县新建农村公路八十公里'],
    ['drops a source frame and a time frame', ['记者从某县获悉，上半年，某县新增市场主体三千户。'], '某县新增市场主体三千户'],
    ['drops 据了解', ['据了解，某镇建成冷链仓库六座。'], '某镇建成冷链仓库六座'],
    ['leaves out a list ending in 等, keeping the verb before it', ['某县通过电商渠道销售苹果、梨子等水果两万吨。'], '某县通过电商渠道销售水果两万吨'],
    ['leaves out the means', ['某镇以某村为试点推进垃圾分类，覆盖农户三千户。'], '某镇推进垃圾分类'],
    ['leaves out a gloss', ['某某经济开发区（以下简称“某开发区”）新签约项目四十个。'], '某某经济开发区新签约项目四十个'],
    ['takes the next clause along when the core is too short', ['该镇积极探索，建成便民服务站十二个。'], '该镇积极探索，建成便民服务站十二个'],
    [
      'prefers the next paragraph’s sentence when the lead sets a scene',
      ['9月2日，在某村的数字农业基地，一台台传感器实时采集数据。', '某镇推进数字乡村建设，建成基站一百个。'],
      '某镇推进数字乡村建设',
    ],
    [
      'keeps the first sentence when no sentence opens with who acts',
      ['一台台传感器实时采集数据，农户在手机上查看。', '数据显示，产量明显提高。'],
      '一台台传感器实时采集数据',
    ],
    [
      'passes over a quote and the sentence that reports it',
      ['“现在办事真方便！”近日，在某县政务服务中心，市民李女士说。', '今年以来，某县推行一窗通办，设立综合窗口二十四个。'],
      '某县推行一窗通办',
    ],
    [
      'passes over a reporter’s visit, though it names a place',
      ['6月17日，记者走进某市某镇某村的蔬菜产业园，一排排西红柿长势喜人。', '近年来，某镇推进蔬菜大棚提档升级，改造老旧大棚三千个。'],
      '某镇推进蔬菜大棚提档升级',
    ],
    ['takes the result along when the core names only the means', ['近年来，某村依托茶产业发展，村集体收入突破百万元。'], '某村依托茶产业发展，村集体收入突破百万元'],
    ['drops a frame that brings the news', ['近日，从某县审批局传来消息，该县企业开办时间压缩至半天。'], '该县企业开办时间压缩至半天'],
    ['cuts a long core and marks the cut', ['某县人民政府办公室联合县发展和改革局县财政局县自然资源局制定实施方案。'], '某县人民政府办公室联合县发展和改革局县财政局县自…'],
  ])('%s', (_case, texts, title) => {
    expect(titleOf(...texts)).toBe(title);
  });

  it('gives the title in the original script too, the same characters', () => {
    const derived = deriveTitle(paragraphs('今年以來，該鎮新建農村公路八十公里。'));
    expect(derived).toEqual({ title: '该镇新建农村公路八十公里', titleOriginal: '該鎮新建農村公路八十公里' });
  });
});

describe('segmentSource: titles', () => {
  const segment = (page: string) => segmentSource(cleanText(page));

  it('marks a title derived from the lead as derived, and a printed headline as printed', () => {
    const [untitled] = segment('新华社某地9月1日电（记者 王五）记者从某县获悉，今年一季度，某县销售水果两万吨。');
    const [titled] = segment('某县水果丰收 销量创新高\n\n记者 王五\n\n今年一季度，某县销售水果两万吨。');
    expect([untitled?.title, untitled?.titleDerived]).toEqual(['某县销售水果两万吨', true]);
    expect([titled?.title, titled?.titleDerived]).toEqual(['某县水果丰收 销量创新高', false]);
  });

  it.each([
    ['a masthead', '某州日报 2022年09月01日 第B02版：综合  上一版 下一版\n\n今年以来，某县新建公路八十公里。'],
    ['a page label and navigation', '第B02版：综合\n\n版面导航 | 上一版 | 下一版\n\n今年以来，某县新建公路八十公里。'],
    ['a search box and a menu', '首页 | 机构 | 公开 | 服务\n\n请输入关键词  搜索\n\n今年以来，某县新建公路八十公里。'],
    ['a counter', '阅读次数：1385\n\n今年以来，某县新建公路八十公里。'],
    ['a wire dateline alone on its line', '新华社某地9月1日电\n\n今年以来，某县新建公路八十公里。'],
    ['a reporter credit in brackets', '（记者 王五 通讯员 赵六）\n\n今年以来，某县新建公路八十公里。'],
  ])('never takes %s for the title', (_case, page) => {
    expect(segment(page).map((a) => a.title)).toEqual(['某县新建公路八十公里']);
  });

  it('reads stacked headline lines above a byline: the longest is the headline, the line under it the sub-headline', () => {
    const [article] = segment('某开发区去年新签约亿元以上项目八十七个\n汽车产业产值突破千亿元\n\n记者 王五\n\n今年以来，某开发区加快发展。');
    expect([article?.title, article?.subtitle]).toEqual(['某开发区去年新签约亿元以上项目八十七个', '汽车产业产值突破千亿元']);
  });

  it('takes a headline set at the column’s width above a byline as the headline, not the last line of the article before', () => {
    const column = ['某镇推进茶产业发展，今年新建茶园', '三百亩，茶农收入稳步增长，带动', '周边村民就业二百多人，成效明显。'];
    const page = [...column, '', '某街道网格服务打通最后一米', '', '记者 赵六', '', '某街道把辖区划分为八十个网格。'].join('\n');
    expect(segment(page).map((a) => a.title)).toEqual(['某镇推进茶产业发展', '某街道网格服务打通最后一米']);
  });

  it('continues a sentence across a line that opens with a comma', () => {
    const [article] = segment('某县新闻 标题\n\n记者从某县获悉\n\n，今年某县新建公路八十公里。');
    expect(article?.paragraphs.map((p) => p.text)).toEqual(['某县新闻 标题', '记者从某县获悉，今年某县新建公路八十公里。']);
  });

  it('reads the bodies that sign a bulletin above its date as its outlet', () => {
    const [article] = segment('某市2022年统计公报\n\n某市统计局\n国家统计局某市调查队\n2023年3月20日\n\n2022年，全市生产总值增长百分之五。');
    expect([article?.title, article?.date, article?.outlet]).toEqual(['某市2022年统计公报', '2023-03-20', '某市统计局']);
  });
});
