import { describe, expect, it } from 'vitest';
import { isAnecdote } from '../../../src/core/indicators/is-anecdote';

const anecdote = (text: string, figure: string, unit: string) => {
  const start = text.indexOf(figure);
  return isAnecdote({ text, start, end: start + figure.length, unit });
};

describe('isAnecdote', () => {
  it.each([
    ['a person’s age', '张进顺今年53岁，是村里的致富带头人。', '53岁', '岁'],
    ['an age before the person', '家住桂城街道的黄伯今年72岁。', '72岁', '岁'],
    ['a family’s shop', '他家的门面只有5平方米。', '5平方米', '平方米'],
    ['a person addressed by surname', '王女士说，开店的材料只要4份。', '4份', '份'],
    ['a speaker’s own words', '“以前种50亩地要请4个帮工，现在我一个人就管得过来。”', '50亩', '亩'],
  ])('marks %s', (_name, text, figure, unit) => {
    expect(anecdote(text, figure, unit)).toBe(true);
  });

  it.each([
    ['an age threshold', '全镇60岁以上老年人3200人。', '60岁', '岁'],
    ['the publisher’s own voice', '今年我县新增就业2300人。', '2300人', '人'],
    ['officials speaking for a body', '“我们今年走访企业104家。”', '104家', '家'],
    ['a plain report', '全县建成5G基站186个。', '186个', '个'],
  ])('does not mark %s', (_name, text, figure, unit) => {
    expect(anecdote(text, figure, unit)).toBe(false);
  });
});
