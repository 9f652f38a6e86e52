/**
 * Agriculture, land and rural revitalisation (乡村振兴), infrastructure and the environment (生态环保):
 * the measures of 三农, 国土, 住建, 交通 and 生态环境 reporting. Data only; see indicators.ts.
 */
import type { IndicatorDefinition } from './indicators';

// The day count and the day share of good air share their words; the unit kind tells them apart.
const GOOD_AIR_DAYS = ['优良天数', '空气质量优良天数', '空气优良天数', '优良天'] as const;

export const RURAL_ENVIRONMENT_INDICATORS = [
  // ── agriculture and land ──
  {
    id: 'grain-output', nameZh: '粮食产量', nameEn: 'Grain output',
    domain: 'land_agriculture', dimension: 'weight', baseUnit: '吨', additive: true, direction: 'up',
    cues: ['粮食产量', '粮食总产量', '粮食总产', '粮食生产', '产粮', '粮食'],
  },
  {
    // 茶叶产量1.35万吨, 年产量约18万吨: a harvest weighed in tonnes is farm output in this genre; a factory's
    // output is counted in pieces (钧瓷80万件) or valued in 元, which no weight row takes.
    id: 'farm-produce-output', nameZh: '农产品产量', nameEn: 'Farm produce output (by weight)',
    domain: 'land_agriculture', dimension: 'weight', baseUnit: '吨', additive: true, direction: 'up',
    cues: ['产量', '年产量', '总产量', '预计产量', '鲜果产量', '茶叶产量', '春茶产量', '水果产量', '蔬菜产量', '鲜叶产量', '收购量', '采摘量'],
  },
  {
    id: 'grain-sown-area', nameZh: '粮食播种面积', nameEn: 'Grain sown area',
    domain: 'land_agriculture', dimension: 'area', baseUnit: '亩', additive: true, direction: 'up',
    cues: ['粮食播种面积', '粮食种植面积', '粮食作物播种面积', '粮食面积', '种粮面积'],
  },
  {
    id: 'crop-area', nameZh: '种植面积', nameEn: 'Area planted to a crop',
    domain: 'land_agriculture', dimension: 'area', baseUnit: '亩', additive: true, direction: 'up',
    cues: ['种植面积', '播种面积', '农作物播种面积', '栽植面积', '种植基地', '基地面积', '蔬菜基地', '茶园', '茶园面积', '果园', '果园面积', '特色种植', '种植'],
  },
  {
    id: 'high-standard-farmland', nameZh: '高标准农田', nameEn: 'High-standard farmland built',
    domain: 'land_agriculture', dimension: 'area', baseUnit: '亩', additive: true, direction: 'up',
    cues: ['高标准农田', '高标准基本农田', '高标准农田建设', '建设高标准农田', '农田建设', '旱涝保收'],
  },
  {
    id: 'cultivated-land', nameZh: '耕地保有量', nameEn: 'Cultivated land kept',
    domain: 'land_agriculture', dimension: 'area', baseUnit: '亩', additive: true, direction: 'up',
    cues: ['耕地保有量', '耕地', '耕地面积', '永久基本农田', '基本农田', '耕地保护'],
  },
  {
    id: 'land-transfer', nameZh: '土地流转面积', nameEn: 'Farmland transferred or entrusted',
    domain: 'land_agriculture', dimension: 'area', baseUnit: '亩', additive: true, direction: 'up',
    cues: ['土地流转', '流转土地', '流转面积', '土地经营权流转', '流转耕地', '土地托管', '托管面积', '适度规模经营', '规模经营'],
  },
  {
    id: 'agricultural-output', nameZh: '农林牧渔业总产值', nameEn: 'Gross output of agriculture',
    domain: 'land_agriculture', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['农林牧渔业总产值', '农林牧渔总产值', '农业总产值', '农业产值', '农业综合产值'],
  },
  {
    id: 'new-agri-entities', nameZh: '新型农业经营主体', nameEn: 'New agricultural businesses (cooperatives, family farms)',
    domain: 'land_agriculture', dimension: 'count', baseUnit: '家', additive: true, direction: 'up',
    cues: ['新型农业经营主体', '农民专业合作社', '专业合作社', '合作社', '家庭农场', '农业产业化龙头企业', '农业龙头企业', '种养大户'],
  },
  {
    // Revenue of the village collective's economy, as the seed keys (集体经济收益) read it: output and revenue.
    id: 'village-collective-income', nameZh: '村集体经济收入', nameEn: 'Village collective income',
    domain: 'output_revenue', dimension: 'money', baseUnit: '元', additive: true, direction: 'up',
    cues: ['村集体经济收入', '村级集体经济收入', '集体经济收入', '村集体收入', '集体收入', '村集体经营性收入', '集体经营性收入', '村集体经济', '集体经济'],
  },
  {
    id: 'model-villages', nameZh: '美丽乡村示范村', nameEn: 'Model villages',
    domain: 'land_agriculture', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['示范村', '美丽乡村', '和美乡村', '宜居宜业和美乡村', '乡村振兴示范村', '精品村', '美丽村庄', '美丽宜居村庄'],
  },
  {
    id: 'site-area', nameZh: '占地（规划）面积', nameEn: 'Site or planned area',
    domain: 'land_agriculture', dimension: 'area', baseUnit: '亩', additive: true, direction: null,
    cues: ['占地面积', '占地', '总占地', '规划面积', '规划总面积', '规划用地', '规划用地面积', '用地面积', '园区面积'],
  },
  {
    id: 'land-supply', nameZh: '供应建设用地', nameEn: 'Construction land supplied',
    domain: 'land_agriculture', dimension: 'area', baseUnit: '亩', additive: true, direction: 'up',
    cues: ['供应建设用地', '建设用地', '供地', '供应土地', '供应用地', '土地供应', '出让土地', '土地出让', '新增建设用地', '用地指标', '报批用地', '征地', '征收土地'],
  },

  // ── infrastructure and environment ──
  {
    id: 'road-length', nameZh: '公路里程', nameEn: 'Roads built or upgraded',
    domain: 'environment_infrastructure', dimension: 'length', baseUnit: '公里', additive: true, direction: 'up',
    cues: ['公路里程', '公路总里程', '通车里程', '公路', '农村公路', '四好农村路', '通村公路', '通组公路', '高速公路', '国省道', '新改建公路', '道路', '新建道路', '改造道路', '城市道路', '硬化道路', '道路硬化', '路网'],
  },
  {
    id: 'pipe-network', nameZh: '管网', nameEn: 'Water, sewage and gas pipes laid',
    domain: 'environment_infrastructure', dimension: 'length', baseUnit: '公里', additive: true, direction: 'up',
    cues: ['管网', '污水管网', '雨污管网', '雨水管网', '排水管网', '供水管网', '燃气管网', '雨污分流', '管道', '污水管道', '供水管道'],
  },
  {
    id: 'sewage-treatment-rate', nameZh: '污水处理率', nameEn: 'Sewage treatment rate',
    domain: 'environment_infrastructure', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['污水处理率', '生活污水处理率', '污水集中处理率', '污水治理率', '生活污水治理率', '农村生活污水治理率', '污水处理'],
  },
  {
    id: 'waste-treatment-rate', nameZh: '生活垃圾无害化处理率', nameEn: 'Safe treatment rate of household waste',
    domain: 'environment_infrastructure', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['生活垃圾无害化处理率', '垃圾无害化处理率', '无害化处理率', '垃圾处理率', '生活垃圾处理率', '垃圾集中处理率', '垃圾治理'],
  },
  {
    id: 'forest-cover', nameZh: '森林覆盖率', nameEn: 'Forest cover',
    domain: 'environment_infrastructure', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['森林覆盖率', '林木覆盖率', '林草覆盖率', '森林覆盖'],
  },
  {
    id: 'good-air-rate', nameZh: '空气质量优良天数比例', nameEn: 'Share of days with good air',
    domain: 'environment_infrastructure', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: [...GOOD_AIR_DAYS, '优良天数比例', '空气质量优良天数比例', '优良天数比率', '优良天数占比', '空气优良率', '空气质量优良率', '空气质量优良比例', '优良率'],
    excludes: ['水质', '水体', '断面', '地表水', '饮用水'],
  },
  {
    id: 'good-air-days', nameZh: '空气质量优良天数', nameEn: 'Days with good air',
    domain: 'environment_infrastructure', dimension: 'duration', baseUnit: '天', additive: false, direction: 'up',
    cues: [...GOOD_AIR_DAYS, '蓝天'],
  },
  {
    id: 'water-quality-rate', nameZh: '水质优良比例', nameEn: 'Share of water of good quality',
    domain: 'environment_infrastructure', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['水质优良比例', '水质优良率', '水质优良', '优良水体比例', '断面水质优良率', '地表水优良', '水质达标率', '饮用水水源地水质达标率', '水源地水质达标率'],
  },
  {
    id: 'pm25', nameZh: 'PM2.5浓度', nameEn: 'PM2.5 concentration',
    domain: 'environment_infrastructure', dimension: 'concentration', baseUnit: '微克/立方米', additive: false, direction: 'down',
    cues: ['PM2.5', 'PM2.5浓度', 'PM2.5平均浓度', '细颗粒物', '细颗粒物浓度'],
  },
  {
    id: 'afforestation', nameZh: '造林面积', nameEn: 'Afforestation',
    domain: 'environment_infrastructure', dimension: 'area', baseUnit: '亩', additive: true, direction: 'up',
    cues: ['造林', '造林面积', '植树造林', '人工造林', '营造林', '造林绿化', '新增造林', '国土绿化', '植树'],
  },
  {
    // Land restored against erosion and desert (a forestry and water-conservancy bureau's yearly work, in 亩
    // or 平方公里): environment in every keyed folder, though the land is often farmland.
    id: 'soil-erosion-control', nameZh: '水土流失治理面积', nameEn: 'Soil erosion brought under control',
    domain: 'environment_infrastructure', dimension: 'area', baseUnit: '亩', additive: true, direction: 'up',
    cues: ['水土流失治理', '治理水土流失', '水土流失综合治理', '水土保持', '小流域治理', '小流域综合治理', '石漠化治理', '治理石漠化', '石漠化综合治理'],
  },
  {
    id: 'soil-erosion-area', nameZh: '水土流失面积', nameEn: 'Land losing soil to erosion',
    domain: 'environment_infrastructure', dimension: 'area', baseUnit: '亩', additive: true, direction: 'down',
    cues: ['水土流失面积', '水土流失', '石漠化面积', '石漠化'],
  },
  {
    id: 'soil-erosion-rate', nameZh: '水土流失率', nameEn: 'Share of land losing soil to erosion',
    domain: 'environment_infrastructure', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'down',
    cues: ['水土流失率', '水土流失面积占比', '石漠化率'],
  },
  {
    id: 'desertification-control', nameZh: '防沙治沙面积', nameEn: 'Desertified land restored',
    domain: 'environment_infrastructure', dimension: 'area', baseUnit: '亩', additive: true, direction: 'up',
    cues: ['防沙治沙', '治沙', '沙化土地治理', '治理沙化土地', '荒漠化治理', '治理荒漠化', '沙漠化治理', '治理沙漠化', '沙化治理', '固沙'],
  },
  {
    id: 'farmland-returned-to-forest', nameZh: '退耕还林还草面积', nameEn: 'Farmland returned to forest or grassland',
    domain: 'environment_infrastructure', dimension: 'area', baseUnit: '亩', additive: true, direction: 'up',
    cues: ['退耕还林还草', '退耕还林', '退耕还草', '退牧还草', '退耕还湿'],
  },
  {
    id: 'green-area', nameZh: '绿化面积', nameEn: 'Green space added',
    domain: 'environment_infrastructure', dimension: 'area', baseUnit: '平方米', additive: true, direction: 'up',
    cues: ['绿化面积', '新增绿化', '绿地面积', '新增绿地', '公园绿地', '园林绿化', '绿化', '绿地', '增绿'],
  },
  {
    id: 'illegal-buildings-demolished', nameZh: '拆除违建面积', nameEn: 'Illegal buildings demolished',
    domain: 'environment_infrastructure', dimension: 'area', baseUnit: '平方米', additive: true, direction: 'up',
    cues: ['拆除违建', '拆违', '违建', '违法建设', '拆除违法建设', '违法建筑', '拆除违法建筑', '违章建筑', '拆除违章', '违章搭建', '两违'],
  },
  {
    id: 'floor-area', nameZh: '建筑面积', nameEn: 'Floor area built',
    domain: 'environment_infrastructure', dimension: 'area', baseUnit: '平方米', additive: true, direction: null,
    cues: ['建筑面积', '总建筑面积', '建设面积', '厂房面积', '标准厂房', '新建厂房', '建成厂房', '厂房', '房屋面积'],
  },
  {
    id: 'old-community-renovation', nameZh: '老旧小区改造', nameEn: 'Old residential compounds renovated',
    domain: 'environment_infrastructure', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['老旧小区改造', '改造老旧小区', '城镇老旧小区', '老旧小区', '改造小区', '小区改造'],
  },
  {
    id: 'toilet-renovation', nameZh: '农村改厕', nameEn: 'Rural toilets upgraded',
    domain: 'environment_infrastructure', dimension: 'count', baseUnit: '户', additive: true, direction: 'up',
    cues: ['农村改厕', '改厕', '户厕改造', '户厕', '卫生户厕', '卫生厕所', '无害化厕所', '厕所改造', '改造厕所', '厕所革命'],
  },
  {
    id: 'sanitary-toilet-rate', nameZh: '农村卫生厕所普及率', nameEn: 'Rural sanitary toilet coverage',
    domain: 'environment_infrastructure', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up',
    cues: ['农村卫生厕所普及率', '卫生厕所普及率', '无害化卫生厕所普及率', '户厕普及率', '改厕率', '卫生厕所', '户厕'],
  },
  {
    id: 'base-stations-5g', nameZh: '5G基站', nameEn: '5G base stations',
    domain: 'environment_infrastructure', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['5G基站', '5G网络基站', '5G宏基站', '通信基站', '基站'],
  },
  {
    id: 'charging-piles', nameZh: '充电桩', nameEn: 'EV charging points',
    domain: 'environment_infrastructure', dimension: 'count', baseUnit: '个', additive: true, direction: 'up',
    cues: ['充电桩', '新能源汽车充电桩', '充电设施', '充电基础设施', '充电站', '充电终端', '充电枪'],
  },
] as const satisfies readonly IndicatorDefinition[];
