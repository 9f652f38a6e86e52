import { describe, expect, it } from 'vitest';
import { classifyFurniture } from '../../../src/core/clean/classify-furniture';
import { markPageFurniture } from '../../../src/core/clean/mark-page-furniture';
import type { ScriptedLine } from '../../../src/core/types';

describe('classifyFurniture', () => {
  it.each([
    ['a masthead: paper, date, page and its navigation', '某州日报 2022年09月01日 第B02版：综合  上一版 下一版', 'masthead'],
    ['a masthead of a wire feed', '某社地方新闻稿 2022年9月1日', 'masthead'],
    ['a masthead with weekday and page', '某城晚报 2022年9月1日 星期四 第8版：民生', 'masthead'],
    ['a date then its source', '2022年09月01日 08:15 来源：某某网', 'publication'],
    ['a publication line of several fields', '发布时间：2022-09-01 08:15 来源：某县融媒体中心 作者：张三 浏览次数：216', 'publication'],
    ['a bare label before its value', '发表于 2022-09-01', 'publication'],
    ['a source in brackets', '（来源：某某日报）', 'publication'],
    ['a dated byline', '本报记者 张三 2022年9月1日', 'publication'],
    ['a posting line: a name and a time to the minute', '原创 某某发布 2022-09-01 18:00', 'publication'],
    ['a disclosure catalogue line', '索引号：　13012300-2025-00008　　　　发布机构：　某县行政审批局', 'publication'],
    ['a catalogue line with its labels spaced out', '文　　号：　无　　　　　　　　　　　有 效 性：　有效', 'publication'],
    ['a post’s bare counter', '阅读 3.2万', 'counter'],
    ['a post’s bare counters in a row', '在看 126  点赞 88', 'counter'],
    ['a page label', '第B02版：综合', 'page-label'],
    ['page navigation', '版面导航 | 上一版 | 下一版 | PDF下载', 'page-label'],
    ['a page number', 'B2', 'page-label'],
    ['a page section name', '综合新闻', 'page-label'],
    ['a page date', '2022年9月1日 星期四', 'page-date'],
    ['a page date with the e-paper’s links beside it', '2022年09月01日　星期四　　往期回顾　|　PDF版　|　返回首页', 'page-date'],
    ['a post’s closing mark', '- END -', 'credit'],
    ['a wire item’s closing mark in dashes', '—完—', 'credit'],
    ['a bare timestamp', '2022-09-01 08:15:00', 'timestamp'],
    ['a breadcrumb', '首页 > 新闻中心 > 基层动态', 'breadcrumb'],
    ['a breadcrumb with one arrow after 首页', '某某网 首页 > 地方', 'breadcrumb'],
    ['a breadcrumb opened by its label', '当前位置：首页 > 部门动态', 'breadcrumb'],
    ['a menu between bars', '首页 | 机构 | 公开 | 服务 | 互动', 'menu'],
    ['a list of regions between bars', '稿件 | 东部 | 西部 | 南部', 'menu'],
    ['a menu between spaces', '首页 新闻 政务 服务 互动', 'menu'],
    ['a search box', '请输入关键词  搜索', 'search'],
    ['a counter', '阅读次数：2,406', 'counter'],
    ['a counter without a label colon', '浏览 516', 'counter'],
    ['a share bar', '分享到： 微信 微博', 'share'],
    ['a share bar with a like count run together', '点赞12扫一扫分享【收藏】', 'share'],
    ['a scan-to-phone widget', '扫一扫在手机打开当前页', 'share'],
    ['a tool bar', '【打印本页】 【关闭窗口】', 'tools'],
    ['font size controls', '字号：大 中 小', 'tools'],
    ['a related-links heading', '相关阅读', 'related'],
    ['a related entry closed by its date', '· 某乡召开秋收动员会 2022-08-30', 'related'],
    ['a headline closed by its date and no time: a link, not a posting', '某县召开推进会 2022-09-01', 'related'],
    ['a previous-article link', '上一篇：某镇开展防汛演练', 'related'],
    ['a list page’s pager with its count', '共5条　首页　上一页　1　下一页　尾页', 'related'],
    ['a pager whose page number the clean-up closed up', '共5条 首页 上一页1下一页 尾页', 'related'],
    ['an encyclopedia’s vote counter', '0有用+1', 'counter'],
    ['an account’s follower count', '关注　｜　已有3.6万人关注', 'counter'],
    ['a page-navigation list under its label', '版面导航：第01版：要闻　第02版：要闻　第03版：经济', 'page-label'],
    ['an encyclopedia’s section buttons', '编辑　播报', 'tools'],
    ['a photographer’s credit alone under a photo', '新华社记者 肖 凡 摄', 'credit'],
    ['an agency’s photo credit in brackets', '新华社发（郑坤 摄）', 'credit'],
    ['a tool in brackets before an editor credit', '【纠错】　　【责任编辑：郑 艳】', 'credit'],
    ['an encyclopedia’s search bar', '搜索词条　　进入词条　　搜索', 'search'],
    ['a comment box', '请文明上网、理性发言  登录 | 注册', 'comment'],
    ['an editor credit in brackets', '（责任编辑：李四）', 'credit'],
    ['a writers’ credit alone in brackets', '（记者 王五 通讯员 赵六）', 'credit'],
    ['a page editor credit', '本版编辑：王五  美编：赵六', 'credit'],
    ['an editor credit in brackets without a colon', '（本版编辑 王五）', 'credit'],
    ['a photo credit for the page', '本版图片由通讯员提供', 'credit'],
    ['site credits', '主办：某县人民政府办公室 承办：某县信息中心', 'footer'],
    ['a licence number', '某ICP备12345678号', 'footer'],
    ['a copyright notice written as a sentence', '版权声明：本网所有作品，未经授权不得转载。', 'footer'],
    ['a lone web address', 'www.example.gov.cn', 'footer'],
  ])('reads %s', (_case, line, kind) => {
    expect(classifyFurniture(line)).toBe(kind);
  });

  it.each([
    ['a caption closed by its credit', '图为游客在草原骑马。本报记者 王晶 摄'],
    ['a sentence naming a source', '数据来源于统计局年报。'],
    ['a sentence with 时间 and 来源', '该局的时间表已经公布，来源可靠。'],
    ['a sentence about a page layout', '版面设计新颖的社区报刊深受欢迎。'],
    ['a sentence with an ISO date', '截至2022-06-30，全县新增就业1200人。'],
    ['a clause cut at a line break', '今年以来，该县累计办理业务45'],
    ['a headline mentioning news', '县里的新闻发布会取得好效果'],
    ['a sentence with a colon', '群众评论说：办事更方便了。'],
    ['a headline naming a year', '2022年全县经济工作会议召开'],
    ['a headline led by its place', '某某镇：网格服务暖民心'],
    ['a headline with a phrase space', '党建引领 服务提速'],
    ['a byline', '本报记者 张三 通讯员 李四'],
    ['a dateline', '本报讯（记者 张三）'],
    ['a collection heading of briefs', '某县简讯'],
    ['a headline ending like a site, with no chrome beside it', '某县上线政务服务客户端'],
    ['a portal’s name alone, with no chrome beside it', '某某市人民政府门户网站'],
    ['a sentence about scanning a code', '群众扫一扫二维码，就能在手机上办理业务。'],
  ])('leaves article text alone: %s', (_case, line) => {
    expect(classifyFurniture(line)).toBeNull();
  });
});

