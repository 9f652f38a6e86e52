/**
 * The words of page furniture, as data: what a web portal, an e-paper or a wire digest prints around an
 * article. The classifier (classify-furniture.ts) reads a line's shape first — length, stops, separators,
 * digits — and uses these words only to say which kind of furniture a furniture-shaped line is. Words
 * are simplified: the classifier runs after conversion. Add rows here, not branches there.
 */

/** What a furniture line is. Segmentation reads dates and outlets from the kinds that carry them. */
export const FURNITURE_KINDS = [
  'masthead', //    中山日报 2024年03月12日 第A03版：要闻 / 新华社地方新闻稿 2024年4月2日 / 某市人民政府门户网站
  'page-label', //  第A03版：要闻 / 版面导航 | 上一版 | 下一版 / A3 / 综合新闻
  'page-date', //   2023年6月15日 星期四
  'publication', // 发布时间：2023-05-22 来源：人民网 作者：张三
  'timestamp', //   2023-05-22 16:29:00
  'breadcrumb', //  当前位置：首页 > 新闻 > 地方
  'menu', //        首页 | 新闻 | 政务 | 服务
  'search', //      请输入关键字 搜索
  'counter', //     阅读次数：1385
  'share', //       分享到：微信 微博 QQ空间
  'tools', //       【打印本页】【关闭窗口】 字体：大 中 小
  'related', //     相关链接 / · 某县召开推进会 2023-07-12 / 上一篇：…
  'comment', //     文明上网 理性发言 / 发表评论 验证码
  'credit', //      责任编辑：李四 / 本版责编：陈晓东 美编：李丹
  'footer', //      版权所有 / ICP备 / 主办单位：… 地址：…
  'issuer', //      宜宾市统计局 — the body that signs a bulletin or report, above its date
] as const;
export type FurnitureKind = (typeof FURNITURE_KINDS)[number];

/** Kinds whose lines carry the article's date or outlet. */
const METADATA_KINDS = ['masthead', 'page-date', 'publication', 'timestamp', 'issuer'] as const satisfies readonly FurnitureKind[];
export type MetadataKind = (typeof METADATA_KINDS)[number];

/** True for a kind of furniture line that carries the article's date or outlet. */
export function isMetadataKind(kind: FurnitureKind | null): kind is MetadataKind {
  return (METADATA_KINDS as readonly (FurnitureKind | null)[]).includes(kind);
}

/**
 * Labels printed before a colon (发布时间：…), by the kind of line they open. A line opening with one is
 * that kind of furniture; further labels on the same line are read as fields of it.
 */
export const FIELD_LABELS: Readonly<Partial<Record<FurnitureKind, readonly string[]>>> = {
  publication: [
    '发布时间', '发布日期', '发稿时间', '发表时间', '发表日期', '更新时间', '时间', '日期',
    '来源', '稿源', '信息来源', '文章来源', '新闻来源', '出处', '作者', '撰稿', '供稿', '撰稿人',
    // A press conference's record opens with its own fields: 时间：… 地点：… 发布人：…
    '地点', '会议地点', '发布人', '发布嘉宾', '出席嘉宾', '嘉宾',
    // A 政务公开 page's catalogue table: 索引号：… 发布机构：… 发文日期：… 名称：…
    '索引号', '发布机构', '发文机构', '发文机关', '发文日期', '成文日期', '生成日期', '主题分类', '组配分类', '体裁分类',
    '文号', '发文字号', '有效性', '时效性', '所属机构', '公开方式', '公开范围', '公开时限', '公文种类', '服务对象',
  ],
  // 附件：某某统计表 — a document's attachment, named under its text: a link, never a headline.
  related: ['上一篇', '下一篇', '上一条', '下一条', '附件', '相关附件', '附件下载'],
  counter: ['浏览次数', '阅读次数', '编辑次数', '点击数', '点击量', '点击次数', '阅读数', '阅读量', '浏览量', '访问量', '访问次数', '浏览', '阅读', '点击'],
  credit: [
    '编辑', '责任编辑', '责编', '本版责编', '本版编辑', '值班编辑', '审核', '审校', '审读', '校对', '终审', '初审', '美编',
    '美术编辑', '版式设计', '版式', '排版', '照排', '组版', '监制', '制作', '统筹', '策划',
  ],
  footer: [
    '主办', '承办', '协办', '主管', '主办单位', '承办单位', '主管单位', '技术支持', '联系电话', '电话', '联系我们',
    '联系方式', '传真', '邮编', '地址', '网站标识码', '网站地图', '备案号', '邮箱', '电子邮箱', '投稿邮箱', '新闻热线',
  ],
  tools: ['字号', '字体'],
};

