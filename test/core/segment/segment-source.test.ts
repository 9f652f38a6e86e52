import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean/clean-text';
import { segmentSource } from '../../../src/core/segment/segment-source';

const segment = (page: string) => segmentSource(cleanText(page));
const bodyTexts = (page: string): string[][] =>
  segment(page).map((a) => a.paragraphs.filter((p) => p.role === 'body').map((p) => p.text));

/** A paragraph wrapped into a narrow newspaper column, blank lines between the lines. */
const COLUMN = [
  '  某某县开展营商环境提升行',
  '动，全县新设立企业三百余家，',
  '审批时限由原来的 15 个工作日',
  '压缩至 5 个工作日，企业办事',
  '更加便利，群众满意度持续提',
  '高，各项工作取得明显成效。',
  '  同时，该县推进政务服务标',
  '准化建设，设置综合窗口二十',
  '个，实现一窗受理、集成服务。',
].join('\n\n');

describe('segmentSource: headlines straight above the publication line', () => {
  it('reads a post’s headline with commas and an exclamation as its title', () => {
    const page = ['某区这半年，项目、乡村、治理“三张答卷”来了！', '原创　某区融媒　某区融媒体中心　2024年06月28日 18:30　重庆', '今年以来，某区共安排重点项目158个。'].join('\n\n');
    expect(segment(page).map((a) => a.title)).toEqual(['某区这半年，项目、乡村、治理“三张答卷”来了！']);
  });

  it('reads a report’s long headline as its title, not the site’s name above it', () => {
    const page = [
      '某县人大', '首页 | 人大要闻 | 常委会工作 | 监督工作',
      '某县人大常委会财政经济工作委员会关于2024年上半年全县预算执行情况的审查报告（摘要）',
      '发布时间：2024-08-30　　来源：某县人大常委会办公室',
      '上半年，全县一般公共预算收入完成7.86亿元。',
    ].join('\n\n');
    expect(segment(page).map((a) => a.title)).toEqual(['某县人大常委会财政经济工作委员会关于2024年上半年全县预算执行情况的审查报告（摘要）']);
  });
});

describe('segmentSource: a list page whose entries print their date before the headline', () => {
  it('makes each entry an article dated by its bracketed date, the date left out of its title', () => {
    const page = [
      '首页　　政务公开　　乡镇动态',
      '您现在的位置：首页 > 乡镇动态',
      '【2024-05-06】 甲镇5个新开工项目总投资7.2亿元',
      '甲镇今年以来新开工食品加工项目5个，总投资7.2亿元。',
      '【2024-04-28】 乙镇便民服务中心群众满意率达99.5%',
      '今年以来，乙镇便民服务中心共办理各类事项4600余件。',
    ].join('\n\n');
    expect(segment(page).map((a) => [a.title, a.date])).toEqual([
      ['甲镇5个新开工项目总投资7.2亿元', '2024-05-06'],
      ['乙镇便民服务中心群众满意率达99.5%', '2024-04-28'],
    ]);
  });
});

describe('segmentSource: credits that close a page', () => {
  it('gives a byline under the last paragraph to the article above it, not to an empty article', () => {
    const articles = segment('某镇：小药材链出大产业\n\n今年全镇中药材种植面积达到6.8万亩。\n\n某县台记者 张鹏 马晓燕 报道');
    expect(articles.map((a) => [a.title, a.bylines])).toEqual([['某镇：小药材链出大产业', ['某县台记者 张鹏 马晓燕 报道']]]);
  });

  it('keeps a photo story whose captions each close with a photographer’s credit as one article', () => {
    const page = [
      '某县：脐橙丰收采摘忙', '某县迎来脐橙采摘季，全县柑橘种植面积达40万亩。',
      '（1/2）12月4日，在某镇某村，果农在采摘脐橙。', '新华社记者 肖 凡 摄',
      '（2/2）12月4日，在某镇一家分拣中心，工人在分拣脐橙。', '新华社发（郑坤 摄）',
    ].join('\n\n');
    expect(segment(page).map((a) => a.title)).toEqual(['某县：脐橙丰收采摘忙']);
  });
});

