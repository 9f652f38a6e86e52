import { describe, expect, it } from 'vitest';
import { resolveArticlePlaces } from '../../../src/core/locality/resolve-article-places';
import type { ArticlePlaces, FigurePosition, ScriptedArticle } from '../../../src/core/types';
import { makeGazetteer } from '../../helpers/make-gazetteer';
import { makeArticle, positionOf } from './make-article';

const gazetteer = makeGazetteer();
const placeOf = (result: ArticlePlaces, id: string | null) => result.places.find((p) => p.id === id);
const articleName = (article: ScriptedArticle) => {
  const result = resolveArticlePlaces(article, [], gazetteer);
  return placeOf(result, result.article.placeId)?.fullName ?? null;
};

describe('resolveArticlePlaces: the article locality', () => {
  it.each([
    ['a full chain in the headline', makeArticle('湖北省十堰市郧西县推进审批改革', ['改革见成效。']), '湖北省十堰市郧西县'],
    ['a province short form chained to a city and a district', makeArticle('湖北襄阳樊城区优化服务', ['服务提速。']), '湖北省襄阳市樊城区'],
    ['a chain that skips the prefecture', makeArticle('江苏省如皋市稳就业', ['就业稳定。']), '江苏省南通市如皋市'],
    ['a short form whose full name the body gives', makeArticle('郧西提速审批', ['郧西县新设窗口。']), '湖北省十堰市郧西县'],
    ['an agency in the subtitle', makeArticle('服务无止境', ['该局开展活动。'], '汉滨区行政审批服务局纪实'), '陕西省安康市汉滨区'],
    ['the most-named place when the headline names none', makeArticle('干出好成绩', ['张湾区汉江路街道建设忙。', '汉江路街道新建项目。', '汉江路街道走访企业。']), '湖北省十堰市张湾区汉江路街道'],
    ['a county with towns named once each', makeArticle('发展提速', ['咸丰县加快建设。', '忠堡镇新建厂房。', '朝阳寺镇引进企业。', '咸丰县优化环境。']), '湖北省恩施土家族苗族自治州咸丰县'],
    ['a county short form used twice where the text speaks of 全县', makeArticle('咸丰发展提速', ['咸丰干部深入一线。', '全县新开工项目61个。']), '湖北省恩施土家族苗族自治州咸丰县'],
    ['a headline chain split by a phrase space', makeArticle('湖北省十堰市郧西县 城关镇：服务提速', ['窗口提速。']), '湖北省十堰市郧西县城关镇'],
    ['a county the headline names over its prefecture named in the lede and body', makeArticle('郧西县', ['郧西县，隶属湖北省十堰市，位于湖北省西北部、十堰市西部，东与张湾区相邻。', '郧西县地处山区。', '全县气候温和。', '十堰市交通便利。', '县城距十堰市区约70公里。']), '湖北省十堰市郧西县'],
    ['the province of a headline in its own voice (我省) when the body names one of its cities most', makeArticle('我省高标准农田建设提速', ['本报十堰5月3日电 今年我省新建农田。', '十堰市开工最多。', '十堰市完成投资。']), '湖北省'],
    ['the province a body summarises city by city without naming it', makeArticle('产业集群提质增效', ['今年以来，各地推动产业集群提质增效。', '十堰市新开工项目12个。', '襄阳市新建厂房8栋。', '恩施土家族苗族自治州引进企业6家。']), '湖北省'],
    ['the city named most when only two cities are compared', makeArticle('产业集群提质增效', ['十堰市新开工项目12个。', '十堰市完成投资。', '襄阳市新建厂房8栋。']), '湖北省十堰市'],
    ['a town its title glosses with the county it belongs to', makeArticle('大竹园镇（陕西省安康市汉滨区下辖镇）', ['大竹园镇位于汉滨区南部。', '大竹园镇辖12个村。']), '陕西省安康市汉滨区大竹园镇'],
    ['an autonomous prefecture written 州 alone', makeArticle('恩施州推进改革', ['改革见成效。']), '湖北省恩施土家族苗族自治州'],
    ['an autonomous prefecture written 州', makeArticle('恩施州咸丰县新建园区', ['园区开工。']), '湖北省恩施土家族苗族自治州咸丰县'],
  ])('finds %s', (_, article, expected) => {
    expect(articleName(article)).toBe(expected);
  });

  it.each([
    ['a county short form that is an ordinary word', makeArticle('博爱暖人心', ['志愿者送去博爱与温暖。'])],
    ['an ordinary word used twice with no county echo', makeArticle('博爱暖人心', ['志愿者送去博爱与温暖。', '全市涌现博爱人物。'])],
    ['城关镇 with no other place', makeArticle('城关镇推进改革', ['改革见成效。'])],
    ['钟楼街道 with no other place', makeArticle('钟楼街道服务群众', ['群众满意。'])],
  ])('leaves %s unresolved', (_, article) => {
    expect(articleName(article)).toBeNull();
  });

  it.each([
    ['a county before it', makeArticle('城关镇推进改革', ['郧西县城关镇新建窗口。']), '湖北省十堰市郧西县城关镇'],
    ['its county named elsewhere in the article', makeArticle('城关镇推进改革', ['近年来，汉阴县发展产业。', '城关镇新增企业。']), '陕西省安康市汉阴县城关镇'],
    ['its province and city named nearby', makeArticle('钟楼街道服务群众', ['钟楼街道位于甘肃省陇南市。']), '甘肃省陇南市武都区钟楼街道'],
  ])('resolves an ambiguous township by %s', (_, article, expected) => {
    expect(articleName(article)).toBe(expected);
  });

  it('reads a county short form repeated inside a word (自然资源局) as no place when the article names another province', () => {
    const withNamesake = makeGazetteer([['450000', '广西壮族自治区', 'province', null], ['450300', '桂林市', 'prefecture', '450000'], ['450329', '资源县', 'county', '450300']]);
    const article = makeArticle('深化改革见成效', ['自然资源局推进改革，全县办结业务。', '县自然资源局办结业务。', '郧西县政务服务提速。']);
    const result = resolveArticlePlaces(article, [], withNamesake);
    expect(placeOf(result, result.article.placeId)?.name).toBe('郧西县');
  });

  it('names a park the gazetteer lacks under the city written before it, with its short name as alias', () => {
    const article = makeArticle('海虹园区提速审批', ['江苏南通海虹科技产业园区新签项目5个。', '海虹园区走访企业。']);
    const result = resolveArticlePlaces(article, [], gazetteer);
    const park = placeOf(result, result.article.placeId);
    expect(park).toMatchObject({ name: '海虹科技产业园区', level: 'zone', code: null, parentId: 'cn-320600', fullName: '江苏省南通市海虹科技产业园区' });
    expect(park?.aliases).toContain('海虹园区');
  });

  it('settles an ambiguous town by the places its page names (another article, the paper)', () => {
    const page = [gazetteer.byCode('621200')].flatMap((d) => (d ? [d] : [])); // 陇南市
    const result = resolveArticlePlaces(makeArticle('钟楼街道服务群众', ['群众满意。']), [], gazetteer, page);
    expect(placeOf(result, result.article.placeId)?.fullName).toBe('甘肃省陇南市武都区钟楼街道');
    expect(resolveArticlePlaces(makeArticle('钟楼街道服务群众', ['群众满意。']), [], gazetteer).article.placeId).toBeNull();
  });

  it('reads an office named by its level in a headline as the page’s place at that level (a county’s portal)', () => {
    const page = [gazetteer.byCode('420322'), gazetteer.byCode('420322100')].flatMap((d) => (d ? [d] : [])); // 郧西县, 城关镇
    const article = makeArticle('县行政审批局推行“拿地即开工”', ['从取得土地到领取施工许可证由过去的60天压缩至7天。']);
    const result = resolveArticlePlaces(article, [], gazetteer, page);
    expect(placeOf(result, result.article.placeId)?.name).toBe('郧西县');
  });

  it('hangs a park an article names without its place on the page’s one county', () => {
    const page = [gazetteer.byCode('420322')].flatMap((d) => (d ? [d] : [])); // 郧西县, the portal's host
    const article = makeArticle('郧西工业园新签约项目11个', ['7月18日，郧西工业园举行集中签约活动，现场签约项目11个。']);
    const result = resolveArticlePlaces(article, [positionOf(article, 0, '11个')], gazetteer, page);
    expect(placeOf(result, result.article.placeId)?.path).toEqual(['湖北省', '十堰市', '郧西县', '郧西工业园']);
    expect(resolveArticlePlaces(article, [], gazetteer, []).article.placeId).toBeNull();
  });

  it('reads 全省 in a headline of an article that names no place as the page’s province', () => {
    const page = [gazetteer.byCode('420000')].flatMap((d) => (d ? [d] : [])); // 湖北省, from 湖北日报
    const article = makeArticle('上半年全省招商引资到位资金增长9.8%', ['记者从省商务厅获悉，上半年全省新签约项目2461个。']);
    const result = resolveArticlePlaces(article, [positionOf(article, 0, '2461个')], gazetteer, page);
    expect(placeOf(result, result.article.placeId)?.name).toBe('湖北省');
    expect(placeOf(result, result.figures[0]?.placeId ?? null)?.name).toBe('湖北省');
  });

  it('names a park written after a city short form by its official name, one place with its abbreviation', () => {
    const article = makeArticle('园区招商提速', ['今年，江苏南通经济技术开发区（以下简称“南通经开区”）新签项目213个。', '南通经开区实际使用外资11亿美元。']);
    const result = resolveArticlePlaces(article, [], gazetteer);
    const zones = result.places.filter((p) => p.level === 'zone');
    expect(zones).toHaveLength(1);
    expect(zones[0]).toMatchObject({ name: '南通经济技术开发区', parentId: 'cn-320600' });
    expect(zones[0]?.aliases).toContain('南通经开区');
  });

  it('gives a title derived from the lede no headline vote: the lede chain names its town, the body its villages', () => {
    const lede = '9月2日，在汉滨区大竹园镇北山村的茶园，村民采茶忙。';
    const article = { ...makeArticle(lede.slice(0, 20), [lede, '大竹园镇以北山村为试点，全镇建成茶园800亩。', '大竹园镇茶叶远销各地。']), titleDerived: true };
    expect(articleName(article)).toBe('陕西省安康市汉滨区大竹园镇');
  });

  it('gives every place its ancestors under final ids', () => {
    const result = resolveArticlePlaces(makeArticle('郧西县城关镇推进改革', ['改革见成效。']), [], gazetteer);
    expect(result.places.map((p) => [p.id, p.parentId]).sort()).toEqual([
      ['cn-420000', null], ['cn-420300', 'cn-420000'], ['cn-420322', 'cn-420300'], ['cn-420322100', 'cn-420322'],
    ]);
    expect(placeOf(result, 'cn-420322100')?.path).toEqual(['湖北省', '十堰市', '郧西县', '城关镇']);
  });
});