/** Labels that may stand without a colon before their value (发表于 2023-05-22, 来源 新华网). */
export const BARE_LABELS: readonly string[] = ['发表于', '发布于', '来源', '作者'];

/**
 * Words that make up furniture lines of each kind when a line is cut into short tokens (分享到 | 微信 | 微博).
 * A line whose tokens are all such words (or empty) is that kind; the kind with most tokens wins.
 */
export const FURNITURE_WORDS: Readonly<Partial<Record<FurnitureKind, readonly string[]>>> = {
  'page-label': [
    '版面导航', '上一版', '下一版', '上一期', '下一期', '返回目录', '本版目录', '本版标题', '标题导航', 'PDF下载', 'PDF', '下载PDF',
    '往期回顾', '往期', '数字报', '电子版', '版面', '目录', '放大', '缩小', '全屏', '版面概览', 'PDF版', 'PDF版本', '图片版', '文字版',
    '读报', '在线读报', '报纸检索', '往期报纸',
  ],
  search: ['请输入', '请输入关键字', '请输入关键词', '请输入搜索内容', '搜索', '检索', '高级搜索', '高级检索', '站内搜索', '全文检索', '关键字', '关键词', '查询',
    '全站搜索', '进入词条', '搜索词条', '帮助'],
  share: ['分享到', '分享', '微信', '微博', '新浪微博', '腾讯微博', '朋友圈', 'QQ空间', 'QQ', '扫一扫', '扫码', '二维码', '一键分享', '转发', '手机看', '复制链接', '抖音', '人民号', '手机打开', '在手机打开', '当前页', '手机版',
    '关注我们', '点击蓝字关注我们', '点击蓝字', '点击上方蓝字', '关注', '星标', '点击关注', '阅读原文', '在看', '长按识别二维码', '扫码关注', '推荐', '收藏'],
  tools: [
    '打印本页', '打印', '打印文章', '关闭窗口', '关闭', '关闭本页', '返回顶部', '顶部', '收藏', '加入收藏', '收藏本页', '设为首页', '点赞',
    '纠错', '我要纠错', '大', '中', '小', '大字号', '中字号', '小字号', '字号大小', '默认', '保存', '保存本页', '字号', '字体', '【大】', '【中】', '【小】', '繁体', '简体', '繁體', '无障碍', '无障碍浏览', '长者模式', '适老化', '返回', '返回首页', '电脑版', '触屏版', 'English',
    // An encyclopedia's buttons beside each section heading (编辑 播报) and under the entry's name (编辑 讨论 上传视频).
    '编辑', '播报', '讨论', '上传视频', '编辑播报',
  ],
  related: [
    '相关新闻', '相关阅读', '相关链接', '相关文章', '相关报道', '推荐阅读', '热点推荐', '延伸阅读', '热门文章', '热门推荐', '精彩推荐',
    '往期推荐', '往期精彩', '相关推荐', '更多', '更多>>', '点击排行', '图片新闻', '猜你喜欢', '为你推荐', '热点新闻', '最新新闻',
    // An e-paper's list of the page's own headlines, above the articles themselves.
    '本版新闻', '本版导读', '本版要目', '本期导读', '本版文章',
  ],
  comment: ['文明上网', '理性发言', '发表评论', '我要评论', '网友评论', '参与互动', '验证码', '登录', '注册', '提交', '评论', '留言', '我要留言', '匿名发表'],
  menu: [
    '首页', '网站首页', '新闻', '新闻中心', '要闻', '要闻动态', '政务', '政务公开', '信息公开', '政府信息公开', '政务服务', '办事服务', '服务',
    '国内', '国际', '地方', '财经', '科技', '体育', '娱乐', '社会', '军事', '教育', '健康', '文化', '旅游', '汽车', '房产', '时政', '视频', '图片',
    '网站导航', '互动', '互动交流', '政民互动', '数据开放', '专题专栏', '专题', '走进', '概况', '领导之窗', '机构设置', '通知公告', '政策文件', '政策解读',
  ],
};

