import { describe, expect, it } from 'vitest';
import { findPlaceReferences } from '../../../src/core/locality/find-place-references';

describe('findPlaceReferences', () => {
  it.each([
    ['该县新增项目8个。', ['县']],
    ['全镇9个村实现全覆盖。', ['镇']],
    ['县纪委监委及时出手。', ['县']],
    ['向省发改委汇报。', ['省']],
    ['园区行审局审核通过。', ['园区']],
    ['该街道走访企业30家。', ['街道']],
    ['本市新增就业2万人。', ['市']],
    ['全嘎查牧民增收。', ['嘎查']],
    ['新建中心2个。街道还组织招聘会8场。', ['街道']],
    ['社区则推出服务23项。', ['社区']],
  ])('reads %s as a reference to %j', (text, units) => {
    expect(findPlaceReferences(text, 2).map((r) => r.unit)).toEqual(units);
  });
  it.each([
    ['我省推进改革。', true],
    ['本市新增就业。', true],
    ['全省新增就业。', true],
    ['一市一策　全省开发区提质增效', true],
    ['全市首家智慧农场落户。', false],
    ['大竹园镇建成全市首个农场。', false],
    ['该县新增就业。', false],
    ['县纪委监委出手。', false],
  ])('reads %s as the publisher speaking of its own area: %s', (text, ownVoice) => {
    expect(findPlaceReferences(text, 0)[0]?.ownVoice).toBe(ownVoice);
  });
  it.each(['市场监管部门到场。', '城市建设加快。', '各村开展活动。', '区域经济发展。', '街道两旁种满花草。', '清扫街道还路于民。'])('finds no reference in %s', (text) => {
    expect(findPlaceReferences(text, 2)).toEqual([]);
  });
});
