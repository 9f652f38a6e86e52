import type { SourceLine } from '../types';

// Vertical presentation forms (﹃后半篇﹄) and their horizontal equivalents.
const VERTICAL_FORMS: Readonly<Record<string, string>> = {
  '﹁': '「', '﹂': '」', '﹃': '『', '﹄': '』', '︵': '（', '︶': '）', '︽': '《', '︾': '》',
  '︿': '〈', '﹀': '〉', '︻': '【', '︼': '】', '︱': '—', '︳': '—', '︙': '…', '︰': '：', '︐': '，', '︒': '。',
};
const VERTICAL_FORM = /[﹁-﹄︵-︾︿﹀︻︼︱︳︙︰︐︒]/gu;

/** Fewer single characters in a row than this are ordinary short lines, not a vertical headline. */
const MIN_VERTICAL_RUN = 4;

/** One character, astral ones (two UTF-16 units) included; asked of every line, so it never spreads the text. */
function isSingleCharacter(line: SourceLine): boolean {
  const { text } = line;
  return text.length === 1 || (text.length === 2 && (text.codePointAt(0) ?? 0) > 0xffff);
}

/**
 * A vertical headline reaches us one character per line (育 / 得 / 桃 / 李 …), its runs sometimes split by
 * blank lines (the dash of a sub-headline sits in its own run). Joins each such stretch into one line,
 * turning vertical punctuation forms into horizontal ones.
 */
export function mergeVerticalLines(lines: readonly SourceLine[]): SourceLine[] {
  const merged: SourceLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const run = collectVerticalRun(lines, i);
    if (run.members.length >= MIN_VERTICAL_RUN) {
      const chars = run.members.map((line) => line.text).join('');
      merged.push({
        text: chars.replace(VERTICAL_FORM, (form) => VERTICAL_FORMS[form] ?? form),
        start: run.members[0]?.start ?? 0,
        end: run.members[run.members.length - 1]?.end ?? 0,
      });
      i = run.next;
    } else {
      const line = lines[i];
      if (line) merged.push(line);
      i++;
    }
  }
  return merged;
}

/** Single-character lines from `from`, allowing one blank line between them. */
function collectVerticalRun(lines: readonly SourceLine[], from: number): { members: SourceLine[]; next: number } {
  const members: SourceLine[] = [];
  let i = from;
  let next = from;
  while (i < lines.length) {
    const line = lines[i];
    if (line && isSingleCharacter(line)) {
      members.push(line);
      i++;
      next = i;
    } else if (line && line.text === '' && members.length > 0 && lines[i + 1] && isSingleCharacter(lines[i + 1] as SourceLine)) {
      i++;
    } else {
      break;
    }
  }
  return { members, next };
}