/** Footer phrases strong enough to mark even a full sentence: a copyright or licence notice. */
export const NOTICE_PHRASES: readonly string[] = ['版权所有', '版权声明', 'copyright', '©', 'ICP备', 'ICP证', '公网安备', '违法和不良信息举报', '不良信息举报'];

/**
 * Phrases that mark a line as furniture wherever they stand in it, as long as the line is short and
 * furniture-shaped (not a sentence). Kept few and specific: they must never occur in reporting prose.
 */
export const FURNITURE_PHRASES: Readonly<Partial<Record<FurnitureKind, readonly string[]>>> = {
  footer: ['分辨率', '网站地图', '联系我们', '关于我们'],
  breadcrumb: ['当前位置', '您的位置', '您当前的位置', '您现在的位置', '所在位置', '现在位置'],
  comment: ['文明上网', '理性发言', '条评论', '发表评论', '验证码'],
  search: ['请输入'],
  share: ['分享到'],
  credit: ['本版图片', '图片由', '本版摄影'],
  'page-label': ['上一版', '下一版', '版面导航'],
};

/** A name that ends like a publisher's: a paper, a wire, a station, a site. 中山日报 / 新华社 / 东莞市人民政府门户网站. */
export const OUTLET_SUFFIXES: readonly string[] = [
  '日报', '晚报', '早报', '时报', '商报', '导报', '快报', '周报', '都市报', '报', '报社', '通讯社', '社', '新闻网', '网', '网站',
  '门户网站', '政府网', '电视台', '广播电视台', '融媒体中心', '新闻中心', '新闻稿', '稿件', '频道', '客户端', '杂志', '期刊',
  // An e-paper's masthead: 宣城日报电子版, 某某日报数字报 (the paper is read off before it).
  '电子版', '数字报', '电子报', '数字版',
];

/**
 * How a website's name ends, in a browser-title or site-header line (某某镇_百度百科, 方志百科 · 某市地方志数据库):
 * the outlets' endings and the reference sites'.
 */
export const SITE_SUFFIXES: readonly string[] = [...OUTLET_SUFFIXES, '百科', '百科网', '数据库', '在线', '门户', '平台', '百科全书', '维基'];
/** Between the parts of such a line: 塘厦镇_百度百科 / 互动百科 — 全球最大中文百科网站 / 方志百科 · 眉山地方志数据库. */
export const SITE_TITLE_SEPARATOR = /\s*(?:_|[|｜]|·|[—–]{1,2}|\s-\s)\s*/u;

/** How the name of an issuing body ends: 某市统计局 / 国家统计局某地调查队 / 某县人民政府办公室. */
export const ISSUER_SUFFIXES: readonly string[] = ['局', '委员会', '委', '办公室', '办事处', '处', '办', '调查队', '队', '中心', '人民政府', '政府', '厅', '院', '会'];

/** Words of a newspaper page header naming its section: 要闻 / 综合新闻 / 县区新闻 / 专版. */
// 传真, 动态, 简讯 are left out on purpose: 区县传真 / 如皋简讯 head a collection of reports, which is
// article text (the title of a briefs column, or the heading a roundup is split under).
export const PAGE_SECTION_WORDS: readonly string[] = ['新闻', '要闻', '专版', '专刊', '副刊', '头版'];

/** Weekday marks of a page date: 星期四 / 周四. */
export const WEEKDAY = /(?:星期|礼拜|周)[一二三四五六日天]/u;
