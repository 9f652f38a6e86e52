import { describe, expect, it } from 'vitest';
import { makeGazetteer } from '../../helpers/make-gazetteer';

const gazetteer = makeGazetteer();
const codes = (divisions: readonly { code: string }[]) => divisions.map((d) => d.code).sort();

describe('createGazetteer', () => {
  it('finds a division by its full name', () => {
    expect(codes(gazetteer.byFullName('郧西县'))).toEqual(['420322']);
  });
  it('finds every division sharing a full name', () => {
    expect(codes(gazetteer.byFullName('城关镇'))).toEqual(['420322100', '610921100', '621202100']);
  });
  it.each([
    ['郧西', ['420322']],
    ['恩施州', ['422800']],
    ['南通', ['320600']],
    ['循环化工园区', ['130172']],
    ['通州', ['110112', '320612']],
  ])('finds %s by its short form', (short, expected) => {
    expect(codes(gazetteer.byShortName(short))).toEqual(expected);
  });
  it('lists ancestors from the province down', () => {
    expect(gazetteer.ancestorsOf('420303004').map((d) => d.name)).toEqual(['湖北省', '十堰市', '张湾区']);
  });
  it('knows which division lies within which', () => {
    expect(gazetteer.isWithin('422826101', '420000')).toBe(true);
    expect(gazetteer.isWithin('422826101', '610000')).toBe(false);
  });
  it('looks a division up by code', () => {
    expect(gazetteer.byCode('610902')?.name).toBe('汉滨区');
  });

  describe('zone names as printed', () => {
    const zones = makeGazetteer([
      ['340000', '安徽省', 'province', null], ['340200', '芜湖市', 'prefecture', '340000'], ['340271', '芜湖经济技术开发区', 'zone', '340200'],
      ['130200', '唐山市', 'prefecture', '130000'], ['130271', '河北唐山芦台经济开发区', 'zone', '130200'],
    ]);
    it.each([
      ['芜湖经开区', '340271'],
      ['芜湖市经开区', '340271'],
      ['唐山芦台经济开发区', '130271'],
      ['芦台经济开发区', '130271'],
      ['芦台经开区', '130271'],
    ])('finds %s', (short, code) => {
      expect(codes(zones.byShortName(short))).toEqual([code]);
    });
  });
});
