const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** Orders Chinese text by pinyin (北京 before 上海), digits by value; for sorts and pickers. */
export function compareChinese(a: string, b: string): number {
  return collator.compare(a, b);
}
