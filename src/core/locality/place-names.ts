/**
 * Lexicon of Chinese administrative name forms: suffixes by level, the ethnic names inside 自治州/自治县
 * names, and the short forms people write (郧西县 → 郧西, 恩施土家族苗族自治州 → 恩施, 恩施州).
 */
import type { LocalityLevel } from '../../dataset/schema';

/** Ethnic groups as they appear inside autonomous-area names; some names drop the 族 (博尔塔拉蒙古自治州). */
export const ETHNIC_GROUPS = [
  '土家', '苗', '彝', '藏', '回', '蒙古', '壮', '满', '侗', '瑶', '白', '哈尼', '傣', '黎', '傈僳', '佤', '畲',
  '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬',
  '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔',
  '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '布依', '朝鲜', '哈萨克', '维吾尔',
] as const;

/** Suffixes stripped to get a short form, longest first within each level. */
const LEVEL_SUFFIXES: Readonly<Record<LocalityLevel, readonly string[]>> = {
  province: ['特别行政区', '自治区', '省', '市'],
  prefecture: ['自治州', '地区', '盟', '市'],
  county: ['自治县', '自治旗', '林区', '特区', '新区', '县', '区', '市', '旗'],
  zone: [],
  township: ['民族乡', '街道办事处', '办事处', '街道', '苏木', '镇', '乡'],
  village: ['社区', '村'],
};

/**
 * Short forms that are also ordinary words or generic place words: never taken as a place on their own.
 * 城东 in 城东教育集团, 合作 in 战略合作, 平安 in 平安建设.
 */
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set([
  '城区', '郊区', '矿区', '东区', '西区', '新区', '城中', '城东', '城西', '城南', '城北', '市中', '和平', '平安',
  '合作', '通道', '长安', '东方', '新城', '白云', '江南', '江北', '河东', '河西', '新华', '红旗', '向阳', '胜利',
  '前进', '光明', '建设', '开发', '高新', '城关', '中心', '永和', '新兴', '发展', '团结', '和谐', '文明', '幸福',
  '大同', '太平', '新市', '南区', '北区', '中区', '青山', '龙华', '新建', '先锋', '东风', '解放', '人民', '民主',
  '街道', '社区', '振兴', '复兴', '兴隆', '富强', '繁荣', '工业', '商业', '中华', '华夏', '全州', '全县', '全区', '全市', '各县', '县城', '城镇', '乡镇', '新村', '新镇',
]);

// 恩施土家族苗族自治州 → 恩施; 博尔塔拉蒙古自治州 → 博尔塔拉: peel 自治X, then trailing ethnic names.
const AUTONOMY_SUFFIX = /自治(?:州|县|旗|区)$|民族乡$/;
const ETHNIC_TAIL = new RegExp(`(?:${[...ETHNIC_GROUPS].sort((a, b) => b.length - a.length).join('|')})族?$`);

function stripEthnic(stem: string): string {
  let rest = stem;
  // 内蒙古自治区 keeps 内蒙古: a peel that would leave fewer than two characters is not an ethnic name.
  for (let match = ETHNIC_TAIL.exec(rest); match && match.index >= 2; match = ETHNIC_TAIL.exec(rest)) {
    rest = rest.slice(0, match.index);
  }
  return rest;
}

/**
 * The forms a text may use for a division besides its full name, shortest meaningful ones only.
 * @example toShortNames('恩施土家族苗族自治州', 'prefecture') // ['恩施', '恩施州']
 */
export function toShortNames(name: string, level: LocalityLevel): string[] {
  if (AUTONOMY_SUFFIX.test(name)) {
    const stem = stripEthnic(name.replace(AUTONOMY_SUFFIX, ''));
    if (stem.length < 2 || stem === name) return [];
    // 恩施州 and 长阳县 are as common in print as the bare stem.
    const marker = name.endsWith('州') ? '州' : name.endsWith('县') ? '县' : name.endsWith('旗') ? '旗' : '';
    return marker === '' ? [stem] : [stem, stem + marker];
  }
  const suffix = LEVEL_SUFFIXES[level].find((s) => name.endsWith(s));
  if (suffix === undefined) return [];
  const stem = name.slice(0, -suffix.length);
  return stem.length >= 2 ? [stem] : [];
}

/** Level suffix a name ends with, used to read references such as 该县 or 全镇 (县 → county). */
export const REFERENCE_LEVELS: Readonly<Record<string, LocalityLevel>> = {
  省: 'province',
  州: 'prefecture',
  市: 'county',
  县: 'county',
  区: 'county',
  旗: 'county',
  园区: 'zone',
  镇: 'township',
  乡: 'township',
  街道: 'township',
  村: 'village',
  社区: 'village',
};

/** Words that describe a zone without naming it: 循环化工园区 is generic until a place precedes it. */
const ZONE_DESCRIPTORS = [
  '高新技术', '经济技术', '科技', '产业', '工业', '化工', '循环', '经济', '技术', '高新', '现代', '物流', '农业', '生态',
  '创新', '创业', '文化', '旅游', '综合', '新材料', '临港', '港口', '开发',
];
/** The words that end a zone's name. */
export const ZONE_WORD = /(?:园区|开发区|高新区|经开区|保税区)$/;

/** True for a zone word with only descriptors before it (工业园区, 化工园区, 经济开发区): a kind, not a name. */
export function isGenericZoneName(name: string): boolean {
  if (!ZONE_WORD.test(name)) return false;
  let rest = name.replace(ZONE_WORD, '');
  while (rest !== '') {
    const head = ZONE_DESCRIPTORS.find((d) => rest.startsWith(d));
    if (head === undefined) return false;
    rest = rest.slice(head.length);
  }
  return true;
}

/** The short forms people print for a zone's kind: 芜湖经济技术开发区 → 芜湖经开区, 某某高新技术产业开发区 → 某某高新区. */
const ZONE_ABBREVIATIONS: readonly (readonly [full: RegExp, short: string])[] = [
  [/经济技术开发区$/, '经开区'],
  [/经济开发区$/, '经开区'],
  [/高新技术产业开发区$/, '高新区'],
  [/高新技术开发区$/, '高新区'],
  [/综合保税区$/, '综保区'],
];

/** The abbreviated form of a zone's name, or null when its kind has none. @example toZoneAbbreviation('芜湖经济技术开发区') // '芜湖经开区' */
export function toZoneAbbreviation(name: string): string | null {
  const rule = ZONE_ABBREVIATIONS.find(([full]) => full.test(name));
  return rule === undefined ? null : name.replace(rule[0], rule[1]);
}
