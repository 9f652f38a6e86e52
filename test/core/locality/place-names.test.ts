import { describe, expect, it } from 'vitest';
import { isGenericZoneName, toShortNames, toZoneAbbreviation } from '../../../src/core/locality/place-names';

describe('toShortNames', () => {
  it.each([
    ['郧西县', 'county', ['郧西']],
    ['樊城区', 'county', ['樊城']],
    ['十堰市', 'prefecture', ['十堰']],
    ['湖北省', 'province', ['湖北']],
    ['恩施土家族苗族自治州', 'prefecture', ['恩施', '恩施州']],
    ['博尔塔拉蒙古自治州', 'prefecture', ['博尔塔拉', '博尔塔拉州']],
    ['长阳土家族自治县', 'county', ['长阳', '长阳县']],
    ['内蒙古自治区', 'province', ['内蒙古']],
    ['新疆维吾尔自治区', 'province', ['新疆']],
    ['神农架林区', 'county', ['神农架']],
    ['浦东新区', 'county', ['浦东']],
    ['汉江路街道', 'township', ['汉江路']],
    ['沙县', 'county', []],
  ] as const)('shortens %s (%s) to %j', (name, level, expected) => {
    expect(toShortNames(name, level)).toEqual(expected);
  });
});

describe('isGenericZoneName', () => {
  it.each([
    ['工业园区', true], ['化工园区', true], ['经济开发区', true], ['高新技术产业开发区', true],
    ['苏锡通科技产业园区', false], ['忠堡工业园区', false], ['樊城区', false],
  ])('reads %s as generic: %s', (name, expected) => {
    expect(isGenericZoneName(name)).toBe(expected);
  });
});

describe('toZoneAbbreviation', () => {
  it.each([
    ['某某经济技术开发区', '某某经开区'],
    ['某某经济开发区', '某某经开区'],
    ['某某高新技术产业开发区', '某某高新区'],
    ['某某综合保税区', '某某综保区'],
  ])('abbreviates %s as %s', (name, expected) => {
    expect(toZoneAbbreviation(name)).toBe(expected);
  });
  it.each(['某某工业园区', '某某县'])('has no abbreviation for %s', (name) => {
    expect(toZoneAbbreviation(name)).toBeNull();
  });
});
