import fc from 'fast-check';

// Hostile text for property tests: the characters and tokens the extractor reacts to, mixed with any
// code point at all, lone surrogates, combining marks, controls, direction marks, and long runs.

const TOKENS = [
  ...'零〇一二三四五六七八九十百千万亿两几余多半成点0123456789.%％,，。、；;：:！？!?（）()【】《》“”‘’"\'—…·- \u3000\t',
  '万元', '亿元', '个工作日', '平方米', '家', '人次', '百分之', '千分之', '个百分点', '至', '—', '~', '由', '压缩至', '增长', '下降',
  '约', '近', '超', '以上', '以内', '左右', '负', '湖北省', '十堰市', '张湾区', '汉江路街道', '郧西县', '某某村', '开发区', '园区',
  '记者', '通讯员', '本报讯', '新华社北京5月1日电', '（记者 张三）', '——', '来源：', '责任编辑：', '第A03版', '(gǎi)', '(gé)',
  'gǎi', '图为', '2023年5月22日', '第一', '一是', '（一）', '1.', '二〇二四年', '3万4000', '10千伏',
];

const anyCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const combiningMark = fc.integer({ min: 0x0300, max: 0x036f }).map((code) => String.fromCharCode(code));
const control = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const astralHan = fc.integer({ min: 0x20000, max: 0x2a6df }).map((code) => String.fromCodePoint(code));
const invisible = fc.constantFrom('\u200b', '\u200d', '\u200e', '\u200f', '\u202e', '\u2066', '\u2069', '\ufeff', '\u00ad');
const lineBreak = fc.constantFrom('\n', '\n\n', '\r\n', '\r', '\u2028');

/** One piece of hostile text: a token, a character of any kind, or a line break. */
const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 2, arbitrary: anyCodePoint },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: combiningMark },
  { weight: 1, arbitrary: control },
  { weight: 1, arbitrary: astralHan },
  { weight: 1, arbitrary: invisible },
  { weight: 2, arbitrary: lineBreak },
);

/** A run of one token repeated: deep nesting, long digit runs, punctuation storms. */
const repetition = fc
  .tuple(fc.constantFrom(...TOKENS, '(a', '（', '“', '《', '1', '一', '。', '，', '企业120家，'), fc.integer({ min: 2, max: 400 }))
  .map(([token, times]) => token.repeat(times));

/** Arbitrary hostile text: mostly tokens the stages react to, some of anything, and long repetitions. */
export const hostileText = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.string({ unit: piece, maxLength: 60 }) }, { weight: 1, arbitrary: repetition }), { maxLength: 8 })
  .map((parts) => parts.join(''));

/** One hostile line (no line breaks), for the per-line stages. */
export const hostileLine = hostileText.map((text) => text.replace(/\r\n|\r|\n|\u2028|\u2029/gu, ''));

/**
 * Patterns whose worst case is a long run of themselves, for the linear-time checks: nesting, runs,
 * annotations, repeated numerals and figures, spaced characters, unclosed quotes and brackets.
 */
export const WORST_CASE_UNITS = [
  '(a', '（', '“', '《', '【', '7', '一', '零一二三四五六七八九十百千万亿', '。', '，', '——', '…', ' ', '\u3000',
  '改(gǎi)', '企业120家，', '由15个工作日压缩至', '约', '以上', '至', '湖北省十堰市', '村', '汉江路街道', '记者 ',
  '改 ', '\n', '\n\n', '一、', '本报讯', '“十四五”', '1.', '3万4000', '百分之', '几',
] as const;
