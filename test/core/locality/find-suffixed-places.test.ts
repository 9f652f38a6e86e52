import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '../../../src/core/locality/find-place-mentions';
import { findSuffixedPlaces } from '../../../src/core/locality/find-suffixed-places';
import { resolveMentions } from '../../../src/core/locality/resolve-mentions';
import { makeGazetteer } from '../../helpers/make-gazetteer';

const gazetteer = makeGazetteer();
/** Suffixed places of paragraphs (blocks 2…) as [block, name, parent]. */
function found(...paragraphs: string[]): [number, string, string | null][] {
  const blocks = ['', '', ...paragraphs];
  const mentions = resolveMentions(blocks.flatMap((text, block) => findPlaceMentions(text, block, gazetteer)), gazetteer, new Set(), blocks);
  return findSuffixedPlaces(blocks, mentions).map((p) => [p.block, p.text, p.parent?.text ?? null]);
}

describe('findSuffixedPlaces', () => {
  it.each([
    ['a village written after its town', ['大竹园镇柳林村种植茶叶。'], [[2, '柳林村', '大竹园镇']]],
    ['a village whose name ends in 山 after its town', ['大竹园镇北山村种植茶叶。'], [[2, '北山村', '大竹园镇']]],
    ['a one-character village after its town, then alone', ['大竹园镇余村发展民宿。', '余村是全镇的缩影。'], [[2, '余村', '大竹园镇'], [3, '余村', null]]],
    ['a village ending in 山 named with its town, then alone', ['大竹园镇北山村种植茶叶。', '北山村是试点村。'], [[2, '北山村', '大竹园镇'], [3, '北山村', null]]],
    ['a 嘎查 with a long Mongolian name', ['巴彦胡舒嘎查牧民增收。'], [[2, '巴彦胡舒嘎查', null]]],
    ['a residents’ committee written after its street', ['汉江路街道柳林路居委会加装电梯5台。'], [[2, '柳林路居委会', '汉江路街道']]],
    ['a residents’ committee named alone', ['在柳林路居委会，志愿者上门服务。'], [[2, '柳林路居委会', null]]],
    ['a village before its party branch', ['大竹园镇柳林村党支部组织活动。'], [[2, '柳林村', '大竹园镇']]],
    ['a village whose name ends in 村', ['大竹园镇竹村村发展民宿。'], [[2, '竹村村', '大竹园镇']]],
    ['a village whose name opens with 那', ['今年，那拉提村接待游客1.6万人次。'], [[2, '那拉提村', null]]],
    ['a village whose name holds 里', ['今年，八里庄村新建大棚30座。'], [[2, '八里庄村', null]]],
    ['a community named with its street’s short name, glued to it', ['忠堡镇今年新建便民服务站。', '忠堡东区社区满意率保持100%。'], [[3, '忠堡东区社区', '忠堡']]],
  ])('finds %s', (_, paragraphs, expected) => {
    expect(found(...paragraphs)).toEqual(expected);
  });

  it.each([
    ['a remote mountain village', '干部走访偏远山村。'],
    ['rural areas after a town', '大竹园镇按照乡村振兴要求推进。'],
    ['a count of villages', '全镇300余村完成改造。'],
    ['村里 after a verb', '说起村里的超市，大家很满意。'],
    ['社区 after a verb', '新增和改造社区便民网点。'],
    ['a one-character village never written after a town', '余村发展民宿。'],
    ['a count of residents’ committees', '街道下辖19个居委会。'],
    ['the committee of a community', '社区居委会组织志愿活动。'],
    ['a programme name in quotation marks', '镇里启动“幸福侨村”建设，新建公园3个。'],
    ['a zone programme in quotation marks', '大竹园镇创建“数字园区”，入驻企业9家。'],
    ['the province’s zones as a whole', '今年全省开发区营业收入增长8%。'],
    ['each zone', '各开发区新增项目20个。'],
    ['a verb of having before 村（居）', '全镇共有村（居）民小组68个。'],
    ['another verb of having', '另有村卫生室9个，卫生院1所。'],
    ['what a town governs', '该镇下辖社区23个。'],
    ['a kind of village after a bare verb of having', '大竹园镇有淘宝村32个。'],
    ['a kind of village a programme counts', '全县新增电商村5个、旅游村3个。'],
    ['a verb before the village party body', '组织村党组织书记“擂台比武”2场。'],
    ['a verb before the community party body', '加强社区党组织建设。'],
    ['the communities of a street, as a kind', '街道社区事务受理服务中心可办事项218项。'],
    ['村屯, the villages as a kind, after a verb', '新植村屯绿化带6.2公里。'],
  ])('finds no village in %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('findSuffixedPlaces work', () => {
  /** How many times a mention is looked at while finding the suffixed places of `blocks`. */
  function readsFor(blocks: string[]): number {
    const mentions = resolveMentions(blocks.flatMap((text, block) => findPlaceMentions(text, block, gazetteer)), gazetteer, new Set(), blocks);
    let reads = 0;
    const counted = mentions.map((mention) => new Proxy(mention, {
      get(target, key, receiver) {
        reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    }));
    findSuffixedPlaces(blocks, counted);
    return reads;
  }
  const VILLAGE = '大竹园镇柳林村种植茶叶。';
  const paragraphs = (count: number): string[] => ['', '', ...Array.from({ length: count }, () => VILLAGE)];
  const oneParagraph = (count: number): string[] => ['', '', VILLAGE.repeat(count)];

  // Counted, not timed: linear work looks 16 times as often for 16 times the text; looking at every
  // mention again for every paragraph or every suffix looks 256 times as often.
  it.each([
    ['paragraphs', paragraphs],
    ['villages in one paragraph', oneParagraph],
  ])('looks at each mention a bounded number of times, however many %s there are', (_, make) => {
    expect(readsFor(make(1600)) / readsFor(make(100))).toBeLessThan(24);
  });
});
