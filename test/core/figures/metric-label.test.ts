import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures/find-figures';

describe('findFigures: metric labels', () => {
  it.each([
    ['the subject before the number', '园区总产值35亿元。', '园区总产值'],
    ['the noun after a measure word', '设置120个服务窗口。', '服务窗口'],
    ['a subject without its filler', '目前，累计完成投资8亿元。', '完成投资'],
    ['a subject without its link verb', '群众满意率达99.2%。', '群众满意率'],
    ['a list item after 、', '建设道路项目4个、桥梁项目2个。', '桥梁项目'],
    ['the noun cut before its verb', '引进18家企业落户园区。', '企业'],
    ['the dimension when the text names nothing', '，约3000平米。', '面积'],
    ['a subject without its leading date', '2021年粮食产量12万吨。', '粮食产量'],
    ['a subject without its leading month and scope', '，5月份全市用电量达3亿千瓦时。', '用电量'],
    ['a subject opening with a number that is no date', '，5G基站覆盖率达到98%。', '5G基站覆盖率'],
    ['a subject without its earlier base', '工期由原来的9个月缩短至6个月。', '工期'],
    ['a growth rate after the figure it compares', '营业收入3.1亿元，同比增长12%。', '营业收入同比增长'],
    ['a growth rate with its own subject', '产值3亿元，出口额同比增长5%。', '出口额同比增长'],
    ['the subject when a verb follows the measure word', '审批材料从30份减少到12份。', '审批材料'],
    ['the subject before 由平均', '办事环节由平均5个减至3个。', '办事环节'],
    ['the head after 的', '园区配套建设的污水厂处理能力1万吨。', '污水厂处理能力'],
    ['a general head with its owner', '占财政支出的比重达70%。', '财政支出比重'],
    ['the object after 把', '把加工比例提高到40%。', '加工比例'],
    ['the object after 将', '力争年内将网办率提高到90%。', '网办率'],
    ['the thing after an empty verb', '该镇联合企业建成充电桩40个。', '充电桩'],
    ['what a place has', '全乡现有卫生人员52名。', '卫生人员'],
    ['a noun opening with 在', '在读学生900人。', '在读学生'],
    ['a whole filler word, not half of it', '观众累计3万人。', '观众'],
    ['a subject after a season', '一季度共接待游客8万人次。', '接待游客'],
    ['a subject after a target year', '到2030年全镇旅游收入达到3亿元。', '旅游收入'],
    ['a subject without where the earlier value was measured', '办理时限由法定的20个工作日缩短至5个工作日。', '办理时限'],
    ['a quoted term right before the number', '其中“示范农场”3家。', '示范农场'],
    ['the subject before 减少到', '申报材料减少到12份。', '申报材料'],
    ['the dimension, not a bare filler', '其中12项实现全程网办。', '数量'],
    ['the noun after a programme verb and a duration', '建设10分钟健身圈。', '健身圈'],
    ['the noun after 坚持每', '坚持每两周学习研判。', '学习研判'],
    ['a noun glossed in brackets', '建成52个村（居）综合服务站。', '村综合服务站'],
    ['a noun that holds a stop word', '新建3个养老服务中心。', '养老服务中心'],
    ['a per-head subject that keeps its 均', '分红农户200户，户均1500元。', '户均'],
    ['a subject glossed by its abbreviation', '全县地区生产总值（GDP）362.8亿元。', '地区生产总值'],
    ['a subject glossed by what it covers', '全镇有茶叶加工企业（作坊）210余家。', '茶叶加工企业（作坊）'],
    ['the rate of a quoted term', '政务服务“一网通办”率达到95.6%。', '一网通办率'],
    ['the share of a quoted term', '村党组织书记“一肩挑”比例100%。', '一肩挑比例'],
    ['the measure an infobox names in brackets after the number', '人口：36.8万人（2023年末常住人口）', '常住人口'],
    ['a subject without its demonstrative', '这个总投资18亿元的项目。', '总投资'],
    ['the row of a table set with bars', '主动公开政府信息 | 1326条', '主动公开政府信息'],
    ['a rate without the verb that holds it', '群众满意率保持100%。', '群众满意率'],
    ['the row of a table aligned with spaces', '予以公开         41件', '予以公开'],
  ])('labels by %s', (_name, text, metric) => {
    expect(findFigures(text).at(-1)?.metric).toBe(metric);
  });

  it.each([
    ['the noun after an age threshold', '服务4000名65周岁以上老人。', '老人'],
    ['the subject when a qualifier follows the count', '拆除违建35处约900平米。', '拆除违建'],
  ])('labels the first figure by %s', (_name, text, metric) => {
    expect(findFigures(text)[0]?.metric).toBe(metric);
  });

  it.each([
    ['the second item of a bare list', '人均收入分别达到3.2万元、1.6万元。', ['人均收入', '人均收入']],
    ['rates after 分别 and a list', '利润8亿元，分别增长5%和6%。', ['利润', '利润增长', '利润增长']],
    ['a cut named only by its verb', '材料从30份减少到12份，精简60%。', ['材料', '材料', '材料精简']],
  ])('borrows the label of the figure before for %s', (_name, text, metrics) => {
    expect(findFigures(text).map((f) => f.metric)).toEqual(metrics);
  });
});
