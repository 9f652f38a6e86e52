import { describe, expect, it } from 'vitest';
import { stripLayoutSpaces } from '../../../src/core/clean/strip-layout-spaces';

describe('stripLayoutSpaces', () => {
  it.each([
    ['a justified line spaced character by character', '理 念 ， 深 入 开 展', '理念，深入开展'],
    ['a partly spaced line', '实现了药品的 “ 证 照 联', '实现了药品的“证照联'],
    ['spaces around a number', '由原来的 15 个工作日', '由原来的15个工作日'],
    ['a space before a percent sign', '满意率达到 96.8 %。', '满意率达到96.8%。'],
    ['a space before a book-title mark', '按照 《规划纲要》 要求', '按照《规划纲要》要求'],
    ['ideographic spaces and indentation', '\u3000\u3000今年以来', '今年以来'],
    ['a spaced run before a phrase, keeping the phrase apart', '全 面 推 进 改革发展', '全面推进 改革发展'],
    ['a line of spaces only', ' \u3000 \t ', ''],
    ['a spaced run that holds a number', '厂 房 12 万 平 方 米 ， 带 动', '厂房12万平方米，带动'],
    ['a spaced run that a number interrupts after two characters', '投 入 300 万 元 建 设', '投入300万元建设'],
  ])('removes %s', (_, input, expected) => {
    expect(stripLayoutSpaces(input)).toBe(expected);
  });

  it.each([
    ['a phrase space in a headline', '党旗飘扬 项目建设赋能发展'],
    ['spaces between names in a byline', '记者 王五 通讯员 赵六'],
    ['spaces between Latin words', 'Open Data 开放平台'],
    ['two single characters, too few for letter-spacing', '县 乡 振兴'],
    ['a padded name before a number, too few for letter-spacing', '记者 李 四 编号'],
  ])('keeps %s', (_, input) => {
    expect(stripLayoutSpaces(input)).toBe(input);
  });
});
