import type { ScriptedLine } from '../types';
import { classifyFurniture } from './classify-furniture';
import type { FurnitureKind } from './furniture-lexicon';

/** Entries of a link list: a bullet, then a headline of a few words (· 某镇举办对接会). */
const LINK_ENTRY = /^[·•▪◇◆○●\-－—]\s*\S.{0,40}$/u;
/** Lists whose entries carry no mark of their own, so they are told by the heading above them. */
const LIST_HEADINGS: ReadonlySet<FurnitureKind> = new Set(['related']);

/**
 * Says for every line whether, and as what, it is page furniture. The text stays: segmentation keeps
 * furniture out of articles but reads the publication date and outlet from it.
 *
 * One rule needs context: under a related-links heading (相关链接), bulleted headline entries are links
 * too, though alone a bulleted line may be a list item of the article.
 */
export function markPageFurniture(lines: readonly ScriptedLine[]): ScriptedLine[] {
  let list: FurnitureKind | null = null;
  return lines.map((line) => {
    if (line.text === '') return line;
    const own = classifyFurniture(line.text);
    const furniture = own ?? (list !== null && LINK_ENTRY.test(line.text) ? list : null);
    list = furniture !== null && LIST_HEADINGS.has(furniture) ? furniture : null;
    return furniture === null ? line : { ...line, furniture };
  });
}
