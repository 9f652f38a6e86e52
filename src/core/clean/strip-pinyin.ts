import { HAN_SOURCE } from '../text/char-classes';

// A romanised syllable in parentheses right after a Han character: 們(men), 鎮(zhèn), 當(dāng), 業(ye4).
// Tone marks are letters of their own in Unicode, so they are listed with the plain vowels.
const ANNOTATION = new RegExp(
  `(?<=${HAN_SOURCE})[(（](?<syllable>[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,6}[1-5]?)[)）] ?`,
  'gu',
);

const OPENING_PARENTHESIS = /[(（]/u;

// Initial + final of Mandarin syllables, on tone-stripped letters. Rejects (abc) or (xyz) that are not pinyin.
const SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:i?u?(?:a|o|e|ai|ei|ao|ou|an|en|ang|eng|ong|er)|i|u|v|ü|ue|ve|üe|in|ing|un|ui|iu|ie|ia|iao|ian|iang|iong|uo|ua|uai|uan|uang|ng|n|m)$/u;

/** Strips the tone marks and the tone digit so the syllable can be checked against SYLLABLE. */
function toBareSyllable(syllable: string): string {
  return syllable
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, (mark, offset: number, whole: string) =>
      // ü is u + diaeresis in NFD; keep it as ü, drop tone marks
      mark === '\u0308' && whole[offset - 1] === 'u' ? '\u0308' : '')
    .normalize('NFC')
    .replace(/[1-5]$/u, '');
}

/**
 * Removes pinyin annotations that follow each character, keeping real parentheses.
 * @example stripPinyin('我們(men) 這裡') // '我們這裡'
 * @example stripPinyin('園區(以下簡稱“園區”)') // unchanged
 */
export function stripPinyin(line: string): string {
  if (!OPENING_PARENTHESIS.test(line)) return line; // most lines: no annotation can start anywhere
  return line.replace(ANNOTATION, (whole, ...rest: unknown[]) => {
    const groups = rest[rest.length - 1] as { syllable?: string };
    return groups.syllable !== undefined && SYLLABLE.test(toBareSyllable(groups.syllable)) ? '' : whole;
  });
}