describe('segmentSource: dash lead-ins of a work report', () => {
  it('keeps a ——lead-in that runs on as sentences in the body, not as a sub-headline', () => {
    const page = [
      '某市政府工作报告（摘要）',
      '',
      '一、过去一年工作回顾',
      '',
      '过去一年，全市经济社会发展稳中有进，地区生产总值增长4.8%。',
      '',
      '——项目建设扎实推进。全年实施重点项目312个，完成投资1056亿元。',
      '',
      '——民生福祉不断增进。城镇新增就业5.12万人；新改扩建公办幼儿园28所。',
    ].join('\n');
    const articles = segment(page);
    expect(articles).toHaveLength(1);
    expect(bodyTexts(page)[0]?.filter((t) => t.startsWith('——'))).toEqual([
      '——项目建设扎实推进。全年实施重点项目312个，完成投资1056亿元。',
      '——民生福祉不断增进。城镇新增就业5.12万人；新改扩建公办幼儿园28所。',
    ]);
  });
});

describe('segmentSource: joining lines', () => {
  it('rejoins a paragraph wrapped into a fixed-width column', () => {
    expect(bodyTexts(COLUMN)[0]).toEqual([
      '某某县开展营商环境提升行动，全县新设立企业三百余家，审批时限由原来的15个工作日压缩至5个工作日，企业办事更加便利，群众满意度持续提高，各项工作取得明显成效。',
      '同时，该县推进政务服务标准化建设，设置综合窗口二十个，实现一窗受理、集成服务。',
    ]);
  });

  it('rejoins a number split from its unit across lines', () => {
    const page = '今年一季度，全区二十个重大项目总投资达到413.28亿\n\n元，同比增长明显，各项目建设进展顺利。';
    expect(bodyTexts(page)[0]).toEqual(['今年一季度，全区二十个重大项目总投资达到413.28亿元，同比增长明显，各项目建设进展顺利。']);
  });

  it('takes a photo caption out of a sentence it was dropped into', () => {
    const page = [
      '标题 副题',
      '今年以来，某街道坚持以项目建设为抓手，要求各项目党支部按照服务重点项',
      '',
      '',
      '樱桃节活动现场',
      '',
      '目要求，实施清单化管理，切实履行服务职责。',
    ].join('\n');
    expect(bodyTexts(page)[0]).toEqual(['今年以来，某街道坚持以项目建设为抓手，要求各项目党支部按照服务重点项目要求，实施清单化管理，切实履行服务职责。']);
  });

  it('takes a credited photo caption out of a wrapped column, wider than the column as it is', () => {
    const lines = COLUMN.split('\n\n');
    const page = [...lines.slice(0, 3), '', '', '窗口工作人员正在为群众办理业务 记者 王五 摄', '', '', ...lines.slice(3)].join('\n\n');
    expect(bodyTexts(page)).toEqual(bodyTexts(COLUMN));
  });

  it('takes a caption wrapped onto two lines, opened by 图为 and closed by its credit, out of a column', () => {
    const lines = COLUMN.split('\n\n');
    const page = [...lines.slice(0, 2), '', '图为窗口工作人员', '在办理业务。 记者 王 五 摄', '', ...lines.slice(2)].join('\n');
    expect(bodyTexts(page)).toEqual(bodyTexts(COLUMN));
  });

  it('keeps a column line without a comma whose column width is unknown: it is prose, not a caption', () => {
    const page = ['某县加强农村公路建设，全县', '农村公路总里程达到一千二百', '公里，新建农村客运站十二个。'].join('\n');
    expect(bodyTexts(page)[0]).toEqual(['某县加强农村公路建设，全县农村公路总里程达到一千二百公里，新建农村客运站十二个。']);
  });

  it('keeps a numbered section heading off the paragraph under it', () => {
    const page = '某县政府工作报告 摘要\n\n一、2022年工作回顾\n\n过去的一年，全县生产总值增长6%。\n\n二、2023年主要目标\n\n全县生产总值增长6.5%左右。';
    expect(segment(page)[0]?.paragraphs.map((p) => [p.role, p.text])).toEqual([
      ['title', '某县政府工作报告 摘要'],
      ['heading', '一、2022年工作回顾'],
      ['body', '过去的一年，全县生产总值增长6%。'],
      ['heading', '二、2023年主要目标'],
      ['body', '全县生产总值增长6.5%左右。'],
    ]);
  });

  it('keeps a headline and a subheading apart from the prose around them', () => {
    const page = '某县发展提速 成效显著\n\n今年以来，某县加快发展。\n\n在反思中提振精神\n\n干部队伍是发展的主力军。';
    const [article] = segment(page);
    expect(article?.title).toBe('某县发展提速 成效显著');
    expect(article?.paragraphs.map((p) => [p.role, p.text])).toEqual([
      ['title', '某县发展提速 成效显著'],
      ['body', '今年以来，某县加快发展。'],
      ['heading', '在反思中提振精神'],
      ['body', '干部队伍是发展的主力军。'],
    ]);
  });
});

