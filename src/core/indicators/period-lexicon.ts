/**
 * Words the period reader resolves. Data only.
 */

/** Five-year plan periods, as the genre names them: “十四五”期间 → 2021–2025. */
export const PLAN_PERIODS: Readonly<Record<string, readonly [number, number]>> = {
  十一五: [2006, 2010],
  十二五: [2011, 2015],
  十三五: [2016, 2020],
  十四五: [2021, 2025],
  十五五: [2026, 2030],
};

/** Years named relative to the article's own: 今年, 去年, 前年, 明年, 上年 (the year before), 当年, 本年. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = { 今: 0, 本: 0, 当: 0, 去: -1, 上: -1, 前: -2, 明: 1 };
