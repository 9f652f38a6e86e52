import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/core/locality/gazetteer';
import { runPipeline } from '../../../src/core/pipeline';
import { loadGazetteer } from '../../../scripts/load-gazetteer';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

// 学院路街道 is a street of three cities (北京 海淀区, 哈尔滨 呼兰区, 邵阳 大祥区): the page alone says which.
const page = (footer: string) => [
  '首页 | 政务公开 | 街镇动态',
  '学院路街道一季度民生工作情况',
  '发布时间：2024-04-02　　来源：学院路街道办事处',
  '一季度，学院路街道共办结群众诉求860件，群众满意率达97.5%。',
  footer,
].join('\n\n');
const localityOf = (text: string) => {
  const dataset = runPipeline([{ file: 'page.txt', text, encoding: 'utf-8', bytes: text.length }], gazetteer);
  return dataset.localities.find((l) => l.id === dataset.figures[0]?.localityId)?.fullName ?? null;
};

describe('the host a portal’s footer names frames its page', () => {
  it('puts an ambiguous street in the district whose government hosts the site', () => {
    expect(localityOf(page('主办：哈尔滨市呼兰区人民政府办公室　黑ICP备05000000号'))).toBe('黑龙江省哈尔滨市呼兰区学院路街道');
  });

  it('reads a host printed before 主办 as well', () => {
    expect(localityOf(page('邵阳市大祥区人民政府主办　湘ICP备05000000号'))).toBe('湖南省邵阳市大祥区学院路街道');
  });
});
