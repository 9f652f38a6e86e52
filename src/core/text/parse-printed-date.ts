/**
 * Calendar dates as pages print them (mastheads, 发布时间 lines, datelines), read to the precision printed.
 * Shared by the clean-up stage (a furniture line's shape: does it hold a date?) and by segmentation (the
 * article's date), so both agree on what a date is.
 */

/** How much of a date the page printed. `month-day` has no year: 5月22日 in a dateline. */
export type DatePrecision = 'day' | 'month' | 'year' | 'month-day';

/** A date found in a line, with its span. */
export interface PrintedDate {
  /** ISO 8601 to the precision printed: 2023-05-22, 2023-05, 2023; `--05-22` for a month and day alone. */
  iso: string;
  precision: DatePrecision;
  start: number;
  end: number;
}

// A year is not the far end of a span (2021-2025年) nor the tail of a longer number.
const YEAR = '(?<![\\d\\-–—~～至到])(?<year>(?:19|20)\\d{2})';
const CJK_YEAR = '(?<cjkYear>[〇零○一二三四五六七八九]{4})';
const CJK_MONTH = '(?<cjkMonth>十[一二]?|[一二三四五六七八九])';
const CJK_DAY = '(?<cjkDay>三十[一]?|二?十[一二三四五六七八九]?|[一二三四五六七八九])';

// Ordered: the most precise reading of a span wins, so 2023年5月22日 is never read as 2023年5月.
// Digits must not run on either side (0769-22830000 is a telephone number, 2023-2025 a span of years).
const DATE_FORMS: readonly { pattern: RegExp; precision: DatePrecision }[] = [
  { pattern: new RegExp(`${YEAR}\\s*(?:年|[-/.])\\s*(?<month>\\d{1,2})\\s*(?:月|[-/.])\\s*(?<day>\\d{1,2})(?!\\d)\\s*日?`, 'gu'), precision: 'day' },
  { pattern: new RegExp(`${CJK_YEAR}年${CJK_MONTH}月${CJK_DAY}日`, 'gu'), precision: 'day' },
  { pattern: new RegExp(`${YEAR}\\s*年\\s*(?<month>\\d{1,2})\\s*月(?!\\s*\\d)`, 'gu'), precision: 'month' },
  { pattern: new RegExp(`${CJK_YEAR}年${CJK_MONTH}月(?![一二三四五六七八九十]{1,3}日)`, 'gu'), precision: 'month' },
  { pattern: new RegExp(`(?<![\\d年])(?<month>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})\\s*日`, 'gu'), precision: 'month-day' },
  { pattern: new RegExp(`${YEAR}\\s*年(?!\\s*\\d{1,2}\\s*月)`, 'gu'), precision: 'year' },
];

const MAY_HOLD_DATE = /[0-9年]/u;

const CJK_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 二〇二三 → 2023 (digit by digit); 二十二 → 22 (tens and units). */
function readCjkNumber(text: string, positional: boolean): number {
  if (positional) return Number([...text].map((c) => CJK_DIGITS[c] ?? 0).join(''));
  const [tens, units] = text.includes('十') ? text.split('十') : ['', text];
  const ten = text.includes('十') ? (tens === '' ? 1 : (CJK_DIGITS[tens ?? ''] ?? 0)) : 0;
  return ten * 10 + (units === '' ? 0 : (CJK_DIGITS[units ?? ''] ?? 0));
}

const pad = (n: number): string => String(n).padStart(2, '0');

function toPrintedDate(groups: Record<string, string | undefined>, precision: DatePrecision): string | null {
  const year = groups.year ? Number(groups.year) : groups.cjkYear ? readCjkNumber(groups.cjkYear, true) : null;
  const month = groups.month ? Number(groups.month) : groups.cjkMonth ? readCjkNumber(groups.cjkMonth, false) : null;
  const day = groups.day ? Number(groups.day) : groups.cjkDay ? readCjkNumber(groups.cjkDay, false) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  if (precision === 'year') return String(year);
  if (precision === 'month-day') return `--${pad(month ?? 0)}-${pad(day ?? 0)}`;
  return precision === 'month' ? `${year}-${pad(month ?? 0)}` : `${year}-${pad(month ?? 0)}-${pad(day ?? 0)}`;
}

/**
 * Every date printed in a line, leftmost first; where two readings overlap the more precise one wins.
 * @example findPrintedDates('发布时间:2023-05-22 16:29') // [{ iso: '2023-05-22', precision: 'day', … }]
 * @example findPrintedDates('新华社成都4月2日电') // [{ iso: '--04-02', precision: 'month-day', … }]
 */
export function findPrintedDates(text: string): PrintedDate[] {
  const found: PrintedDate[] = [];
  // Every form holds an ASCII digit (\d is ASCII only) or 年: a line with neither is read by none of them.
  if (!MAY_HOLD_DATE.test(text)) return found;
  for (const { pattern, precision } of DATE_FORMS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((d) => start < d.end && end > d.start)) continue;
      const iso = toPrintedDate(match.groups ?? {}, precision);
      if (iso !== null) found.push({ iso, precision, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first date in a line that names its year (a month-day alone is no publication date), or null. */
export function parsePrintedDate(text: string): PrintedDate | null {
  return findPrintedDates(text).find((d) => d.precision !== 'month-day') ?? null;
}
