/**
 * Chinese numerals written in characters: 三, 十五, 一千二百, 两万, 三千二百万, 一百零五, 零点九.
 *
 * The grammar is strict on purpose: a numeral that does not parse is usually not a number at all
 * (十四五 is a planning period, 三三两两 an idiom), so `null` here keeps noise out of the figures.
 */

/** Digit characters, including the financial forms (壹贰叁) and 两, which counts but never dates. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/** Multipliers inside a group of four places. */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Multipliers that close a group: 万 scales its own group, 亿 everything before it. */
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Every character a Chinese numeral may contain (点 only between digits). */
export const CHINESE_NUMERAL_CHARS = new Set([
  ...Object.keys(CHINESE_DIGITS), ...Object.keys(SMALL_UNITS), ...Object.keys(LARGE_UNITS), '点',
]);

/** Reads one group below 万: 三千二百, 十五, 一百零五, 三千二 (colloquial 3200). Null when malformed. */
function parseGroup(chars: readonly string[]): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 10_000; // the unit just used; units must fall: 三百十 is fine, 十百 is not
  let afterZero = false;
  for (const char of chars) {
    const d = CHINESE_DIGITS[char];
    const unit = SMALL_UNITS[char];
    if (d !== undefined) {
      if (digit !== null) return null; // 十四五: two bare digits in a row are no numeral
      if (d === 0) {
        afterZero = true;
        continue;
      }
      digit = d;
    } else if (unit !== undefined) {
      if (unit >= lastUnit) return null;
      // A bare 十 means 一十 (十五 = 15); a bare 百 or 千 is an idiom (百年大计, 千家万户).
      if (digit === null && (unit !== 10 || total !== 0)) return null;
      total += (digit ?? 1) * unit;
      lastUnit = unit;
      digit = null;
      afterZero = false;
    } else {
      return null;
    }
  }
  if (digit === null) return total;
  // 三千二 = 3200 (the digit fills the next place down); 一百零五 = 105; 十五 = 15.
  const place = afterZero || lastUnit === 10 || lastUnit === 10_000 ? 1 : lastUnit / 10;
  return total + digit * place;
}

/** Reads a whole number with 万/亿 groups. */
function parseInteger(text: string): number | null {
  const chars = [...text];
  if (chars.length === 0) return null;
  if (chars.length > 1 && chars.every((c) => CHINESE_DIGITS[c] !== undefined)) {
    // 二〇二四: a positional digit run, written for years and codes only.
    return Number(chars.map((c) => CHINESE_DIGITS[c]).join(''));
  }
  let result = 0;
  let group: string[] = [];
  let lastLarge = Infinity;
  for (const char of chars) {
    const large = LARGE_UNITS[char];
    if (large === undefined) {
      group.push(char);
      continue;
    }
    const head = group.length === 0 ? null : parseGroup(group);
    // 万 with nothing before it (万一, 万众) is no numeral; 亿 may follow a closed 万 group (三万亿).
    if (head === null && !(large === 1e8 && result > 0)) return null;
    if (large === 1e8) result = (result + (head ?? 0)) * large;
    else if (large < lastLarge) result += (head ?? 0) * large;
    else return null; // 三万四万
    lastLarge = large;
    group = [];
  }
  if (group.length === 0) return result;
  const tail = parseGroup(group);
  if (tail === null) return null;
  // 一万五 = 15000: a lone digit right after 万 fills the thousands.
  if (group.length === 1 && lastLarge !== Infinity && CHINESE_DIGITS[group[0] ?? ''] !== 0) {
    return result + tail * (lastLarge / 10);
  }
  return result + tail;
}

/**
 * Reads a numeral written in characters, or returns null when the text is not one.
 * @example parseChineseNumeral('三千二百万') // 32_000_000
 * @example parseChineseNumeral('零点九') // 0.9
 */
export function parseChineseNumeral(text: string): number | null {
  const point = text.indexOf('点');
  if (point < 0) return parseInteger(text);
  const whole = parseInteger(text.slice(0, point));
  const decimals = [...text.slice(point + 1)];
  if (whole === null || decimals.length === 0) return null;
  const digits = decimals.map((c) => CHINESE_DIGITS[c]);
  if (digits.some((d) => d === undefined)) return null;
  return Number(`${whole}.${digits.join('')}`);
}
