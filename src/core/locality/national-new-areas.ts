/**
 * National-level new areas (国家级新区) that are not administrative divisions, and their new towns: the
 * statistical codes the gazetteer is built from do not list them, so a report on 西咸新区沣西新城 would
 * otherwise fall to its province. Each hangs under the division that administers it today (西咸新区 under
 * 西安市 since 2017, 贵安新区 under 贵阳市 since 2020); one that spans several prefectures without one in
 * charge hangs under its province. New areas that are districts in their own right (浦东新区, 滨海新区)
 * are in the gazetteer already; those that share a district's or a city's name (南沙新区 → 南沙区,
 * 舟山群岛新区 → 舟山市) are found through that name.
 */
import type { DivisionRow } from './gazetteer';

interface NewArea {
  /** A stable code of our own: the parent's code and a pinyin tag, never a statistical code. */
  code: string;
  name: string;
  parentCode: string;
  /** The new towns or sub-areas its reports name as places of their own (沣西新城). */
  towns: readonly (readonly [tag: string, name: string])[];
}

const NEW_AREAS: readonly NewArea[] = [
  { code: '610100-xixian', name: '西咸新区', parentCode: '610100', towns: [['fengdong', '沣东新城'], ['fengxi', '沣西新城'], ['qinhan', '秦汉新城'], ['konggang', '空港新城'], ['jinghe', '泾河新城']] },
  { code: '500000-liangjiang', name: '两江新区', parentCode: '500000', towns: [] },
  { code: '510100-tianfu', name: '天府新区', parentCode: '510100', towns: [] },
  { code: '520100-guian', name: '贵安新区', parentCode: '520100', towns: [] },
  { code: '620100-lanzhou', name: '兰州新区', parentCode: '620100', towns: [] },
  { code: '130000-xiongan', name: '雄安新区', parentCode: '130000', towns: [] },
  { code: '360000-ganjiang', name: '赣江新区', parentCode: '360000', towns: [] },
  { code: '430100-xiangjiang', name: '湘江新区', parentCode: '430100', towns: [] },
  { code: '530100-dianzhong', name: '滇中新区', parentCode: '530100', towns: [] },
  { code: '230100-harbin', name: '哈尔滨新区', parentCode: '230100', towns: [] },
  { code: '220100-changchun', name: '长春新区', parentCode: '220100', towns: [] },
  { code: '350100-fuzhou', name: '福州新区', parentCode: '350100', towns: [] },
  { code: '210200-jinpu', name: '金普新区', parentCode: '210200', towns: [] },
];

/** Gazetteer rows for the new areas (at county level) and their towns, for parents the table has. */
export function toNewAreaRows(hasCode: (code: string) => boolean): DivisionRow[] {
  return NEW_AREAS.filter((area) => hasCode(area.parentCode)).flatMap((area) => [
    { code: area.code, name: area.name, level: 'zone' as const, parentCode: area.parentCode },
    ...area.towns.map(([tag, name]) => ({ code: `${area.code}-${tag}`, name, level: 'township' as const, parentCode: area.code })),
  ]);
}
