import { CJK_PUNCTUATION_SOURCE, HAN_SOURCE } from '../text/char-classes';

const WIDE = `(?:${HAN_SOURCE}|${CJK_PUNCTUATION_SOURCE})`;
const SPACE = '[ \\t\\u00a0\\u3000]+';

// Spaces between a wide character and a digit, either way round: 原来的 15 个工作日 → 原来的15个工作日.
// and before a percent sign: 96.8 % → 96.8%.
const SPACE_AROUND_DIGIT = new RegExp(`(?<=${WIDE})${SPACE}(?=\\d)|(?<=[\\d%.])${SPACE}(?=${WIDE}|[%‰])`, 'gu');
// Spaces touching CJK punctuation on either side: 按照 《规划》 → 按照《规划》.
const SPACE_AT_PUNCTUATION = new RegExp(
  `(?<=${CJK_PUNCTUATION_SOURCE})${SPACE}(?=${WIDE})|(?<=${WIDE})${SPACE}(?=${CJK_PUNCTUATION_SOURCE})`,
  'gu',
);
const SINGLE_WIDE = new RegExp(`^${WIDE}$`, 'u');
const SPACES = new RegExp(SPACE, 'u');
const NUMBER_TOKEN = /^\d+(?:\.\d+)?[%‰]?$/u;
/** Fewer single characters in a row than this may be a two-word headline (县 乡), not letter-spacing. */
const MIN_SPACED_RUN = 3;

/**
 * A justified newspaper column spaces out characters one by one (理 念 ， 深 入), while a headline or
 * byline separates multi-character phrases with one space (党旗飘扬 项目建设, 记者 王五 通讯员 赵六).
 * Joins runs of three or more single-character tokens; leaves other spaces alone.
 */
function joinLetterSpacedRuns(line: string): string {
  const tokens = line.split(SPACES);
  const inRun = markSpacedRuns(tokens);
  let result = tokens[0] ?? '';
  for (let i = 1; i < tokens.length; i++) result += (inRun[i - 1] && inRun[i] ? '' : ' ') + (tokens[i] ?? '');
  return result;
}

/**
 * For each token, whether it sits in a run of MIN_SPACED_RUN or more single wide characters. A number
 * inside the run keeps its digits together but belongs to it (厂 房 32 万 平 方 米). One pass.
 */
function markSpacedRuns(tokens: readonly string[]): boolean[] {
  const inRun = new Array<boolean>(tokens.length).fill(false);
  let from = 0; // first token of the current run of singles
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (i < tokens.length && (SINGLE_WIDE.test(token) || (i > from && NUMBER_TOKEN.test(token)))) continue;
    let end = i;
    while (end > from && NUMBER_TOKEN.test(tokens[end - 1] ?? '')) end--; // a trailing number is not spacing
    if (end - from >= MIN_SPACED_RUN) inRun.fill(true, from, end);
    from = i + 1;
  }
  return inRun;
}

/**
 * Removes layout spaces inside Chinese text, keeping spaces between Latin words and phrase-separating
 * spaces in headlines. Also trims the line (`trim` knows the ideographic space; an anchored `\s+$`
 * regex would rescan a long run of spaces from every position).
 * @example stripLayoutSpaces('理 念 ， 深 入 开 展') // '理念，深入开展'
 * @example stripLayoutSpaces('提前 2 至 3 个月') // '提前2至3个月'
 * @example stripLayoutSpaces('Open Data 平台') // 'Open Data 平台'
 */
export function stripLayoutSpaces(line: string): string {
  const trimmed = line.trim();
  // Most lines hold no inner space: skip the lookbehind patterns, which are tried at every position.
  if (!SPACES.test(trimmed)) return trimmed;
  const text = joinLetterSpacedRuns(trimmed);
  return text.replace(SPACE_AROUND_DIGIT, '').replace(SPACE_AT_PUNCTUATION, '').trim();
}
