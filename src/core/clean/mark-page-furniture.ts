import type { ScriptedLine } from '../types';
import { classifyFurniture } from './classify-furniture';
import { ISSUER_SUFFIXES, type FurnitureKind } from './furniture-lexicon';

/** Entries of a link list: a bullet, then a headline of a few words (· 某镇举办对接会). */
const LINK_ENTRY = /^[·•▪◇◆○●\-－—]\s*\S.{0,40}$/u;
/** A body's name alone on a line: no mark, short, ending like an office (某市统计局). */
const ISSUER = new RegExp(`^\\p{Script=Han}{2,20}(?:${ISSUER_SUFFIXES.join('|')})$`, 'u');
/** A bulletin signs with one or two bodies (统计局, 调查队) on the lines straight above its date. */
const MAX_ISSUERS = 2;
/** Lists whose entries carry no mark of their own, so they are told by the heading above them. */
const LIST_HEADINGS: ReadonlySet<FurnitureKind> = new Set(['related']);

/**
 * Says for every line whether, and as what, it is page furniture. The text stays: segmentation keeps
 * furniture out of articles but reads the publication date and outlet from it.
 *
 * Two rules need context: under a related-links heading (相关链接), bulleted headline entries are links
 * too, though alone a bulleted line may be a list item of the article; and the names of bodies printed
 * straight above a bare date (宜宾市统计局 / 2024年3月28日) are the issuers of a bulletin.
 */
export function markPageFurniture(lines: readonly ScriptedLine[]): ScriptedLine[] {
  return markIssuers(markLines(lines));
}

function markIssuers(lines: ScriptedLine[]): ScriptedLine[] {
  lines.forEach((line, i) => {
    if (line.furniture !== 'timestamp' && line.furniture !== 'page-date') return;
    for (let k = i - 1; k >= Math.max(0, i - MAX_ISSUERS); k--) {
      const above = lines[k] as ScriptedLine;
      if (above.furniture !== null || !ISSUER.test(above.text)) break;
      lines[k] = { ...above, furniture: 'issuer' };
    }
  });
  return lines;
}

function markLines(lines: readonly ScriptedLine[]): ScriptedLine[] {
  let list: FurnitureKind | null = null;
  return lines.map((line) => {
    if (line.text === '') return line;
    const own = classifyFurniture(line.text);
    const furniture = own ?? (list !== null && LINK_ENTRY.test(line.text) ? list : null);
    list = furniture !== null && LIST_HEADINGS.has(furniture) ? furniture : null;
    return furniture === null ? line : { ...line, furniture };
  });
}
