import { describe, expect, it } from 'vitest';
import { findNonGoverningContext } from '../../../src/core/locality/is-governing';
import { measureAdditivity } from '../../helpers/measure-growth';

describe('findNonGoverningContext', () => {
  it.each([
    ['a place inside a document title', '印发《湖北省优化营商环境方案》', '湖北省', 'qualifier'],
    ['a place after a closed title', '《方案》印发后，湖北省推进改革', '湖北省', null],
    ['a place naming a company', '湖北港显新能源科技有限公司', '湖北', 'qualifier'],
    ['a neighbour', '东邻郧西县', '郧西县', 'neighbour'],
    ['a name inside a short quoted slogan', '醴陵是“中国瓷城”，现有陶瓷企业680余家', '国瓷', 'qualifier'],
    ['a place filling its quotation marks', '走进“郧西县”的故事', '郧西县', null],
    ['a place inside quoted speech', '“今年我们在郧西县新建厂房3栋，明年再建5栋。”他说', '郧西县', null],
    ['the standard of a gap in points', '增速高于全省1.1个百分点', '全省', 'neighbour'],
    ['a whole-area standard after its name', '高于甘肃全省平均水平2.5个百分点', '全省', 'neighbour'],
    ['a standard’s own level right after it', '领先于南通60%的平均完成水平', '南通', null],
    ['the point a distance is measured from', '镇中心距嘉积镇约18公里', '嘉积镇', 'neighbour'],
    ['that point named inside a larger place', '镇中心距琼海市区嘉积镇约18公里', '嘉积镇', 'neighbour'],
    ['a place after 离 with words between, which is no distance', '离不开桃源镇这些年修的路，全镇新修公路18公里', '桃源镇', null],
  ])('reads %s', (_, text, name, expected) => {
    const start = text.indexOf(name);
    expect(findNonGoverningContext(text, start, start + name.length)).toBe(expected);
  });

  it('costs the same for a place at the end of a long paragraph as for one alone', () => {
    // 2,000 mentions after 200,000 characters with no 《: a backward search to the paragraph's start
    // for every mention would make this hundreds of times slower than the two parts apart.
    const mentions = '张湾区增长，'.repeat(2_000);
    const checkAll = (text: string): void => {
      for (let at = text.indexOf('张湾区'); at >= 0; at = text.indexOf('张湾区', at + 3)) findNonGoverningContext(text, at, at + 3);
    };
    expect(measureAdditivity('甲'.repeat(200_000), mentions, checkAll, 4)).toBeLessThan(4);
  });
});
