import { describe, expect, it } from 'vitest';
import { splitTitleNote, stripTitleNote } from '../../../src/core/segment/strip-title-note';

describe('stripTitleNote', () => {
  it.each([
    ['清河县 （河北省邢台市下辖县）', '清河县'],
    ['长安镇（广东省东莞市下辖镇）', '长安镇'],
    ['新华区(河北省石家庄市辖区)', '新华区'],
    ['敦煌市（甘肃省酒泉市代管县级市）', '敦煌市'],
    ['全县春耕备耕有序推进（图）', '全县春耕备耕有序推进'],
    ['某区召开优化营商环境大会（附视频）', '某区召开优化营商环境大会'],
    ['某市政府工作报告（全文）', '某市政府工作报告'],
  ])('reads %j as the title %j', (headline, title) => {
    expect(stripTitleNote(headline)).toBe(title);
  });

  it.each([
    '我县召开项目推进会（第二次）',
    '审批时限压缩至5个工作日（较去年减少3天）',
    '（图）',
    '某县：春茶飘香，茶农增收（区）',
    '某县新增市场主体1200户',
    // A note the lexicon does not know stays: a title keeps too much rather than losing a word.
    '王进喜（石油工人）',
  ])('keeps %j as printed: its note is part of the news, or there is no headline before it', (headline) => {
    expect(stripTitleNote(headline)).toBe(headline);
  });

  it('keeps an encyclopedia’s disambiguator as the note, and drops a media note altogether', () => {
    expect(splitTitleNote('清河县 （河北省邢台市下辖县）')).toEqual({ title: '清河县', note: '河北省邢台市下辖县' });
    expect(splitTitleNote('全县春耕备耕有序推进（组图）')).toEqual({ title: '全县春耕备耕有序推进', note: null });
  });
});
