import type { ScriptedLine } from '../types';

// Lines that belong to the web page or the newspaper page, not to the article. Each pattern is anchored
// on the whole line (or its start), so a sentence that merely mentions 来源 or 版权 stays.
// Patterns read simplified text: the stage runs after conversion.
const FURNITURE_LINES: readonly RegExp[] = [
  /^.{1,20}(?:\s*[>›»]\s*.{1,20}){2,}$/u, // breadcrumb: 首页 > 新闻 > 地方
  /^(?:发布时间|发布日期|发稿时间|更新时间|时间|日期|来源|稿源|作者|编辑|责任编辑|责编|审核|校对|浏览次数|点击数|阅读数)\s*[:：]/u,
  /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?/u, // a bare timestamp line
  /^[（(\[【]\s*(?:责编|责任编辑|编辑|审核|校对|来源)\s*[:：].{0,30}[)）\]】]$/u, // (责编:李文治)
  /版权声明|版权所有|copyright|©|未经(?:本网|本站)?(?:书面)?授权|ICP备|公网安备|违法和不良信息举报/iu,
  /^(?:分享到|分享|扫一扫|扫码|打印本页|打印|关闭窗口|关闭|返回顶部|收藏|点赞|评论|我要评论|网友评论|【\s*字号|字号\s*[:：]|上一篇|下一篇|相关新闻|相关阅读|推荐阅读|热点推荐)(?:[\s:：].{0,30})?$/u,
  /^(?:美术编辑|版式设计|排版|照排|组版|主办|承办|协办|主管|主办单位|承办单位|主管单位|技术支持|联系电话|联系我们|联系方式|传真|邮编|地址|网站标识码|网站地图)\s*[:：]/u, // page and site credits
  /^(?:[【\[]\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏|加入收藏|字体|字号)[^】\]]{0,12}[】\]]\s*)+$/u, // 【打印本页】【关闭窗口】
  /^[^|｜]{1,12}(?:\s*[|｜]\s*[^|｜]{1,12}){3,}$/u, // site menu: 首页 | 政务公开 | 政务服务 | 互动交流
  /文明上网[、，,\s]*理性发言|^发表评论|验证码\s*[:：]|登录\s*[|｜/]\s*注册|已有\s*\d+\s*条评论/u, // comment box
  // A related-links entry: a headline then its date, no stop between (·某县召开推进会 2023-07-12).
  /^[^。！？!?]{4,80}?[\s(（\[]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[)）\]]?$/u,
  // A newspaper page header: 2023年6月15日 星期四 / 第3版 / A3 / 03 / 县区新闻 / 综合新闻 A2.
  /^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天](?:\s.{0,20})?$/u,
  /^(?:第\s*\d{1,2}\s*版|[A-Z]\d{1,2}|\d{2})$/u,
  /^(?:(?:第\s*\d{1,2}\s*版|[A-Z]?\d{1,2})\s*)?.{0,4}(?:新闻|要闻|专版|专刊|副刊)(?:\s*(?:第\s*\d{1,2}\s*版|[A-Z]?\d{1,2}))?$/u,
];

/** True when the line is page furniture: a site menu or breadcrumb, a page header, a dateline, credits, a comment box, related links, a footer. */
export function isPageFurniture(text: string): boolean {
  return text.length <= 160 && FURNITURE_LINES.some((pattern) => pattern.test(text));
}

/** Blanks out page-furniture lines (kept as blank lines so paragraph breaks survive). */
export function dropPageFurniture(lines: readonly ScriptedLine[]): ScriptedLine[] {
  return lines.map((line) =>
    isPageFurniture(line.text) ? { ...line, text: '', original: '', toOriginal: [0], changed: 0 } : line,
  );
}
