import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/core/locality/gazetteer';
import { runPipeline } from '../../../src/core/pipeline';
import { loadGazetteer } from '../../../scripts/load-gazetteer';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

const extract = (text: string) => runPipeline([{ file: 'page.txt', text, encoding: 'utf-8', bytes: text.length }], gazetteer);
const nameOf = (dataset: ReturnType<typeof extract>, id: string | null) => dataset.localities.find((l) => l.id === id)?.name ?? null;

describe('a wire roundup of several provinces', () => {
  const roundup = [
    '多地晒出上半年营商环境成绩单',
    '近日，多个省份相继发布上半年优化营商环境工作情况。',
    '广东上半年新设经营主体约152万户，同比增长9.6%。',
    '浙江持续深化改革。截至6月底，全省在册经营主体达到1063.5万户。',
    '江苏上半年新登记企业31.8万户，同比增长5.7%。',
    '山东上半年全省一件事办件量超过210万件。',
  ].join('\n\n');

  it('is about no one province, and gives each paragraph’s figures to the province that opens it', () => {
    const dataset = extract(roundup);
    expect(dataset.articles.map((a) => a.localityId)).toEqual([null]);
    expect(dataset.figures.map((f) => [f.text, nameOf(dataset, f.localityId)])).toEqual([
      ['约152万户', '广东省'], ['9.6%', '广东省'], ['1063.5万户', '浙江省'], ['31.8万户', '江苏省'], ['5.7%', '江苏省'], ['超过210万件', '山东省'],
    ]);
  });

  it('keeps an article about one province that compares it with two others about that province', () => {
    const dataset = extract([
      '广东营商环境持续优化',
      '广东上半年新设经营主体约152万户，同比增长9.6%，增速高于浙江、江苏。',
      '广东全省经营主体总量突破1800万户。',
    ].join('\n\n'));
    expect(dataset.articles.map((a) => nameOf(dataset, a.localityId))).toEqual(['广东省']);
  });
});

describe('a county’s 政策解读 that names the county only in the document’s title', () => {
  it('is about that county, from the title’s name and the body’s own voice', () => {
    const dataset = extract([
      '《泗洪县进一步优化营商环境若干措施》政策解读',
      '发布日期：2024-03-15',
      '问：主要包括哪些内容？',
      '答：近年来，我县持续深化放管服改革。企业开办全流程时间压缩至1个工作日以内。',
    ].join('\n\n'));
    expect(dataset.articles.map((a) => nameOf(dataset, a.localityId))).toEqual(['泗洪县']);
    expect(dataset.figures.map((f) => nameOf(dataset, f.localityId))).toEqual(['泗洪县']);
  });
});