describe('segmentSource: articles', () => {
  it('starts a new article at each headline with a sub-headline and byline', () => {
    const page = [
      '第一篇 标题',
      '第一篇的正文，讲述了某镇的发展。',
      '第二篇 标题',
      '——某县行政审批局工作纪实',
      '记者 王五 通讯员 赵六',
      '第二篇的正文，讲述了某县的改革。',
    ].join('\n\n');
    const articles = segment(page);
    expect(articles.map((a) => [a.title, a.subtitle, a.bylines])).toEqual([
      ['第一篇 标题', null, []],
      ['第二篇 标题', '某县行政审批局工作纪实', ['记者 王五', '通讯员 赵六']],
    ]);
  });

  it('gives untitled articles the headlines printed together at the end of the page', () => {
    const page = [
      '记者 王五',
      '本报讯 某市推进养老服务体系建设，新建社区养老服务站多处，老人就近享受助餐服务。',
      '记者 赵六',
      '某县加快高标准农田建设，完成土地整治任务，粮食产量稳中有升。',
      '农田建设促丰收',
      '养老服务暖人心',
    ].join('\n\n');
    const articles = segment(page);
    expect(articles.map((a) => a.title)).toEqual(['养老服务暖人心', '农田建设促丰收']);
    expect(articles[0]?.paragraphs.find((p) => p.role === 'body')?.text).toMatch(/^某市推进/u);
  });

  it('makes no article of a site name printed above the first headline and its publication line', () => {
    const page = ['某某新区管理委员会', '首页 > 新闻动态', '某园区：审批改革见成效', '时间：2024-03-01 10:00　来源：某园区管委会', '今年以来，某园区新开工项目12个。'].join('\n\n');
    const articles = segment(page);
    expect(articles.map((a) => [a.title, a.date])).toEqual([['某园区：审批改革见成效', '2024-03-01']]);
  });

  it('reads a headline stacked over a longer sub-headline above the publication line as headline and sub-headline', () => {
    const page = ['“承诺制+清单化”让项目跑出加速度', '今年以来36个项目实现拿地即开工', '', '来源：某开发区融媒体中心　发布时间：2024-05-02', '', '某开发区深化审批改革。'].join('\n');
    const [article] = segment(page);
    expect([article?.title, article?.subtitle]).toEqual(['“承诺制+清单化”让项目跑出加速度', '今年以来36个项目实现拿地即开工']);
  });

  it('keeps a short kicker above its headline as a kicker', () => {
    const page = ['聚焦营商环境', '某县工程建设项目审批时限压缩至30个工作日', '', '记者 王五', '', '某县深化工程建设项目审批制度改革。'].join('\n');
    expect(segment(page)[0]?.title).toBe('某县工程建设项目审批时限压缩至30个工作日');
  });

  it('takes a headline that opens with a cry (好消息！…) as a headline', () => {
    const [article] = segment('好消息！某县“一件事”再提速\n\n某县发布　2024-06-01 08:30　发表于某省\n\n今年以来，某县办理“一件事”1200件。');
    expect([article?.title, article?.date, article?.outlet]).toEqual(['好消息！某县“一件事”再提速', '2024-06-01', '某县发布']);
  });

  it('makes no article of the office that signs a notice above its date', () => {
    const page = ['某街道3月份工作情况通报', '发布时间：2024-04-08', '3月份，街道共受理诉求1200件。', '某某街道办事处', '2024年4月8日'].join('\n\n');
    expect(segment(page).map((a) => a.title)).toEqual(['某街道3月份工作情况通报']);
  });

  it('reads the fields of a press conference record (时间 / 地点 / 发布人) as furniture, not as a headline', () => {
    const page = ['某市新闻发布会介绍某区改革有关情况', '时间：2024年3月1日（星期五）上午10:00', '地点：市政府新闻发布厅', '来源：某市人民政府新闻办公室', '主持人：', '各位记者朋友，上午好！'].join('\n');
    const [article] = segment(page);
    expect([article?.title, article?.outlet]).toEqual(['某市新闻发布会介绍某区改革有关情况', '某市人民政府新闻办公室']);
  });

  it('keeps the links under 往期推荐 out of the article, with a place and a colon leading an entry', () => {
    const page = ['某县办事再提速', '今年以来，某县办件量明显增长。', '往期推荐', '某县：金秋柑橘飘香 果农喜迎丰收', '某景区假期迎客忙'].join('\n');
    expect(segment(page)[0]?.paragraphs.map((p) => p.text)).toEqual(['某县办事再提速', '今年以来，某县办件量明显增长。']);
  });

  it('starts a new article at a 本报讯 dateline in the middle of a page', () => {
    const page = ['记者 王五', '某镇发展茶产业，新建茶园三百亩。', '本报讯（记者 赵六）某县修建农村公路，完工五十公里。'].join('\n\n');
    expect(bodyTexts(page)).toEqual([
      ['某镇发展茶产业，新建茶园三百亩。'],
      ['某县修建农村公路，完工五十公里。'],
    ]);
  });

  it('reads 本报通讯员 as a byline role, not as a 本报…讯 dateline', () => {
    const [article] = segment('本报通讯员 王 五\n\n某镇发展茶产业，新建茶园三百亩。');
    expect(article?.bylines).toEqual(['本报通讯员 王五']);
    expect(article?.paragraphs.map((p) => p.text)).toEqual(['某镇发展茶产业，新建茶园三百亩。']);
  });

  it('reads an unpunctuated line under a collected headline as the next headline, not its summary', () => {
    const page = [
      '记者 王五',
      '某镇发展茶产业，新建茶园三百亩，茶农收入稳步增长。',
      '本报讯（记者 赵六）某县修建农村公路，完工五十公里，群众出行更方便。',
      '茶园飘香富茶农',
      '——某镇发展茶产业纪实',
      '某县：公路修到家门口',
    ].join('\n\n');
    expect(segment(page).map((a) => a.title)).toEqual(['茶园飘香富茶农', '某县：公路修到家门口']);
  });

  it('keeps an article that has only a headline and a byline on this page', () => {
    const page = '正文一段话。\n\n爱心助学\n\n通讯员 钱七';
    expect(segment(page).map((a) => [a.title, a.bylines])).toEqual([
      ['正文一段话', []],
      ['爱心助学', ['通讯员 钱七']],
    ]);
  });

  it('leaves an editorial mark such as （待续） where it is: it names no writer', () => {
    const [article] = segment('某县新闻 标题\n\n今年以来成效明显。（待续）');
    expect(article?.bylines).toEqual([]);
    expect(article?.paragraphs.at(-1)?.text).toBe('今年以来成效明显。（待续）');
  });

  it('takes a parenthesised writers’ credit off the last paragraph', () => {
    const [article] = segment('某县新闻 标题\n\n今年以来成效明显。(张三、李四)');
    expect(article?.bylines).toEqual(['张三、李四']);
    expect(article?.paragraphs.at(-1)?.text).toBe('今年以来成效明显。');
  });

  it('marks an article written in traditional script and keeps its original text', () => {
    const [article] = segment('鄉鎮發展 標題\n\n今年以來，該鎮經濟發展勢頭良好，群眾滿意。');
    expect(article?.script).toBe('traditional');
    expect(article?.titleOriginal).toBe('鄉鎮發展 標題');
    expect(article?.paragraphs[1]?.original).toBe('今年以來，該鎮經濟發展勢頭良好，群眾滿意。');
  });

  it.each([
    ['a headline with its sub-headline on the same line', '鄉鎮發展——標題之下的副題\n\n記者 王五\n\n今年以來成效明顯。', '鄉鎮發展'],
    ['an untitled article named by its lead', '今年以來，該鎮經濟發展勢頭良好，群眾滿意。', '該鎮經濟發展勢頭良好'],
    ['a derived title cut before an astral character', `${'甲'.repeat(23)}𠀀乙丙丁。`, '甲'.repeat(23)],
  ])('gives the headline in the original script the same words as the title: %s', (_case, page, start) => {
    const [article] = segment(page);
    expect(article?.titleOriginal.startsWith(start)).toBe(true);
    expect(article?.titleOriginal.length).toBe(article?.title.length);
    expect(article?.title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
  });

  it('keeps each paragraph’s offsets pointing at its stretch of the source', () => {
    const page = '某县新闻 标题\n\n第一段。\n\n第二段开头的话，\n\n接续的文字仍在第二段。';
    const [article] = segment(page);
    expect(article?.paragraphs.map((p) => page.slice(p.sourceStart, p.sourceEnd))).toEqual([
      '某县新闻 标题',
      '第一段。',
      '第二段开头的话，\n\n接续的文字仍在第二段。',
    ]);
  });
});

describe('segmentSource: date and outlet', () => {
  const meta = (page: string) => segment(page).map((a) => [a.title, a.date, a.outlet]);

  it('reads them from a publication line under the headline, and keeps the line out of the text', () => {
    const page = '首页 > 地方\n\n某县推进政务服务 成效显著\n\n发布时间：2022-09-01 08:15  来源：某某日报  作者：张三\n\n今年以来，某县办件量明显增长。';
    const [article] = segment(page);
    expect([article?.date, article?.outlet, article?.bylines]).toEqual(['2022-09-01', '某某日报', ['张三']]);
    expect(article?.paragraphs.map((p) => p.text)).toEqual(['某县推进政务服务 成效显著', '今年以来，某县办件量明显增长。']);
  });

  it('gives every article of an e-paper page the masthead’s date and paper, the paper of each 本报讯', () => {
    const page = [
      '某州日报 2022年09月01日 第B02版：综合  上一版 下一版',
      '某镇发展茶产业 茶农增收',
      '本报讯（记者 王五）某镇新建茶园三百亩，茶农收入稳步增长。',
      '某县修建农村公路 群众出行方便',
      '本报讯（记者 赵六）某县修建农村公路五十公里，群众出行更方便。',
    ].join('\n\n');
    expect(meta(page)).toEqual([
      ['某镇发展茶产业 茶农增收', '2022-09-01', '某州日报'],
      ['某县修建农村公路 群众出行方便', '2022-09-01', '某州日报'],
    ]);
  });

  it('gives a page without headline the paper its 来源 names above the lead, not the reposting site’s masthead', () => {
    const page = [
      '某市新闻网', '首页 | 要闻 | 镇街动态 | 民生',
      '发布时间：2024-06-18 08:45:12　　来源：某市日报　　编辑：李娜',
      '6月17日，某镇新建智能温室三十座，西红柿长势喜人，今年以来累计投入资金两亿元。',
    ].join('\n');
    expect(meta(page).map(([, date, outlet]) => [date, outlet])).toEqual([['2024-06-18', '某市日报']]);
  });

  it('gives each article of a page the source line printed in it, and the page’s date to all', () => {
    const page = [
      '某某门户网站', '首页 | 机构 | 公开 | 服务', '2022年09月01日 星期四',
      '甲镇茶园扩面 茶农增收', '来源：甲镇融媒体中心', '甲镇新建茶园三百亩，茶农收入稳步增长。',
      '乙乡民宿升级 游客增多', '来源：乙乡融媒体中心', '乙乡新建民宿二十家，游客明显增多。',
    ].join('\n\n');
    expect(meta(page)).toEqual([
      ['甲镇茶园扩面 茶农增收', '2022-09-01', '甲镇融媒体中心'],
      ['乙乡民宿升级 游客增多', '2022-09-01', '乙乡融媒体中心'],
    ]);
  });

  it('gives the reports of a roundup the one publication line printed under the page heading', () => {
    const page = [
      '某某网 > 县域频道 > 县域传真', '县域传真丨各地亮出成绩单', '2023-08-29 08:12  来源：某某网',
      '【甲县】蔬菜种业跑出加速度', '甲县新育蔬菜品种178个。（记者 张三）',
      '【乙县】汉服带火县域经济', '乙县汉服企业达2000余家。（记者 李四）',
      '【丙县】项目建设热力足', '丙县新开工项目36个。（记者 王五）',
    ].join('\n\n');
    expect(meta(page)).toEqual(['【甲县】蔬菜种业跑出加速度', '【乙县】汉服带火县域经济', '【丙县】项目建设热力足'].map((title) => [title, '2023-08-29', '某某网']));
  });

  it('gives every report of a roundup on a portal the paper its one 来源 line names, not the portal', () => {
    const page = [
      '某市人民政府门户网站', '首页 | 政务公开 | 政务服务 | 互动交流', '县市区快讯',
      '日期：2024-10-15　　来源：某市日报　　【打印】【关闭】',
      '甲镇：茶园扩面增效', '甲镇新建茶园三百亩，茶农收入稳步增长。',
      '乙乡：民宿提质升级', '乙乡新建民宿二十家，游客明显增多。',
    ].join('\n\n');
    expect(meta(page)).toEqual([
      ['甲镇：茶园扩面增效', '2024-10-15', '某市日报'],
      ['乙乡：民宿提质升级', '2024-10-15', '某市日报'],
    ]);
  });

  it('reads a paper’s name alone on the first line, above its name in capitals and its page date, as the masthead', () => {
    const page = ['某州日报', 'MOUZHOU DAILY', '2023年12月6日　星期三　　第03版：区县新闻', '', '甲县“一件事”集成办 企业开办最快半天办结', '', '本报讯（记者 王五）甲县企业开办最快半天办结。'].join('\n');
    expect(meta(page)).toEqual([['甲县“一件事”集成办 企业开办最快半天办结', '2023-12-06', '某州日报']]);
  });

  it('takes the outlet of a wire dateline, and no date from its month and day alone', () => {
    const [article] = segment('某县茶叶丰收 标题\n\n新华社某地9月1日电（记者 王五）某县今年茶叶产量增长一成。');
    expect([article?.date, article?.outlet, article?.bylines]).toEqual([null, '新华社', ['记者 王五']]);
  });

  it('reads the wire of a lead that cites it (据新华社电)', () => {
    const [article] = segment('某县茶叶丰收 标题\n\n据新华社电 某县今年茶叶产量增长一成。');
    expect([article?.outlet, article?.paragraphs.at(-1)?.text]).toEqual(['新华社', '某县今年茶叶产量增长一成。']);
  });

  it('gives a dateline’s month and day the year the page prints alone', () => {
    const [article] = segment('2022年第35期\n\n某县茶叶丰收 标题\n\n中新网某地9月1日电 某县今年茶叶产量增长一成。');
    expect([article?.date, article?.outlet]).toEqual(['2022-09-01', '中新网']);
  });

  it('prefers an article’s own source line to the wire its dateline names', () => {
    const page = '某县茶叶丰收 标题\n\n2022-09-02 10:00 来源：某某网\n\n新华社某地9月1日电 某县今年茶叶产量增长一成。';
    expect(meta(page)).toEqual([['某县茶叶丰收 标题', '2022-09-02', '某某网']]);
  });

  it('reads a report’s outlet from the bracketed credit that closes it, and takes the credit off', () => {
    const [article] = segment('某县茶叶丰收 标题\n\n某县今年茶叶产量增长一成。（来源：某县融媒体中心 作者：李四）');
    expect([article?.outlet, article?.bylines, article?.paragraphs.at(-1)?.text]).toEqual(['某县融媒体中心', ['李四'], '某县今年茶叶产量增长一成。']);
  });

  it('joins a dateline printed alone on its line to the sentence under it', () => {
    const [article] = segment('某县茶叶丰收 标题\n\n本报讯（记者 王五）\n\n某县今年茶叶产量增长一成。');
    expect([article?.bylines, article?.paragraphs.map((p) => p.text)]).toEqual([['记者 王五'], ['某县茶叶丰收 标题', '某县今年茶叶产量增长一成。']]);
  });
});

describe('segmentSource: roundups of short reports', () => {
  const titles = (page: string) => segment(page).map((a) => a.title);
  const brief = (place: string) => `${place}今年新建项目十个，完成投资两亿元，带动就业三百人。`;

  it('makes one article of each place-led report under a collection heading, credits and all', () => {
    const page = [
      '乡镇传真',
      '甲镇：茶园扩面增效', `${brief('甲镇')}（记者 王五 通讯员 赵六）`,
      '乙乡：民宿提质升级', `${brief('乙乡')}（记者 钱七）`,
      '丙村：电商助农增收', `${brief('丙村')}（通讯员 孙八）`,
    ].join('\n\n');
    const articles = segment(page);
    expect(articles.map((a) => [a.title, a.bylines])).toEqual([
      ['甲镇：茶园扩面增效', ['记者 王五 通讯员 赵六']],
      ['乙乡：民宿提质升级', ['记者 钱七']],
      ['丙村：电商助农增收', ['通讯员 孙八']],
    ]);
    expect(articles[1]?.paragraphs.map((p) => p.text)).toEqual(['乙乡：民宿提质升级', brief('乙乡')]);
  });

  it('splits briefs whose headings open with different places, though none is credited', () => {
    const page = ['甲镇：茶园扩面增效', brief('甲镇'), '乙乡：民宿提质升级', brief('乙乡')].join('\n\n');
    expect(titles(page)).toEqual(['甲镇：茶园扩面增效', '乙乡：民宿提质升级']);
  });

  it('splits briefs led by a county’s short name when at least half the headings name theirs with a suffix', () => {
    const page = [
      '县市区快讯（第42期）',
      '甲安：政务服务“掌上办”跑出加速度', brief('甲安县'),
      '九河镇：旅游带旺山乡经济', brief('九河镇'),
      '乙山：高标准农田完成建设', brief('乙山县'),
      '丙州镇：产业园签约项目7个', brief('丙州镇'),
    ].join('\n\n');
    expect(titles(page)).toEqual(['甲安：政务服务“掌上办”跑出加速度', '九河镇：旅游带旺山乡经济', '乙山：高标准农田完成建设', '丙州镇：产业园签约项目7个']);
  });

  it('splits briefs under locator tags (【地区·县】), whatever follows the tag', () => {
    const page = [
      '市州速递丨甲县春茶开采 乙镇游客升温',
      '【遵义·湄潭】湄潭：春茶开采 茶农增收', brief('湄潭县'),
      '【黔东南·雷山】西江千户苗寨：游客量增长两成', brief('西江镇'),
      '【毕节·威宁】冷凉蔬菜扩面增效', brief('二塘镇'),
    ].join('\n\n');
    expect(titles(page)).toEqual(['【遵义·湄潭】湄潭：春茶开采 茶农增收', '【黔东南·雷山】西江千户苗寨：游客量增长两成', '【毕节·威宁】冷凉蔬菜扩面增效']);
  });

  it('keeps sections under tags that name no place as one article', () => {
    const page = ['某县服务提速', '【一个窗口】集成服务', brief('全县'), '【一支队伍】帮办代办', brief('全县')].join('\n\n');
    expect(segment(page)).toHaveLength(1);
  });

  it('splits reports that each close with their own source, whatever their headings say', () => {
    const page = ['茶园扩面增效', `${brief('甲镇')}（来源：甲镇融媒体中心）`, '民宿提质升级', `${brief('乙乡')}（来源：乙乡融媒体中心）`].join('\n\n');
    expect(segment(page).map((a) => [a.title, a.outlet])).toEqual([
      ['茶园扩面增效', '甲镇融媒体中心'],
      ['民宿提质升级', '乙乡融媒体中心'],
    ]);
  });

  it.each([
    ['bulleted section headings of one article', ['某县服务提速 成效显著', '◆一个窗口 集成服务', brief('全县'), '◆一支队伍 帮办代办', brief('全县')]],
    ['numbered sections, though each opens with a place', ['某县发展报告', '一、甲镇：茶园扩面', brief('甲镇'), '二、乙乡：民宿提质', brief('乙乡')]],
    ['place-led sections longer than a brief', ['甲镇：茶园扩面增效', brief('甲镇'), brief('甲镇'), brief('甲镇'), brief('甲镇'), '乙乡：民宿提质升级', brief('乙乡')]],
    ['sections that open with the same place', ['甲镇：茶园扩面增效', brief('甲镇'), '甲镇：民宿提质升级', brief('甲镇')]],
    ['sections led by short words, none a suffixed place', ['某县服务提速', '强管理：提质效', brief('全县'), '优服务：暖人心', brief('全县'), '抓落实：见成效', brief('全县')]],
    ['place-led sections of an article signed by its own byline', ['某县乡村振兴见闻', '记者 王五', '甲镇：茶园扩面增效', brief('甲镇'), '乙乡：民宿提质升级', brief('乙乡')]],
  ])('keeps %s as one article', (_case, blocks) => {
    expect(segment(blocks.join('\n\n'))).toHaveLength(1);
  });
});

describe('segmentSource: notes and credits around the lead', () => {
  it('puts an editor’s note printed above a headline with the article under it, not in an article of its own', () => {
    const page = '编者按：本报今起推出县域专栏。\n\n甲县：审批进入快车道\n\n本报记者 王五\n\n今年以来，甲县项目审批时限平均压缩四成。';
    const articles = segment(page);
    expect(articles.map((a) => a.title)).toEqual(['甲县：审批进入快车道']);
    expect(articles[0]?.paragraphs.map((p) => p.role)).toEqual(['title', 'heading', 'body']);
  });

  it('takes a bracketed credit before the lead off it, into the bylines', () => {
    const [article] = segment('某县乡村振兴 成效明显\n\n（记者 王五）某县今年农民收入增长百分之七。');
    expect([article?.bylines, article?.paragraphs.at(-1)?.text]).toEqual([['记者 王五'], '某县今年农民收入增长百分之七。']);
  });

  it('reads a page line of date, page number and section name as the page’s masthead', () => {
    const [article] = segment('某某日报\n2022年11月02日 第A4版 县域经济\n\n某县乡村振兴 成效明显\n\n今年，某县农民收入增长百分之七。');
    expect([article?.title, article?.date, article?.outlet]).toEqual(['某县乡村振兴 成效明显', '2022-11-02', '某某日报']);
  });
});