describe('classifyFurniture, site titles and bare menu bars', () => {
  it.each([
    ['某某镇_百度百科', 'masthead'],
    ['某县_互动百科', 'masthead'],
    ['互动百科 — 全球最大中文百科网站', 'masthead'],
    ['方志百科 · 某市地方志数据库', 'masthead'],
    ['网页　新闻　贴吧　知道　网盘　图片　视频　地图　文库　资讯', 'menu'],
    ['首页　秒懂百科　特色百科　知识专题　加入百科　百科团队　权威合作　个人中心', 'menu'],
  ])('reads %j as %s', (text, kind) => {
    expect(classifyFurniture(text)).toBe(kind);
  });

  it.each([
    '走基层·看变化',
    '某县上线政务服务网',
    '乡村振兴 产业先行 农民增收',
    '新增市场主体1200户_某县',
    '记者 张三 李四 王五 赵六 钱七 孙八',
  ])('keeps %j as text', (text) => {
    expect(classifyFurniture(text)).toBeNull();
  });
});

describe('markPageFurniture', () => {
  const line = (text: string, start: number): ScriptedLine => ({
    text, original: text, toOriginal: [], changed: 0, furniture: null, start, end: start + text.length,
  });

  it('reads bulleted entries under a related-links heading as links, though alone they may be list items', () => {
    const page = ['相关阅读', '· 某乡召开秋收动员会', '', '· 某镇举办招聘会', '正文又开始了。', '· 某村修通产业路'].map(line);
    expect(markPageFurniture(page).map((l) => l.furniture)).toEqual(['related', 'related', null, 'related', null, null]);
  });

  it('reads unbulleted entries straight under a related-links heading as links, until a blank line', () => {
    const page = ['推荐阅读', '某市出台稳经济措施', '某区举办招聘会', '', '某县修通产业路'].map(line);
    expect(markPageFurniture(page).map((l) => l.furniture)).toEqual(['related', 'related', 'related', null, null]);
  });

  it('reads a lone publisher’s name and a bar of short words as furniture beside furniture, and only there', () => {
    const top = ['某某网', '首页 国内 地方 财经', '某某网>>地方>>正文', '', '织密防护网', '', '全县新建公路八十公里。'].map(line);
    expect(markPageFurniture(top).map((l) => l.furniture)).toEqual(['masthead', 'menu', 'breadcrumb', null, null, null, null]);
  });

  it('reads a portal’s name at the top of the page as its masthead when the site’s chrome is under it', () => {
    const page = ['某某新区（某某区）政务网', '', '首页 | 机构 | 公开 | 服务', '', '某县上线政务服务客户端', '', '全县办件量明显增长。'].map(line);
    expect(markPageFurniture(page).map((l) => l.furniture)).toEqual(['masthead', null, 'menu', null, null, null, null]);
  });

  it('reads a site’s name set apart by spaces, above a breadcrumb with full-width arrows, as the masthead', () => {
    const page = ['某县人民政府  门户网站', '首页 ＞ 政务公开 ＞ 部门动态', '', '某县推进改革', '', '全县办件量明显增长。'].map(line);
    expect(markPageFurniture(page).map((l) => l.furniture).slice(0, 2)).toEqual(['masthead', 'breadcrumb']);
  });

  it('reads an e-paper’s list of the page’s own headlines as links, and its name above the page date as masthead', () => {
    const page = ['某城日报电子版', '2024年03月12日 星期二', '第A03版：要闻', '本版新闻', '· 某市“承诺即开工”跑出加速度', '· 某镇：小竹子撬动大产业', '', '某市“承诺即开工”跑出加速度'].map(line);
    expect(markPageFurniture(page).map((l) => l.furniture)).toEqual(['masthead', 'page-date', 'page-label', 'related', 'related', 'related', null, null]);
  });

  it('reads entries under 往期推荐 led by a series name and a bar as links', () => {
    const page = ['往期推荐', '某镇召开民宿产业发展大会', '“强村富民”看某镇｜某村：一个村的“共富账本”'].map(line);
    expect(markPageFurniture(page).map((l) => l.furniture)).toEqual(['related', 'related', 'related']);
  });

  it('signs a bulletin with the body above its date, but not with a headline that ends on a meeting', () => {
    const signed = ['某市统计局', '2024年3月28日', '', '2023年，全市经济稳中向好。'].map(line);
    expect(markPageFurniture(signed).map((l) => l.furniture)[0]).toBe('issuer');
    const listed = ['县人社局联合某镇举办夏季专场招聘会', '2024-07-09', '7月8日，县人社局联合某镇举办招聘会，46家企业提供岗位1850个。'].map(line);
    expect(markPageFurniture(listed).map((l) => l.furniture)[0]).toBeNull();
  });

  it('reads a headline in two parts, with its one comma, under 往期推荐 as a link', () => {
    const page = ['- END -', '往期推荐', '某县：一季度重大项目集中开工，总投资23.6亿元', '“侗族大歌”唱响春节旅游季'].map(line);
    expect(markPageFurniture(page).map((l) => l.furniture)).toEqual(['credit', 'related', 'related', 'related']);
  });

  it('reads ▶ entries under 往期推荐 as links', () => {
    const page = ['往期推荐', '▶ 某县：秋季开学护学岗全面上线', '▶ 某镇举办农民丰收节'].map(line);
    expect(markPageFurniture(page).map((l) => l.furniture)).toEqual(['related', 'related', 'related']);
  });

  it('reads a paper’s name and its romanised name above a page date as the masthead', () => {
    const page = ['某州日报', 'MOUZHOU DAILY', '2023年4月20日　星期四', '第02版：要闻', '', '某县：春茶飘香', '', '全县新建茶园三百亩。'].map(line);
    expect(markPageFurniture(page).map((l) => l.furniture).slice(0, 3)).toEqual(['masthead', 'masthead', 'page-date']);
  });

  it('keeps a headline above its publication line, though it ends like a publisher’s name', () => {
    const page = ['某某网>>地方', '', '织密防护网', '发布时间：2022-09-01 08:15', '', '全县新建公路八十公里。'].map(line);
    expect(markPageFurniture(page).map((l) => l.furniture)).toEqual(['breadcrumb', null, null, 'publication', null, null]);
  });

  it('reads the bodies named straight above a bare date as the issuers of a bulletin', () => {
    const page = ['某市统计公报', '某市统计局', '2023年3月20日', '全市生产总值增长百分之五。'].map(line);
    expect(markPageFurniture(page).map((l) => l.furniture)).toEqual([null, 'issuer', 'timestamp', null]);
  });

  it.each([
    ['某区12345政务服务便民热线办公室', '2024年11月5日'],
    ['某县12345热线工作办公室', '2024年5月9日'],
    ['某市统计局', '2023年3月20日'],
  ])('reads %j above the date %j as the issuer, digits in its name or not', (issuer, date) => {
    const page = ['某区热线运行情况通报', '', '当月受理工单1200件。', '', issuer, date].map(line);
    expect(markPageFurniture(page).map((l) => l.furniture)).toEqual([null, null, null, null, 'issuer', 'timestamp']);
  });

  it('keeps a closing sentence above a date as text, digits or not', () => {
    const page = ['当月受理工单1200件，办结率99%。', '2024年11月5日'].map(line);
    expect(markPageFurniture(page).map((l) => l.furniture)[0]).toBeNull();
  });

  it.each(['附件：2024年4月各单位工单办理情况统计表', '相关附件：某县项目清单', '附件下载：申报表'])('reads the attachment line %j as a link', (text) => {
    expect(markPageFurniture([line(text, 0)]).map((l) => l.furniture)).toEqual(['related']);
  });

  it('reads a bar of two or three words beside a menu as more of it when one word is furniture’s own', () => {
    const page = ['首页 | 分类 | 百科任务 | 百科团队 | 小组 | 帮助', '收藏　　查看我的收藏', '', '某县'].map((text) => line(text, 0));
    expect(markPageFurniture(page).map((l) => l.furniture)).toEqual(['menu', 'menu', null, null]);
  });

  it('keeps a headline in pieces under a menu as a headline', () => {
    const page = ['首页 | 国内 | 地方 | 财经', '乡村振兴　产业先行', '', '全县新建茶园三百亩。'].map((text) => line(text, 0));
    expect(markPageFurniture(page).map((l) => l.furniture)).toEqual(['menu', null, null, null]);
  });

  it('keeps each line’s text and offsets', () => {
    const [marked] = markPageFurniture([line('首页 > 地方', 7)]);
    expect(marked).toMatchObject({ text: '首页 > 地方', start: 7, furniture: 'breadcrumb' });
  });
});
