import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures/find-figures';

const texts = (text: string) => findFigures(text).map((f) => f.text);

describe('findFigures: what is never a figure', () => {
  it.each([
    ['a year', '2021年投入使用。'],
    ['a month', '5月初开工建设。'],
    ['a month and day', '于3月18日签约。'],
    ['a year in characters', '二〇二三年启动。'],
    ['an abbreviated year before a month', '23年6月完工。'],
    ['a reign-era year', '清光绪三十四年建成。'],
    ['a reign-era year glossed in digits', '明永乐二年（1404年）设立。'],
    ['a year glossed before the common era', '秦始皇二十六年（前221年）置郡。'],
    ['a gloss of a year below one thousand', '唐开元十年（722年）始建。'],
    ['a season', '一季度开门红。'],
    ['a time of day', '发布时间:2023-05-22 16:29:00。'],
    ['a day of the month after 至', '会议于9月20日至22日举行。'],
    ['an ordinal', '第八届樱桃节开幕。'],
    ['a rank', '跻身全省前三名。'],
    ['a move in a ranking', '综合排名较上年上升4位。'],
    ['the base of a comparison', '较十年前明显改善，比3个月前有所回升。'],
    ['an edition of a project', '二期工程启动。'],
    ['an anniversary', '迎来建校60周年。'],
    ['a route', '开通7路公交。'],
    ['an address', '位于长安路88号。'],
    ['a road code', '沿G210国道。'],
    ['a hotline', '拨打12345政务热线反映。'],
    ['a formula', '构建“1+N”政策体系。'],
    ['a formula without quotes', '党建+1234工作法。'],
    ['a quoted slogan', '开展“三办”服务。'],
    ['a count inside a quoted name', '推行“五个一”工作机制。'],
    ['a count inside a title', '印发《三年行动方案20条》。'],
    ['a numbered slogan', '增强四个意识，坚定四个自信，做到两个维护。'],
    ['a heading enumeration', '◆三项建设夯实基础'],
    ['a measure word followed by a numeral', '坚持三位一体。'],
    ['an idiom of paired numerals', '三天两头上门。'],
    ['一 as an article', '这是变化的一个典型，对接一家龙头企业，提供一站式服务。'],
    ['一次 as an idiom', '推行一次办好。'],
    ['一 + a time word after a determiner', '那是9月的一天，这一年也是丰收年。'],
    ['a bare 百 or 千', '百年大计，千家万户。'],
    ['a planning period', '十四五期间。'],
    ['a place named with a numeral', '三台县九台区。'],
    ['a street named with a numeral and one more character', '三台子街道按时办结率较低。'],
    ['a phase of the facility named before it', '白茶文化产业园二期征地进展顺利。'],
    ['分 after a Chinese numeral, an adverb', '这项工作十分重要，三分靠政策。'],
    ['the minutes of a time of day', '五月十二日14时28分，这里是震中。'],
    ['a programme named with a duration', '实施三年行动计划。'],
    ['a share idiom', '一成不变。'],
    ['a progression on both sides of 比', '日子一天比一天好，游客一年比一年多。'],
    ['a numeral that opens a noun after a measure word', '引进汽车零部件企业，占一部分。'],
    ['a number without a unit', '阳光100小区。'],
    ['a fixed term with a numeral', '优化三次产业结构。'],
    ['a rhetorical enumeration of aspects', '从三个方面入手。'],
    ['a recent span opening a clause', '近三年，全镇面貌一新。'],
    ['a past span opening a clause', '过去五年，城乡面貌巨变。'],
    ['a span with 来 opening a clause', '十年来，变化翻天覆地。'],
    ['a span with 间 opening a clause', '三年间，旧貌换新颜。'],
    ['a coming span opening a clause', '未来五年，将持续发力。'],
    ['the first months of a year opening a clause', '据统计，前4个月产值增长明显。'],
    ['a point in time opening a clause', '五年前，这里还是一片荒滩。'],
  ])('skips %s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });

  it.each([
    ['a literal count in Chinese numerals', '全乡七个村。', ['七个']],
    ['a duration starting with 一', '备案仅用了一周。', ['一周']],
    ['livestock counted together', '存栏牛羊12万头只。', ['12万头只']],
    ['a figure after an ordinal', '第二批5个试点村。', ['5个']],
    ['a figure after a year', '2021年村集体收入46万元。', ['46万元']],
    ['a day count with a cue', '审批压缩至5日。', ['5日']],
    ['a numeral after a noun ending in 点', '建成服务点三十二个。', ['三十二个']],
    ['a duration after 近 inside a clause', '审批时间近30天。', ['近30天']],
    ['a span with 来 inside a clause', '运行一年来成效明显。', ['一年']],
    ['a run of years', '连续5年稳居前列。', ['5年']],
    ['the points of a score', '金岭镇以得分92.6分位列第一。', ['92.6分']],
    ['a figure and its multiple, not the point in time it compares with', '村集体收入达到65万元，是三年前的两倍。', ['65万元', '两倍']],
    ['speech in quotes', '他说：“今年全村种植茶叶1200亩，户均增收5000元。”', ['1200亩', '5000元']],
  ])('keeps %s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});
