import { describe, expect, it } from 'vitest';
import { findSiteHosts } from '../../../src/core/locality/find-site-hosts';

describe('findSiteHosts', () => {
  it.each([
    ['reads a 主办 field up to the next field', '主办：某市某区人民政府办公室　　承办：某区大数据局', ['某市某区人民政府办公室']],
    ['reads a 主办单位 field', '主办单位：某县人民政府  ICP备05001234号', ['某县人民政府']],
    ['reads a host printed before 主办', '某日报社主办　ICP备05000125号', ['某日报社']],
    ['reads both forms on one page, each host once', '主办：某县人民政府办公室\n某县人民政府办公室主办', ['某县人民政府办公室']],
    ['finds nothing where no host is printed', '今年以来，某县主办各类活动12场。', []],
  ])('%s', (_, text, hosts) => {
    expect(findSiteHosts(text)).toEqual(hosts);
  });
});
