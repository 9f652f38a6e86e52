import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/core/locality/gazetteer';
import { resolveArticlePlaces } from '../../src/core/locality/resolve-article-places';
import { loadGazetteer } from '../../scripts/load-gazetteer';
import { makeArticle, positionOf } from '../core/locality/make-article';

// The real package: its load time is budgeted in scripts/bench.ts, not here.
let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

describe('loadGazetteer', () => {
  it('loads provinces, prefectures, counties and townships', () => {
    expect(gazetteer.size).toBeGreaterThan(40_000);
    expect(gazetteer.byCode('420000')?.name).toBe('湖北省');
  });

  it('hangs counties of municipalities and province-administered cities on the province', () => {
    expect(gazetteer.ancestorsOf('110101').map((d) => d.name)).toEqual(['北京市']);
    expect(gazetteer.ancestorsOf('429004').map((d) => d.name)).toEqual(['湖北省']);
  });

  it.each([
    ['442000118', ['广东省', '中山市']], // 小榄镇 of 中山, a prefecture city with no counties
    ['441900003', ['广东省', '东莞市']],
    ['460400100', ['海南省', '儋州市']],
    ['620201001', ['甘肃省', '嘉峪关市']],
  ])('hangs the towns of a city without counties on the city itself (%s)', (code, chain) => {
    expect(gazetteer.ancestorsOf(code).map((d) => d.name)).toEqual(chain);
  });

  it('knows the national new areas the statistical codes leave out, under the division that runs them', () => {
    const [xixian] = gazetteer.byFullName('西咸新区');
    expect(xixian).toMatchObject({ level: 'zone' });
    expect(gazetteer.ancestorsOf(xixian?.code ?? '').map((d) => d.name)).toEqual(['陕西省', '西安市']);
    const [fengxi] = gazetteer.byFullName('沣西新城');
    expect(gazetteer.ancestorsOf(fengxi?.code ?? '').map((d) => d.name)).toEqual(['陕西省', '西安市', '西咸新区']);
    expect(gazetteer.ancestorsOf(gazetteer.byFullName('两江新区')[0]?.code ?? '').map((d) => d.name)).toEqual(['重庆市']);
  });

  it('gives a report on a new area’s new town that town, not its province', () => {
    const result = resolveArticlePlaces(makeArticle('沣西新城：“标准地”助项目加速', ['西咸新区沣西新城今年出让标准地12宗。']), [], gazetteer);
    expect(result.places.find((p) => p.id === result.article.placeId)?.path).toEqual(['陕西省', '西安市', '西咸新区', '沣西新城']);
  });

  it('never lets a list of towns read in different counties carry a figure above the article’s place', () => {
    const article = makeArticle('宾川县水果电商销量增长', [
      '记者从云南省大理白族自治州宾川县获悉，今年一季度，宾川县通过电商渠道销售水果4.6万吨。',
      '宾川县是云南重要的水果产区。近年来，当地在金牛镇、州城镇等地建设冷链仓储设施26座。',
    ]);
    const result = resolveArticlePlaces(article, [positionOf(article, 1, '26座')], gazetteer);
    expect(result.places.find((p) => p.id === result.figures[0]?.placeId)?.name).toBe('宾川县');
  });

  it('reads statistical zones as zones', () => {
    expect(gazetteer.byCode('130172')).toMatchObject({ name: '石家庄循环化工园区', level: 'zone' });
  });

  it.each([
    ['湖北省十堰市郧西县城关镇新建窗口', 'cn-420322100', '湖北省十堰市郧西县城关镇'],
    ['辽宁省沈阳市辽中区蒲西街道服务居民', 'cn-210115001', '辽宁省沈阳市辽中区蒲西街道'],
    ['四川绵竹推进教育改革', 'cn-510683', '四川省德阳市绵竹市'],
    ['浙江杭州余杭区优化服务', 'cn-330110', '浙江省杭州市余杭区'],
    ['芷江县发展旅游', 'cn-431228', '湖南省怀化市芷江侗族自治县'],
    ['芜湖经开区新签项目', 'cn-340271', '安徽省芜湖市芜湖经济技术开发区'],
    ['锡林郭勒盟正蓝旗那日图苏木牧民增收', 'cn-152530201', '内蒙古自治区锡林郭勒盟正蓝旗那日图苏木'],
    ['重庆市渝中区解放碑街道便民服务', 'cn-500103003', '重庆市渝中区解放碑街道'],
  ])('resolves the real chain %s', (title, id, fullName) => {
    const result = resolveArticlePlaces(makeArticle(title, ['工作见成效。']), [], gazetteer);
    expect(result.article.placeId).toBe(id);
    expect(result.places.find((p) => p.id === id)?.fullName).toBe(fullName);
  });

  it('keeps a township name found in 88 counties unresolved without context', () => {
    const result = resolveArticlePlaces(makeArticle('城关镇推进改革', ['改革见成效。']), [], gazetteer);
    expect(result.article.placeId).toBeNull();
  });
});
