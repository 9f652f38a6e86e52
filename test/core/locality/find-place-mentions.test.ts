import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '../../../src/core/locality/find-place-mentions';
import { makeGazetteer } from '../../helpers/make-gazetteer';

const gazetteer = makeGazetteer();
const found = (text: string) => findPlaceMentions(text, 2, gazetteer).map((m) => [m.text, m.form, m.governing]);

describe('findPlaceMentions', () => {
  it.each([
    ['湖北省十堰市郧西县新建窗口。', [['湖北省', 'full', true], ['十堰市', 'full', true], ['郧西县', 'full', true]]],
    ['郧西新建窗口。', [['郧西', 'short', true]]],
    ['恩施州咸丰县开工。', [['恩施州', 'short', true], ['咸丰县', 'full', true]]],
  ])('finds the names in %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads a short name with a village’s suffix as the village named after the place, not the place', () => {
    expect(found('忠堡镇统计，忠堡村、朝阳寺社区新建窗口。').map(([name]) => name)).toEqual(['忠堡镇']);
    expect(found('忠堡村民增收。').map(([name]) => name)).toEqual(['忠堡']);
  });

  it.each([
    ['a company name', '湖北某新材料有限公司投产。', '湖北'],
    ['a road', '南通路改造完成。', '南通'],
    ['a destination', '干部赴南通学习。', '南通'],
    ['an origin', '游客从南通出发。', '南通'],
    ['a list of destinations', '赴十堰、襄阳等地招商。', '襄阳'],
    ['a document title', '印发《郧西县改革方案》。', '郧西县'],
    ['a neighbour between 与 and a boundary verb', '咸丰县西与郧西县接壤。', '郧西县'],
    ['a neighbour after a direction and 邻', '咸丰县东邻汉阴县。', '汉阴县'],
    ['the second of two neighbours listed after 北接', '咸丰县北接汉阴县、郧西县。', '郧西县'],
    ['the point a distance is measured from', '县城距十堰市区约30公里。', '十堰市'],
    ['a dateline', '本报十堰5月3日电 记者获悉。', '十堰'],
    ['a news outlet', '十堰日报讯 记者获悉。', '十堰'],
    ['the first of the prefectures listed before 等州（市）', '十堰、恩施等州（市）开工面积均超过40万亩。', '十堰'],
    ['an example listed before 等 and a count', '在城关镇、忠堡镇等6个乡镇设点。', '城关镇'],
  ])('marks a place in %s as not governing', (_, text, name) => {
    expect(findPlaceMentions(text, 2, gazetteer).find((m) => m.text === name)?.governing).toBe(false);
  });

  it.each([
    ['the subject of a boundary sentence', '咸丰县西与郧西县接壤。', '咸丰县'],
    ['a place joined by 与 without a boundary verb', '咸丰县与郧西县签订协议。', '郧西县'],
    ['the source of the news after 从', '记者从郧西县获悉，项目开工。', '郧西县'],
    ['a place followed by a distance it does not measure from', '郧西县修建道路30公里。', '郧西县'],
  ])('keeps %s governing', (_, text, name) => {
    expect(findPlaceMentions(text, 2, gazetteer).find((m) => m.text === name)?.governing).toBe(true);
  });

  it('keeps a county named before a verb governing even when a company follows', () => {
    expect(found('咸丰县引进某公司。')).toEqual([['咸丰县', 'full', true]]);
  });

  it.each(['推进乡村振兴。', '城区道路改造。'])('finds no place in the ordinary words of %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