describe('resolveArticlePlaces: figure attribution', () => {
  const figureName = (article: ScriptedArticle, position: FigurePosition) => {
    const result = resolveArticlePlaces(article, [position], gazetteer);
    return placeOf(result, result.figures[0]?.placeId ?? null)?.name ?? null;
  };
  const county = (...paragraphs: string[]) => makeArticle('咸丰县优化营商环境', paragraphs);

  it.each([
    ['a town named in its clause', county('忠堡镇新建厂房3栋。'), 0, '3栋', '忠堡镇'],
    ['该县 after a town in the same sentence', county('忠堡镇新建厂房3栋，该县新增就业500人。'), 0, '500人', '咸丰县'],
    ['全镇 in a town article', makeArticle('大竹园镇发展茶叶', ['汉滨区大竹园镇发展茶叶。', '全镇种植茶园800亩。']), 1, '800亩', '大竹园镇'],
    ['县纪委 in a county article naming a town', county('忠堡镇建设提速。县纪委监委查处问题12个。'), 0, '12个', '咸丰县'],
    ['a company to the town it is in', county('湖北某新材料有限公司位于咸丰县忠堡镇。', '去年，公司实现产值3亿元。'), 1, '3亿元', '忠堡镇'],
    ['a company name that opens with a province', county('湖北某建材有限公司销售额达到900万元。'), 0, '900万元', '咸丰县'],
    ['destinations listed before 等地', county('县领导赴广东、上海等地招商12批次。'), 0, '12批次', '咸丰县'],
    ['a city above the article that opens a clause as its subject', makeArticle('郧西县推广积分制', ['郧西县建成积分超市。', '据悉，十堰市今年将推广这一做法，计划新建积分超市120个。']), 1, '120个', '十堰市'],
    ['a city above the article that only frames a rank', makeArticle('郧西县经济向好', ['郧西县发展提速。', '全县增速居十堰市前列，增长12%。']), 1, '12%', '郧西县'],
    ['a street, not a community, when a verb comes before 社区', makeArticle('汉江路街道提升服务', ['汉江路街道新增和改造社区便民网点86个。']), 0, '86个', '汉江路街道'],
    ['全村 in the sentence after a village named alone', makeArticle('大竹园镇推行积分制', ['大竹园镇北山村村民说。', '北山村是全镇最早试点的村。村党支部将全村312户村民分为16个网格。']), 1, '312户', '北山村'],
    ['a street opening a clause (街道还…) after the district is named', makeArticle('张湾区优化服务', ['张湾区推进改革。', '在汉江路街道，全区新建中心2个。街道还组织招聘会8场。']), 1, '8场', '汉江路街道'],
    ['a count whose examples are listed before 等', county('县里在忠堡镇、朝阳寺镇等6个乡镇设点。'), 0, '6个', '咸丰县'],
    ['a new sentence after a neighbour named by a boundary verb', makeArticle('郧西县概况', ['郧西县东与张湾区相邻。全县面积3509平方千米。']), 0, '3509平方千米', '郧西县'],
    ['a village written after its township', makeArticle('汉江路街道发展产业', ['汉江路街道柳林村种植樱桃300亩。']), 0, '300亩', '柳林村'],
    ['a verb phrase ending in 各村, which names no village', makeArticle('大竹园镇发展茶叶', ['大竹园镇指导各村提取公益金20%。']), 0, '20%', '大竹园镇'],
    ['a park written after its town', county('忠堡镇工业园区入驻企业12家。'), 0, '12家', '忠堡镇工业园区'],
    ['a county followed by a word that is the short form of one of its towns', makeArticle('恩施州物流提速', ['恩施州物流提速。', '在咸丰县忠堡物流园，日均发车80辆次。']), 1, '80辆次', '咸丰县'],
    ['the article when its sentence names no place', county('咸丰县推进改革。', '今年新开工项目61个。'), 1, '61个', '咸丰县'],
  ])('attributes %s', (_, article, paragraph, figure, expected) => {
    expect(figureName(article, positionOf(article, paragraph, figure))).toBe(expected);
  });

  // Townships the gazetteer knows far away whose names are also words: 发展乡 (发展乡村旅游), 新建镇 (新建镇区).
  const withWordNames = makeGazetteer([
    ['230000', '黑龙江省', 'province', null], ['230200', '齐齐哈尔市', 'prefecture', '230000'], ['230229', '克山县', 'county', '230200'],
    ['230229206', '发展乡', 'township', '230229'], ['320200', '无锡市', 'prefecture', '320000'], ['320282', '宜兴市', 'county', '320200'],
    ['320282106', '新建镇', 'township', '320282'],
  ]);
  const placedBy = (g: typeof gazetteer, article: ScriptedArticle, position: FigurePosition) => {
    const result = resolveArticlePlaces(article, [position], g);
    return { figure: placeOf(result, result.figures[0]?.placeId ?? null)?.name ?? null, places: result.places.map((p) => p.name) };
  };

  it.each([
    ['the town whose gap over a neighbour is given, not the neighbour', county('忠堡镇茶叶产量8000吨，比相邻的朝阳寺镇多出1200吨。'), 0, '1200吨', '忠堡镇'],
    ['the county whose gap over the province average is given, not the province', makeArticle('郧西县农民增收', ['郧西县农民人均可支配收入1.5万元，比全省平均水平高出2000元。']), 0, '2000元', '郧西县'],
    ['the town, not the village it runs a pilot in', makeArticle('大竹园镇推进数字乡村', ['大竹园镇以北山村为试点推进建设，建成数字基地9个。']), 0, '9个', '大竹园镇'],
    ['the town, not the villages it uses as bases', makeArticle('大竹园镇强化党建', ['大竹园镇依托党校和北山村、南坪村2个教育基地，举办培训班12期。']), 0, '12期', '大竹园镇'],
    ['the village its paragraph named, when the article tells of several', makeArticle('大竹园镇推进数字乡村', ['大竹园镇北山村建成基地。', '在南坪村，村里已吸引62名年轻人。']), 1, '62名', '南坪村'],
  ])('attributes %s', (_, article, paragraph, figure, expected) => {
    expect(figureName(article, positionOf(article, paragraph, figure))).toBe(expected);
  });

  it('gives the places listed before 分别 the figures listed after it, in order', () => {
    const article = county('忠堡镇、朝阳寺镇分别新建厂房12栋、8栋。');
    const positions = [positionOf(article, 0, '12栋'), positionOf(article, 0, '8栋')];
    const result = resolveArticlePlaces(article, positions, gazetteer);
    expect(result.figures.map((f) => placeOf(result, f.placeId)?.name)).toEqual(['忠堡镇', '朝阳寺镇']);
  });

  it.each([
    ['乡村 after a township name (发展乡村旅游)', makeArticle('大竹园镇发展乡村旅游', ['汉滨区大竹园镇发展乡村旅游，接待游客4.2万人次。']), '4.2万人次', '发展乡'],
    ['镇区 after a verb that is a township name (新建镇区)', makeArticle('大竹园镇补短板', ['汉滨区大竹园镇新建镇区污水管网3.2公里。']), '3.2公里', '新建镇'],
  ])('reads no far-away township in %s', (_, article, figure, word) => {
    const { figure: place, places } = placedBy(withWordNames, article, positionOf(article, 0, figure));
    expect(place).toBe('大竹园镇');
    expect(places).not.toContain(word);
  });

  it('keeps a city above the article to the clause that names it: its own level, not a gap against it', () => {
    const article = makeArticle('如皋市稳就业', ['如皋市就业人数连续两年南通第一，参保率达到98%，领先于南通60%的平均水平，高于南通5个百分点。']);
    expect(figureName(article, positionOf(article, 0, '98%'))).toBe('如皋市');
    expect(figureName(article, positionOf(article, 0, '60%'))).toBe('南通市');
    // Percentage points right after the standard are the gap between the two: the subject's.
    expect(figureName(article, positionOf(article, 0, '5个百分点'))).toBe('如皋市');
  });

  it('gives a gap against a whole-area standard named with its province to the subject', () => {
    const article = makeArticle('如皋市工业', ['2023年，如皋市规模以上工业增加值增长9.1%，高于江苏全省平均水平2.5个百分点，高于全省1.1个百分点。']);
    expect(figureName(article, positionOf(article, 0, '2.5个百分点'))).toBe('如皋市');
    expect(figureName(article, positionOf(article, 0, '1.1个百分点'))).toBe('如皋市');
  });

  it('gives a figure after a list of places to the place the list belongs to', () => {
    const article = makeArticle('咸丰县概况', [
      '截至2023年末，咸丰县辖忠堡镇、朝阳寺镇，下设71个行政村。',
      '从办结率看，忠堡镇、朝阳寺镇办结率均超过99%；忠堡镇办结率最高，为99.6%。',
      '忠堡镇5个、朝阳寺镇3个，其余乡镇各1个。',
    ]);
    expect(figureName(article, positionOf(article, 0, '71个'))).toBe('咸丰县');
    // No place before the list in its sentence: the place above all its members.
    expect(figureName(article, positionOf(article, 1, '99%'))).toBe('咸丰县');
    expect(figureName(article, positionOf(article, 1, '99.6%'))).toBe('忠堡镇');
    // A figure between the members makes each an item of its own.
    expect(figureName(article, positionOf(article, 2, '3个'))).toBe('朝阳寺镇');
  });

  it('closes the pairs of 分别 at a clause comma: the figure after it is the list owner’s', () => {
    const article = county('忠堡镇、朝阳寺镇分别签约项目12个、8个，全县共签约20个。');
    const positions = [positionOf(article, 0, '12个'), positionOf(article, 0, '8个'), positionOf(article, 0, '20个')];
    const result = resolveArticlePlaces(article, positions, gazetteer);
    expect(result.figures.map((f) => placeOf(result, f.placeId)?.name)).toEqual(['忠堡镇', '朝阳寺镇', '咸丰县']);
  });

  it('does not give a located sight, or a company located before the place named since, the later figures', () => {
    const article = makeArticle('咸丰县概况', [
      '坪坝营景区位于咸丰县忠堡镇境内。',
      '近年来，企业开办全流程压缩至0.5个工作日。',
      '该公司在朝阳寺镇投资建设的项目总投资12亿元。',
      '项目投产后年产值可达5亿元。',
      '全县共有38个项目实现开工，工程建设项目审批事项精简至62项。',
    ]);
    expect(figureName(article, positionOf(article, 1, '0.5个工作日'))).toBe('咸丰县');
    expect(figureName(article, positionOf(article, 2, '12亿元'))).toBe('朝阳寺镇');
    expect(figureName(article, positionOf(article, 3, '5亿元'))).toBe('朝阳寺镇');
    expect(figureName(article, positionOf(article, 4, '62项'))).toBe('咸丰县');
  });
});
