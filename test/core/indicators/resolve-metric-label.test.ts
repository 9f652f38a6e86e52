import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures/find-figures';
import { resolveMetricLabels } from '../../../src/core/indicators/resolve-metric-label';

/** Labels of a paragraph's figures, with `places` the place names its text holds. */
function labels(text: string, places: readonly string[] = []): string[] {
  const spans = places.map((name) => ({ block: 2, start: text.indexOf(name), end: text.indexOf(name) + name.length }));
  return resolveMetricLabels(text, findFigures(text), spans).map((f) => f.metric);
}

describe('resolveMetricLabels', () => {
  it.each([
    ['a count with its verb and noun', '全区走访了104家企业。', [], ['走访企业数']],
    ['a count named before its number', '走访企业104家。', [], ['走访企业数']],
    ['a count of people', '培训群众840人次。', [], ['培训群众人次']],
    ['people named by their role', '配备网格员172名。', [], ['配备网格员数']],
    ['the words after the last place of the clause', '百色市田阳区五村镇今年芒果种植面积达到4.5万亩。', ['百色市', '田阳区', '五村镇'], ['芒果种植面积']],
    ['a street’s office as part of the place', '钟楼街道办已办件600多件。', ['钟楼街道'], ['办件数']],
    ['a street’s full office as part of the place', '钟楼街道办事处受理业务300件。', ['钟楼街道'], ['受理业务数']],
    ['a threshold kept in the lead of the count after it', '街道在建10亿元以上项目4个。', ['街道'], ['在建', '在建10亿元以上项目数']],
    ['a bare head borrowing the count before it', '新签约亿元以上项目45个，总投资261亿元。', [], ['新签约亿元以上项目数', '新签约亿元以上项目总投资']],
    ['an area borrowing the demolished buildings', '拆除存量违建119处约6240平米。', [], ['拆除存量违建数', '拆除存量违建面积']],
    ['the predicate after a counted noun', '全镇9个村实现了产业全覆盖。', ['全镇'], ['实现产业全覆盖的村数']],
    ['a quoted term after the measure word', '组建由48名“项目秘书”组成的服务队。', [], ['组建项目秘书人数']],
    ['a comparison named by what it compares', '种植户人均收入1.1万元，比全县平均水平高出18%。', [], ['种植户人均收入', '种植户人均收入高于全县平均']],
    ['the thing a size qualifies, after 的', '建设的3642平米的社区工厂，', [], ['社区工厂面积']],
    ['a total investment of the thing it qualifies', '一座总投资6.8亿元的智能家电产业园落地。', [], ['智能家电产业园总投资']],
    ['no thing from an abstract noun after 的', '实现全年预期产值1亿元的目标。', [], ['预期产值']],
    ['the time a step took', '使得该项目立项只用了一周时间。', [], ['项目立项用时']],
    ['a size word after 的 as the dimension of what it follows', '这5台行车大的长达52米。', [], ['行车数', '行车长度']],
    ['a noun opened by the verb that names it', '局机关党支部与42个进驻单位的党支部结对。', [], ['进驻单位数']],
    ['a score, which takes no 数', '齐都镇得分95.1分。', ['齐都镇'], ['得分']],
    ['the thing after a verb phrase an aspect particle marks', '镇上聚集了青稞酒酿造企业23家。', [], ['青稞酒酿造企业数']],
    ['a change after the before-value it came from', '森林覆盖率由1999年的19.4%提高到目前的47.3%。', [], ['森林覆盖率', '森林覆盖率']],
  ])('names %s', (_name, text, places, expected) => {
    expect(labels(text, places)).toEqual(expected);
  });
});
