import { describe, expect, it } from 'vitest';
import { hasHeadingMarks, isHeadingLike, parseByline } from '../../../src/core/segment/classify-line';

describe('parseByline', () => {
  it.each([
    ['记者 王五', ['记者 王五']],
    ['记者王五 通讯员赵六 钱七', ['记者 王五', '通讯员 赵六 钱七']],
    ['本报记者 欧阳明', ['本报记者 欧阳明']],
    ['文/图：张三', ['文/图 张三']],
    ['记者 王　五', ['记者 王五']],
    ['本报通讯员 王 五 记者 赵 六', ['本报通讯员 王五', '记者 赵六']],
    ['某某在线记者 罗静', ['某某在线记者 罗静']],
    ['新华社记者 王五 赵六', ['新华社记者 王五 赵六']],
  ])('reads %s', (line, expected) => {
    expect(parseByline(line)).toEqual(expected);
  });

  it.each(['文明城市创建工作', '记者在现场看到，工人们正在施工。', '通讯员队伍建设的若干经验与做法总结'])(
    'does not mistake %s for a byline',
    (line) => {
      expect(parseByline(line)).toBeNull();
    },
  );
});

describe('isHeadingLike and hasHeadingMarks', () => {
  it.each([
    ['a two-phrase headline', '党旗飘扬 项目建设', true, true],
    ['a bulleted section heading', '◆一个主题 党建激发活力', true, true],
    ['a headline led by a place and colon', '某某镇：推行新机制', true, false],
    ['a numbered section heading', '一、2022年工作回顾', true, true],
    ['a section heading numbered in brackets', '（二）主要目标', true, true],
    ['a numbered sentence cut mid-clause', '一、坚持党建引领，全面推进', false, false],
    ['a sentence cut mid-clause', '在阵地建设上，按照要求的原', false, false],
    ['a finished sentence', '项目进展顺利。', false, false],
  ])('reads %s', (_, line, headingLike, marked) => {
    expect(isHeadingLike(line)).toBe(headingLike);
    expect(hasHeadingMarks(line)).toBe(marked);
  });
});
