import { describe, expect, it } from 'vitest';
import { findQuotedNames } from '../../../src/core/figures/find-quoted-names';

const names = (text: string) => findQuotedNames(text).map((s) => text.slice(s.start, s.end));

describe('findQuotedNames', () => {
  it.each([
    ['a short quoted slogan', '推行“三办”模式', ['三办']],
    ['a book title of any length', '印发《关于进一步便利企业开办的若干措施》', ['关于进一步便利企业开办的若干措施']],
    ['single quotes inside speech', '“设置‘民情速递’栏目，效果很好。”', ['民情速递']],
    ['ASCII quotes', '打造"15分钟"服务圈', ['15分钟']],
  ])('finds %s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['quoted speech with clause marks', '他说：“今年新增就业300人，明年再增加。”'],
    ['a long quotation', '“努力建设审批事项最少办事速度最快的示范城区”'],
    ['an unpaired closing quote', '不是路距，是心距。”'],
  ])('does not treat %s as a name', (_name, text) => {
    expect(names(text)).toEqual([]);
  });
});
